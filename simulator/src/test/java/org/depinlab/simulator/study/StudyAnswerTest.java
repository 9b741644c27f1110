package org.depinlab.simulator.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.TextNode;

import org.depinlab.simulator.scenario.StudyFile;
import org.junit.jupiter.api.Test;

/** The answer kinds on synthetic responses whose answer is known by hand. */
class StudyAnswerTest {

    private static StudyFile.Factor numbers(String path, double... levels) {
        return new StudyFile.Factor(path, java.util.Arrays.stream(levels).mapToObj(v -> (JsonNode) DoubleNode
                .valueOf(v)).toList(), false);
    }

    private static StudyFile.Factor names(String path, String... levels) {
        return new StudyFile.Factor(path, java.util.Arrays.stream(levels).map(v -> (JsonNode) TextNode.valueOf(v))
                .toList(), false);
    }

    @Test
    void aThresholdIsWhereTheMeanCrossesZeroWithAPercentileBootstrapIntervalOverTheReplications() {
        CompareStudy design = new CompareStudy(List.of(numbers("checks", 0, 1, 2, 3)), false, -1);
        // replication r: y = 1.5 + d_r - x, d = -0.2, 0, 0.2: crossings 1.3, 1.5, 1.7
        double[] d = {-0.2, 0, 0.2};
        double[][] y = new double[4][3];
        for (int x = 0; x < 4; x++) {
            for (int r = 0; r < 3; r++) {
                y[x][r] = 1.5 + d[r] - x;
            }
        }
        StudyAnswer.Answered answered = new ThresholdAnswer(new StudyFile.Threshold("gain", "checks", true), design, 0)
                .answer(output -> y);
        Estimate crossing = answered.findings().get(0).estimates().get(0);
        // a resample of the 3 replications crosses at 1.5 + its mean d; all three at -0.2 (or at 0.2) has
        // probability 1/27 = 3.7 % > 2.5 %, so the percentiles are the extremes, 1.3 and 1.7
        assertEquals(1.5, crossing.mean(), 1e-12);
        assertEquals(1.3, crossing.low(), 1e-9);
        assertEquals(1.7, crossing.high(), 1e-9);
        assertTrue(answered.text().startsWith("Gain above 0: until checks reaches 1.5 [1.3, 1.7]. (Interpolated"),
                answered.text());
    }

    @Test
    void aThresholdAgainstAnotherFactorReadsThePairedDifferenceAtEachLevelOfIt() {
        // rules {pro-rata, cap} x cost {0, 10, 20}, against the rule: cap - pro-rata = cost / 10 - 1.5 on every
        // replication, negative until 15
        CompareStudy design = new CompareStudy(List.of(names("rule", "pro-rata", "cap"), numbers("cost", 0, 10, 20)),
                false, 0);
        double[][] y = new double[6][2];
        for (int c = 0; c < 3; c++) {
            for (int r = 0; r < 2; r++) {
                y[c][r] = 0.5 + r + c;
                y[3 + c][r] = y[c][r] + c - 1.5;
            }
        }
        StudyAnswer.Answered answered = new ThresholdAnswer(new StudyFile.Threshold("gini", "cost", false), design, 1)
                .answer(output -> y);
        List<Estimate> crossings = answered.findings().get(0).estimates();
        assertEquals(1, crossings.size(), "the reference level has no difference to cross");
        assertEquals(15, crossings.get(0).mean(), 1e-12);
        assertEquals(15, crossings.get(0).low(), 1e-9);
        assertTrue(answered.text().contains(" minus pro-rata's below 0: with rule cap, until cost reaches 15"),
                answered.text());
    }

    @Test
    void aThresholdSaysWhenTheOutputNeverHasItsSignAndWhenItKeepsIt() {
        CompareStudy design = new CompareStudy(List.of(names("cheaters", "few", "many"), numbers("checks", 0, 0.1)),
                false, -1);
        double[][] y = {{-1, -1}, {-2, -2}, {3, 3}, {2, 2}};
        String text = new ThresholdAnswer(new StudyFile.Threshold("gain", "checks", true), design, 1)
                .answer(output -> y).text();
        assertEquals("Gain above 0: with cheaters few, at no checks from 0 to 0.1 (closest: −1 [−1, −1] at 0); with"
                + " cheaters many, at every checks from 0 to 0.1 (still 2 [2, 2] at 0.1).", text);
    }

