package org.depinlab.simulator.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

import org.apache.commons.math3.distribution.TDistribution;
import org.depinlab.simulator.scenario.StudyFile;
import org.junit.jupiter.api.Test;

/** The extremes answer on synthetic responses whose lowest, highest and cost are known by hand. */
class ExtremesAnswerTest {

    private static final String PATTERN = "energy_by_model_region.*.*.kwh_per_pflop";
    private static final String COST = "energy_kwh_facility_per_pflop";
    private static final double[] D = {-1, 0, 1};
    private static final double T = new TDistribution(2).inverseCumulativeProbability(0.975);

    private static CompareStudy faults(boolean ratios) {
        JsonNode none = TextNode.valueOf("none");
        JsonNode on = TextNode.valueOf("on");
        return new CompareStudy(List.of(new StudyFile.Factor("faults", List.of(none, on), false)), ratios, -1);
    }

    /** Cell value at the baseline in replication r; the variant (faults on) is 1.08 times it. */
    private static double[][] cell(double mean, double spread) {
        double[][] y = new double[2][3];
        for (int r = 0; r < 3; r++) {
            y[0][r] = mean * (1 + spread * D[r]);
            y[1][r] = 1.08 * y[0][r];
        }
        return y;
    }

    private static final Map<String, double[][]> RESPONSES = Map.of(
            "energy_by_model_region.H200.us-east.kwh_per_pflop", cell(0.001, 0.1),
            "energy_by_model_region.H200.eu-west.kwh_per_pflop", cell(0.002, 0),
            "energy_by_model_region.RTX-3090.us-east.kwh_per_pflop", cell(0.005, 0.1),
            "energy_by_model_region.RTX-3090.latam.kwh_per_pflop", new double[][] {{Double.NaN, Double.NaN,
                    Double.NaN}, {Double.NaN, Double.NaN, Double.NaN}},
            COST, cell(0.001, 0.1));

    private static StudyAnswer.Answered answer(boolean ratios) {
        List<String> outputs = List.of("energy_by_model_region.H200.us-east.kwh_per_pflop",
                "energy_by_model_region.H200.eu-west.kwh_per_pflop",
                "energy_by_model_region.RTX-3090.us-east.kwh_per_pflop",
                "energy_by_model_region.RTX-3090.latam.kwh_per_pflop", COST);
        StudyFile.Extremes spec = new StudyFile.Extremes(List.of(PATTERN),
                List.of(StudyFile.Extremes.matching(PATTERN, outputs)), Optional.of(COST));
        return new ExtremesAnswer(spec, faults(ratios)).answer(RESPONSES::get);
    }

    @Test
    void aPatternMatchesOneKeyPerWildcard() {
        assertEquals(List.of("a.x.f", "a.y.f"), StudyFile.Extremes.matching("a.*.f", List.of("a.x.f", "a.y.f",
                "a.x.y.f", "a.x.g", "b.x.f")));
    }

    @Test
    void theLowestAndHighestCellAtTheBaselineWithTheirIntervalsInWattHours() {
        StudyAnswer.Answered answered = answer(true);
        Finding means = answered.findings().get(0);
        assertEquals(List.of("H200 in us-east", "H200 in eu-west", "RTX-3090 in us-east", "RTX-3090 in latam"),
                means.estimates().stream().map(Estimate::label).toList());
        double half = T * 0.0001 / Math.sqrt(3);
        assertEquals(0.001, means.estimates().get(0).mean(), 1e-15);
        assertEquals(0.001 - half, means.estimates().get(0).low(), 1e-12);
        // the highest is 5 times the lowest in every replication: the ratio's interval is a point
        Estimate spread = answered.findings().get(1).estimates().get(0);
        assertEquals(5, spread.mean(), 1e-12);
        assertEquals(5, spread.high(), 1e-9);
        String wh = StudyText.number(1000 * (0.001 - half)) + ", " + StudyText.number(1000 * (0.001 + half));
        assertTrue(answered.text().startsWith("At the baseline (faults none), energy per PFLOP is lowest on H200 in"
                + " us-east, 1 [" + wh + "] Wh, and highest on RTX-3090 in us-east, 5 ["), answered.text());
        assertTrue(answered.text().contains("] Wh, 5 [5, 5] times the lowest."), answered.text());
    }

    @Test
    void theCostIsThePairedChangeInPerCentAndInItsUnit() {
        // faults on: 1.08 times the baseline in every replication, so 8 % exactly; the difference is
        // 0.08 (1 + 0.1 d) Wh, sd 0.008 Wh over three replications
        double half = T * 0.008 / Math.sqrt(3);
        String difference = StudyText.number(0.08) + " [" + StudyText.number(0.08 - half) + ", "
                + StudyText.number(0.08 + half) + "] Wh";
        String text = answer(true).text();
        assertTrue(text.endsWith(" With faults on, facility energy per PFLOP rises by 8 [8, 8] % (" + difference
                + ")."), text);
        assertTrue(answer(false).text().endsWith(" With faults on, facility energy per PFLOP rises by " + difference
                + "."), answer(false).text());
    }

    @Test
    void aDottedOutputReadsAsItsFigureAndCellWithItsUnit() {
        assertEquals("energy per PFLOP of H200 in us-east (kWh/PFLOP)",
                OutputLabel.of("energy_by_model_region.H200.us-east.kwh_per_pflop"));
        assertEquals("emissions per completed job by GPU model and region (kgCO2e/job)",
                OutputLabel.of("energy_by_model_region.*.*.co2e_kg_per_completed_job"));
    }
    @Test
    void aVariantThatLowersTheCostFallsAndOneWithinItsIntervalDoesNotChangeIt() {
        StudyFile.Extremes spec = new StudyFile.Extremes(List.of("m.*"), List.of(List.of("m.a", "m.b")),
                Optional.of("cost"));
        double[][] cells = {{1, 1, 1}, {1, 1, 1}};
        double[][] lower = {{2, 2, 2}, {1.8, 1.8, 1.8}};
        double[][] same = {{2, 2, 2}, {1.9, 2, 2.1}};
        Map<String, double[][]> falls = Map.of("m.a", cells, "m.b", cells, "cost", lower);
        Map<String, double[][]> unchanged = Map.of("m.a", cells, "m.b", cells, "cost", same);
        assertTrue(new ExtremesAnswer(spec, faults(true)).answer(falls::get).text()
                .endsWith(" With faults on, cost falls by 10 [10, 10] % (0.2 [0.2, 0.2])."));
        String text = new ExtremesAnswer(spec, faults(false)).answer(unchanged::get).text();
        assertTrue(text.endsWith(" With faults on, cost does not change beyond its 95 % interval (0 ["
                + StudyText.number(-T * 0.1 / Math.sqrt(3)) + ", " + StudyText.number(T * 0.1 / Math.sqrt(3))
                + "])."), text);
    }
}
