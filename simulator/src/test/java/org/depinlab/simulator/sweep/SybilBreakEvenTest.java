package org.depinlab.simulator.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SybilBreakEvenTest {

    private static final String CONCAVE = "{\"rule\":\"concave_work\",\"alpha\":0.5}";
    private static final String CAPPED = "{\"rule\":\"pro_rata_work\",\"cap_share\":0.05}";
    private static final String STAKE = "{\"rule\":\"pro_rata_stake\"}";
    /** Student's t, 97.5th percentile, 2 degrees of freedom. */
    private static final double T2 = 4.302652729911275;
    private static final double[] PRO_RATA = {0.80, 0.82, 0.84};

    /** A run of {@code rule} at identity limit 4 and {@code cost}, with true reward Gini {@code gini}. */
    private static RunRecord run(int point, String rule, String cost, int replication, double gini) {
        return new RunRecord(point, replication, replication, Map.of(SybilBreakEven.RULE, rule,
                SybilBreakEven.LIMIT, "4", SybilBreakEven.COST, cost), Map.of(SybilBreakEven.GINI, gini));
    }

    /** Each rule at costs 0, 30 and 100 (point order as a grid writes it), its Gini pro-rata's plus {@code offsets[cost][r]}. */
    private static void add(List<RunRecord> runs, String rule, double[][] offsets) {
        String[] costs = {"0", "30", "100"};
        for (int c = 0; c < costs.length; c++) {
            for (int r = 0; r < 3; r++) {
                runs.add(run(runs.size() / 3, rule, costs[c], r, PRO_RATA[r] + offsets[c][r]));
            }
        }
    }

    private static List<RunRecord> sweep() {
        List<RunRecord> runs = new ArrayList<>();
        add(runs, SybilBreakEven.REFERENCE, new double[3][3]);
        // back at pro-rata's at cost 0, clearly below from 30 on
        add(runs, CONCAVE, new double[][] {{-0.01, 0.01, 0}, {-0.10, -0.12, -0.11}, {-0.2, -0.21, -0.19}});
        // clearly below at every cost
        add(runs, CAPPED, new double[][] {{-0.3, -0.31, -0.29}, {-0.3, -0.31, -0.29}, {-0.3, -0.31, -0.29}});
        // above at every cost
        add(runs, STAKE, new double[][] {{0.05, 0.06, 0.04}, {0.05, 0.06, 0.04}, {0.05, 0.06, 0.04}});
        return runs;
    }

    @Test
    void interpolatesBetweenTheLastCostBackAtProRataAndTheFirstBelow() {
        SybilBreakEven.Row concave = SybilBreakEven.rows(sweep()).get(0);
        // upper ends of the paired differences: at 0 mean 0, sd 0.01; at 30 mean −0.11, sd 0.01
        double at0 = T2 * 0.01 / Math.sqrt(3);
        double at30 = -0.11 + T2 * 0.01 / Math.sqrt(3);
        assertEquals(CONCAVE, concave.rule());
        assertEquals(4, concave.limit());
        assertEquals(30 * at0 / (at0 - at30),
                assertInstanceOf(SybilBreakEven.Outcome.At.class, concave.outcome()).costUsd(), 1e-9);
    }

    @Test
    void aRuleBelowProRataAtEveryCostNeverReachesIt() {
        SybilBreakEven.Row capped = SybilBreakEven.rows(sweep()).get(1);
        assertEquals(new SybilBreakEven.Outcome.NotReached(0), capped.outcome());
        assertEquals("not reached within the swept costs (lower even at 0 USD)", capped.outcome().describe());
    }

    @Test
    void aRuleAtOrAboveProRataAtEveryCostIsNeverBelowIt() {
        SybilBreakEven.Outcome stake = SybilBreakEven.rows(sweep()).get(2).outcome();
        assertEquals(new SybilBreakEven.Outcome.AtEveryCost(100), stake);
        assertEquals("never below pro-rata's (at every swept cost up to 100 USD)", stake.describe());
    }

    /** Pro-rata and concave at identity limits 1 and 4: splitting raises concave's Gini by 0.10, 0.05, 0 at 0, 30, 100 USD. */
    private static List<RunRecord> splitting() {
        String[] costs = {"0", "30", "100"};
        double[][] raised = {{0.10, 0.11, 0.09}, {0.05, 0.06, 0.04}, {0, 0.01, -0.01}};
        List<RunRecord> runs = new ArrayList<>();
        for (String rule : List.of(SybilBreakEven.REFERENCE, CONCAVE)) {
            for (String limit : List.of("1", "4")) {
                for (int c = 0; c < costs.length; c++) {
                    for (int r = 0; r < 3; r++) {
                        double gini = rule.equals(CONCAVE) ? 0.6 + 0.01 * r + (limit.equals("4") ? raised[c][r] : 0)
                                : PRO_RATA[r];
                        runs.add(new RunRecord(runs.size() / 3, r, r, Map.of(SybilBreakEven.RULE, rule,
                                SybilBreakEven.LIMIT, limit, SybilBreakEven.COST, costs[c]), Map.of(SybilBreakEven.GINI,
                                gini)));
                    }
                }
            }
        }
        return runs;
    }

    @Test
    void theCostThatStopsSplittingIsWhereTheRuleIsBackAtItsOwnUnsplitGini() {
        List<SybilBreakEven.Row> rows = SybilBreakEven.rows(splitting());
        assertEquals(2, rows.size());
        assertEquals(null, rows.get(0).deterrence(), "no splitting at one identity");
        // upper ends of (unsplit − split): at 30 −0.05 + t·0.01/√3 < 0, at 100 0 + t·0.01/√3 ≥ 0
        double half = T2 * 0.01 / Math.sqrt(3);
        double at30 = -0.05 + half;
        assertEquals(30 + 70 * -at30 / (half - at30),
                assertInstanceOf(SybilBreakEven.Deterrence.From.class, rows.get(1).deterrence()).costUsd(), 1e-6);
        String section = SybilBreakEven.section(splitting());
        assertTrue(section.contains("<h3>Identity cost that stops splitting</h3>"), section);
        assertTrue(section.contains("splitting no longer raises a rule&#39;s true reward Gini above its own at one identity"
                + " per operator from an identity cost (USD per identity-epoch) of: {rule: concave_work, alpha: 0.5}: "),
                section);
    }

    @Test
    void splittingThatNeverOrAlwaysRaisesTheGiniIsSaidSo() {
        List<RunRecord> never = splitting().stream().map(r -> r.values().get(SybilBreakEven.RULE).equals(CONCAVE)
                && r.values().get(SybilBreakEven.LIMIT).equals("4") ? new RunRecord(r.point(), r.replication(),
                r.seed(), r.values(), Map.of(SybilBreakEven.GINI, 0.6 + 0.01 * r.replication())) : r).toList();
        assertEquals(new SybilBreakEven.Deterrence.Never(0), SybilBreakEven.rows(never).get(1).deterrence());
        List<RunRecord> always = splitting().stream().map(r -> r.values().get(SybilBreakEven.RULE).equals(CONCAVE)
                && r.values().get(SybilBreakEven.LIMIT).equals("4") ? new RunRecord(r.point(), r.replication(),
                r.seed(), r.values(), Map.of(SybilBreakEven.GINI, 0.7 + 0.01 * r.replication())) : r).toList();
        SybilBreakEven.Deterrence notWithin = SybilBreakEven.rows(always).get(1).deterrence();
        assertEquals(new SybilBreakEven.Deterrence.NotWithin(100), notWithin);
        assertEquals("above 100 USD", notWithin.describe());
    }

    @Test
    void pairsEachRunWithProRataAtTheSameReplicationAndCostInAnyOrder() {
        List<RunRecord> shuffled = new ArrayList<>(sweep());
        Collections.reverse(shuffled);
        assertEquals(SybilBreakEven.rows(sweep()), SybilBreakEven.rows(shuffled));
        assertEquals(List.of(CONCAVE, CAPPED, STAKE), SybilBreakEven.rows(shuffled).stream()
                .map(SybilBreakEven.Row::rule).toList());
    }

    @Test
    void aSweepWithoutProRataOrWithoutIdentityCostsHasNoBreakEven() {
        List<RunRecord> withoutReference = sweep().stream()
                .filter(r -> !r.values().get(SybilBreakEven.RULE).equals(SybilBreakEven.REFERENCE)).toList();
        assertEquals(List.of(), SybilBreakEven.rows(withoutReference));
        assertEquals("", SybilBreakEven.section(withoutReference));
        List<RunRecord> capSweep = List.of(new RunRecord(0, 0, 1, Map.of("protocol.reward.cap_share", "0.01"),
                Map.of(SybilBreakEven.GINI, 0.5)));
        assertEquals(List.of(), SybilBreakEven.rows(capSweep));
    }

    @Test
    void theReportSectionLeadsWithTheHighestLimitAndTabulatesEveryRule() {
        String section = SybilBreakEven.section(sweep());
        assertTrue(section.contains("With up to 4 identities per operator"), section);
        assertTrue(section.contains("{rule: concave_work, alpha: 0.5}: "), section);
        assertTrue(section.contains("<td>never below pro-rata&#39;s (at every swept cost up to 100 USD)</td>"), section);
        assertTrue(section.contains("<th>4 identities</th>"), section);
    }
}