    @Test
    void groupsThatNeverCrossShareOneClauseAndEachGivesItsClosestLevel() {
        CompareStudy design = new CompareStudy(List.of(names("rule", "cap", "concave"), numbers("cost", 0, 10)),
                false, -1);
        double[][] y = {{-1, -1}, {-2, -2}, {-3, -3}, {-0.5, -0.5}};
        String text = new ThresholdAnswer(new StudyFile.Threshold("gain", "cost", true), design, 1)
                .answer(output -> y).text();
        assertEquals("Gain above 0: at no cost from 0 to 10, with rule cap, closest: −1 [−1, −1] at 0; with rule"
                + " concave, closest: −0.5 [−0.5, −0.5] at 10.", text);
    }

    @Test
    void aThresholdSaysWhatItsSignMeansAndReadsTheOtherOutputsWhereItFalls() {
        // y = 1.5 - x on every replication crosses at 1.5, halfway from 1 to 2; the overhead share there is
        // halfway from 0.02 to 0.04: 3 %; the levels are shares, printed as percentages
        CompareStudy design = new CompareStudy(List.of(numbers("spot_check_share", 0, 1, 2, 3)), false, -1);
        double[][] gain = {{1.5, 1.5}, {0.5, 0.5}, {-0.5, -0.5}, {-1.5, -1.5}};
        double[][] overhead = {{0, 0}, {0.02, 0.02}, {0.04, 0.04}, {0.06, 0.06}};
        Map<String, double[][]> responses = Map.of("gain", gain, "verification_overhead_share", overhead);
        String text = new ThresholdAnswer(new StudyFile.Threshold("gain", "spot_check_share", true,
                java.util.Optional.of("cheating pays"), List.of("verification_overhead_share")), design, 0)
                .answer(responses::get).text();
        assertTrue(text.startsWith("Cheating pays (gain above 0): until spot check share reaches 150 % [150 %, 150 %];"
                + " there "), text);
        assertTrue(text.contains(" there verification overhead (share of delivered GPU time) is 3 % [3 %, 3 %]."), text);
        Finding crossing = new ThresholdAnswer(new StudyFile.Threshold("gain", "spot_check_share", true), design, 0)
                .answer(responses::get).findings().get(0);
        assertEquals(ThresholdAnswer.CROSSING + " along spot check share (%)", crossing.measure());
        assertEquals(150, crossing.estimates().get(0).mean(), 1e-9, "a share's crossing is measured in per cent");
    }

    @Test
    void throughputThatGrowsWithTheScaleKeepsUpAndAWaitThatGrowsIsTheBottleneck() {
        CompareStudy design = new CompareStudy(List.of(names("scale", "x1", "x10", "x100")), true, -1);
        double[][] throughput = {{1, 2, 3}, {10, 20, 30}, {100, 200, 300}};
        double[][] completion = {{0.9, 0.9, 0.9}, {0.9, 0.9, 0.9}, {0.9, 0.9, 0.9}};
        double[][] wait = {{5, 6, 7}, {5, 6, 7}, {9, 10, 12}};
        Map<String, double[][]> responses = Map.of("jobs_per_second_steady", throughput, "completion_ratio",
                completion, "wait_p99_seconds", wait);
        StudyFile.Scaling spec = new StudyFile.Scaling("scale", List.of(1.0, 10.0, 100.0), "jobs_per_second_steady",
                List.of(new StudyFile.Watch("completion_ratio", -1), new StudyFile.Watch("wait_p99_seconds", 1)));
        StudyAnswer.Answered answered = new ScalingAnswer(spec, design, 0).answer(responses::get);
        Estimate efficiency = answered.findings().get(1).estimates().get(1);
        assertEquals(1, efficiency.mean(), 1e-12);
        assertEquals(1, efficiency.high(), 1e-12);
        String text = answered.text();
        assertTrue(text.startsWith("Throughput after warm-up (jobs/s) keeps up as the network grows: at x10 10 [10, 10]"
                + " times x1's (scale efficiency 1 [1, 1])"), text);
        // x100 - x1: 4, 4, 5: mean 4.33
        assertTrue(text.contains("The first bottleneck shows in 99th percentile wait of all jobs (s): x100 raises it by"
                + " 4.33 ["), text);
    }

