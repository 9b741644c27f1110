package org.depinlab.simulator.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CheatingThresholdTest {

    private static final String TEN = "[{\"class\":\"prosumer\",\"share\":0.1,\"strategy\":\"fake_completion\"}]";
    private static final String THIRTY = "[{\"class\":\"prosumer\",\"share\":0.3,\"strategy\":\"fake_completion\"}]";
    private static final String SIXTY = "[{\"class\":\"prosumer\",\"share\":0.6,\"strategy\":\"lazy_computation\","
            + "\"rational\":true}]";
    private static final String[] SHARES = {"0", "0.01", "0.03", "0.1"};
    /** Student's t, 97.5th percentile, 2 degrees of freedom. */
    private static final double T2 = 4.302652729911275;

    /**
     * One set of cheaters at every share, 3 replications: honest profit per GPU 1000 + 10 r, the
     * cheaters' that plus {@code differences[share][r]} (NaN: no cheater drawn), overhead 0.9 x the share.
     */
    private static void add(List<RunRecord> runs, String cheaters, double[][] differences) {
        int first = runs.isEmpty() ? 0 : runs.get(runs.size() - 1).point() + 1;
        for (int s = 0; s < SHARES.length; s++) {
            for (int r = 0; r < 3; r++) {
                double honest = 1000 + 10 * r;
                Map<String, Double> figures = new HashMap<>();
                figures.put(CheatingThreshold.CHEATER, honest + differences[s][r]);
                figures.put(CheatingThreshold.HONEST, honest);
                figures.put(CheatingThreshold.OVERHEAD, 0.9 * Double.parseDouble(SHARES[s]));
                runs.add(new RunRecord(first + s, r, r, Map.of(CheatingThreshold.CHEATERS, cheaters,
                        CheatingThreshold.CHECKS, SHARES[s]), figures));
            }
        }
    }

    private static List<RunRecord> sweep() {
        List<RunRecord> runs = new ArrayList<>();
        // pays at 0 and 0.01 (mean 600), no longer at 0.03 (mean -300): crosses 2/3 of the way from 0.01 to 0.03
        add(runs, TEN, new double[][] {{2900, 3000, 3100}, {550, 600, 650}, {-350, -300, -250}, {-950, -900, -850}});
        // pays at every share
        add(runs, THIRTY, new double[][] {{5000, 5100, 5200}, {3000, 3100, 3200}, {900, 1000, 1100}, {90, 100, 110}});
        // mean exactly 0 at 0.01, below from there on
        add(runs, SIXTY, new double[][] {{400, 500, 600}, {-10, 0, 10}, {-200, -100, 0}, {-300, -200, -100}});
        return runs;
    }

    @Test
    void theCrossingIsInterpolatedBetweenTheLastShareThatPaysAndTheNext() {
        CheatingThreshold.Row ten = CheatingThreshold.rows(sweep()).get(0);
        CheatingThreshold.Outcome.At at = assertInstanceOf(CheatingThreshold.Outcome.At.class, ten.outcome());
        double t = 600.0 / (600 + 300);
        assertEquals(0.01 + t * 0.02, at.share(), 1e-12);
        assertEquals(0.9 * (0.01 + t * 0.02), at.overhead(), 1e-12);
        assertTrue(at.clear());
        PairedDifference atOnePercent = ten.levels().get(1).difference();
        assertEquals(3, atOnePercent.pairs());
        assertEquals(600, atOnePercent.mean(), 1e-9);
        assertEquals(600 - T2 * 50 / Math.sqrt(3), atOnePercent.low(), 1e-6);
        assertEquals(600 + T2 * 50 / Math.sqrt(3), atOnePercent.high(), 1e-6);
    }

    @Test
    void cheatingThatPaysAtTheHighestShareDoesNotStopWithinTheGrid() {
        assertEquals(new CheatingThreshold.Outcome.NotWithin(0.1, 100), CheatingThreshold.rows(sweep()).get(1)
                .outcome());
        assertTrue(CheatingThreshold.answer(sweep()).orElseThrow().contains("30 % of prosumer operators,"
                + " fake_completion: does not stop within the grid (still 100 USD per GPU more at 10 %)"));
    }

    @Test
    void aMeanOfExactlyZeroAtAShareStopsItThere() {
        CheatingThreshold.Outcome.At at = assertInstanceOf(CheatingThreshold.Outcome.At.class,
                CheatingThreshold.rows(sweep()).get(2).outcome());
        assertEquals(0.01, at.share(), 0);
        assertEquals(0.009, at.overhead(), 1e-15);
        assertFalse(at.clear(), "a mean of 0 is not clear of 0");
    }

    @Test
    void aShareWhereItPaysAgainMovesTheCrossingAboveIt() {
        List<RunRecord> runs = new ArrayList<>();
        add(runs, TEN, new double[][] {{900, 1000, 1100}, {-200, -100, 0}, {100, 200, 300}, {-700, -600, -500}});
        CheatingThreshold.Outcome.At at = assertInstanceOf(CheatingThreshold.Outcome.At.class,
                CheatingThreshold.rows(runs).get(0).outcome());
        assertEquals(0.03 + 200.0 / 800 * 0.07, at.share(), 1e-12);
    }

    @Test
    void replicationsWithoutACheaterHaveNoPair() {
        double nan = Double.NaN;
        List<RunRecord> runs = new ArrayList<>();
        add(runs, TEN, new double[][] {{nan, 1000, nan}, {nan, -100, nan}, {nan, nan, nan}, {nan, nan, nan}});
        CheatingThreshold.Row row = CheatingThreshold.rows(runs).get(0);
        assertEquals(1, row.levels().get(0).difference().pairs());
        assertEquals(0, row.levels().get(2).difference().pairs());
        CheatingThreshold.Outcome.At at = assertInstanceOf(CheatingThreshold.Outcome.At.class, row.outcome());
        assertEquals(0.01 * 1000 / 1100, at.share(), 1e-12);
        assertFalse(at.clear(), "one pair has no interval");
        List<RunRecord> none = new ArrayList<>();
        add(none, TEN, new double[4][3]);
        none.replaceAll(r -> new RunRecord(r.point(), r.replication(), r.seed(), r.values(),
                Map.of(CheatingThreshold.CHEATER, nan, CheatingThreshold.HONEST, 1000.0)));
        assertEquals(new CheatingThreshold.Outcome.NoCheaters(), CheatingThreshold.rows(none).get(0).outcome());
        List<RunRecord> never = new ArrayList<>();
        add(never, TEN, new double[][] {{-1, -2, -3}, {-1, -2, -3}, {-1, -2, -3}, {-1, -2, -3}});
        assertEquals(new CheatingThreshold.Outcome.NeverPays(0), CheatingThreshold.rows(never).get(0).outcome());
    }

    @Test
    void theSectionLeadsWithTheAnswerAndTabulatesEveryShare() {
        String section = CheatingThreshold.section(sweep());
        assertTrue(section.startsWith("<h2>Where cheating stops paying</h2>\n<p>Cheating stops paying"), section);
        assertTrue(section.contains("10 % of prosumer operators, fake_completion: 2.33 % (verification overhead"
                + " 2.1 %)"), section);
        assertTrue(section.contains("60 % of prosumer operators, lazy_computation, rational: 1 % (verification"
                + " overhead 0.9 %; the difference either side is not clear of 0 at 95 %)"), section);
        assertTrue(section.contains("<th>0 % checked</th><th>1 % checked</th><th>3 % checked</th>"), section);
        assertTrue(section.contains("600 [476, 724] (3 pairs)"), section);
        assertTrue(section.contains("p* = gain / (slash + future income lost) is not computed"), section);
        assertEquals(1, section.split("<svg", -1).length - 1);
        assertFalse(section.contains("are cut there"), section);
    }

    @Test
    void theChartCutsAnIntervalFarWiderThanTheMeansAndSaysSo() {
        List<RunRecord> runs = new ArrayList<>();
        add(runs, TEN, new double[][] {{-5000, 0, 8000}, {100, 200, 300}, {-300, -200, -100}, {-400, -300, -200}});
        assertTrue(CheatingThreshold.section(runs).contains("Intervals reaching further than half the means' spread"
                + " beyond them are cut there; the table gives them whole."));
    }

    @Test
    void theRowsAreTheSameInAnyOrderAndNoneForAnotherSweep() {
        List<RunRecord> shuffled = new ArrayList<>(sweep());
        Collections.shuffle(shuffled, new java.util.Random(3));
        assertEquals(CheatingThreshold.rows(sweep()), CheatingThreshold.rows(shuffled));
        List<RunRecord> other = List.of(new RunRecord(0, 0, 0, Map.of("protocol.fee_take_rate", "0.05"),
                Map.of(CheatingThreshold.CHEATER, 1.0, CheatingThreshold.HONEST, 1.0)));
        assertEquals(List.of(), CheatingThreshold.rows(other));
        assertEquals("", CheatingThreshold.section(other));
    }
}