    @Test
    void throughputBelowItsScaleFallsBehindAndWithNothingWorseNoBottleneckIsNamed() {
        CompareStudy design = new CompareStudy(List.of(names("scale", "x1", "x10")), false, -1);
        double[][] throughput = {{1, 1.1, 0.9}, {7, 7.9, 6.1}};
        double[][] wait = {{5, 6, 7}, {6, 5, 7}};
        StudyFile.Scaling spec = new StudyFile.Scaling("scale", List.of(1.0, 10.0), "jobs_per_second_steady",
                List.of(new StudyFile.Watch("wait_p99_seconds", 1)));
        String text = new ScalingAnswer(spec, design, 0).answer(o -> o.equals("wait_p99_seconds") ? wait : throughput)
                .text();
        assertTrue(text.contains("falls behind") && text.contains("No bottleneck appears: none of 99th percentile wait"
                + " of all jobs (s) worsens beyond its 95 % interval at any scale."), text);
    }

    @Test
    void comparedAgainstAFactorEachLevelIsPairedWithItsFirstLevelAtTheSameLevelsOfTheOthers() {
        CompareStudy design = new CompareStudy(List.of(names("cheaters", "few", "many"), numbers("checks", 0, 0.1)),
                false, 1);
        // points: (few, 0), (few, 0.1), (many, 0), (many, 0.1)
        double[][] y = {{10, 12}, {7, 8}, {20, 22}, {11, 12}};
        List<Finding> findings = design.findings("gain", y);
        assertEquals(2, findings.get(0).estimates().size(), "two references, one per level of cheaters");
        List<Estimate> differences = findings.get(1).estimates();
        assertEquals(-3.5, differences.get(0).mean(), 1e-12);
        assertEquals(-9.5, differences.get(1).mean(), 1e-12);
        assertEquals("cheaters many, checks 0.1", differences.get(1).label());
    }

    @Test
    void aFactorialAnswerGivesEveryFactorsShareAndNamesThoseIndistinguishableFromNone() {
        FactorialStudy design = new FactorialStudy(List.of(names("size", "equal", "heavy"), names("cost", "none",
                "dc")), 0);
        int[][] signs = design.design().signs();
        double[][] y = new double[signs.length][3];
        double[] noise = {-0.01, 0, 0.01};
        for (int i = 0; i < signs.length; i++) {
            for (int r = 0; r < 3; r++) {
                // y = 0.2 (size high) + noise on cost only: cost's share straddles 0
                y[i][r] = (signs[i][0] > 0 ? 0.2 : 0) + (signs[i][1] > 0 ? noise[r] : 0);
            }
        }
        String text = design.answer(design.findings("profit_gini_true_end", y));
        assertTrue(text.startsWith("Of the 0.2 [0.175, 0.225] rise in profit Gini per operator, losses included (end)"
                + " from every factor low to every factor high, size accounts for 0.2 [0.2, 0.2]; cost is not"
                + " distinguishable from no effect."), text);
    }

    @Test
    void anInteractionPlotsCornersAreTheMeansAtTheFourCombinations() {
        FactorialStudy design = new FactorialStudy(List.of(names("a", "lo", "hi"), names("b", "off", "on")), 0);
        int[][] signs = design.design().signs();
        double[][] y = new double[signs.length][2];
        for (int i = 0; i < signs.length; i++) {
            double v = 10 + 2 * signs[i][0] + 3 * signs[i][1] + signs[i][0] * signs[i][1];
            y[i] = new double[] {v, v};
        }
        Finding corners = design.findings("jobs_completed", y).stream()
                .filter(f -> f.measure().startsWith(FactorialStudy.CORNERS)).findFirst().orElseThrow();
        assertEquals(List.of(6.0, 8.0, 10.0, 16.0), corners.estimates().stream().map(Estimate::mean).toList());
        assertEquals("a hi; b off", corners.estimates().get(1).label());
    }

    @Test
    void numbersReadWithThousandsSeparatorsAndNeverInENotation() {
        assertEquals("1,094", StudyText.number(1093.6));
        assertEquals("0.000000992", StudyText.number(9.9234e-7));
        assertEquals("−0.267", StudyText.number(-0.26712));
        assertEquals("12,345,679", StudyText.number(12_345_678.9));
    }
}
