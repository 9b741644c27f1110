package org.depinlab.simulator.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SweepReportTest {

    /** A grid of x in {1, 2} times {@code others} values of k, two replications, one output. */
    private static List<RunRecord> grid(int others) {
        List<RunRecord> runs = new ArrayList<>();
        int point = 0;
        for (int k = 0; k < others; k++) {
            for (int x = 1; x <= 2; x++) {
                for (int r = 0; r < 2; r++) {
                    runs.add(new RunRecord(point, r, r, Map.of("k", "v" + k, "x", String.valueOf(x)),
                            Map.of("jobs_completed", 10.0 * x + k + r)));
                }
                point++;
            }
        }
        return runs;
    }

    private static int charts(String page) {
        return page.split("<svg", -1).length - 1;
    }

    @Test
    void aResponsePlotDrawsAtMostEightLinesAndOtherwiseSaysWhy() {
        String eight = SweepReport.page("s", grid(SweepReport.MAX_LINES), List.of("jobs_completed"));
        assertEquals(1, charts(eight), "one numeric parameter, one output: one response plot of eight lines");

        String nine = SweepReport.page("s", grid(SweepReport.MAX_LINES + 1), List.of("jobs_completed"));
        assertEquals(0, charts(nine));
        assertTrue(nine.contains("<p>jobs_completed against x: 9 combinations of the other parameters, too many lines"
                + " to read in one chart (see the summary table).</p>"), nine);
    }

    @Test
    void aGiniIntervalStaysWithinZeroAndOneAndTheReportSaysSo() {
        List<RunRecord> runs = List.of(
                new RunRecord(0, 0, 0, Map.of("x", "1"), Map.of("reward_gini_true_mean", 0.96, "jobs_per_second", 2.0)),
                new RunRecord(0, 1, 1, Map.of("x", "1"), Map.of("reward_gini_true_mean", 1.0, "jobs_per_second", 2.2)),
                new RunRecord(1, 0, 0, Map.of("x", "2"), Map.of("reward_gini_true_mean", 0.5, "jobs_per_second", 3.0)),
                new RunRecord(1, 1, 1, Map.of("x", "2"), Map.of("reward_gini_true_mean", 0.6, "jobs_per_second", 3.1)));
        String page = SweepReport.page("s", runs, List.of("reward_gini_true_mean", "jobs_per_second"));
        // 0.98 ± 12.71 x 0.02828 / sqrt(2): the t-interval reaches 1.234, clamped to 1
        assertTrue(page.contains("<td>0.98 [0.7259, 1]</td>"), page);
        assertTrue(page.contains("clamped to those bounds where Student&#39;s t reaches past them: reward_gini_true_mean."),
                page);
        assertTrue(page.contains("<td>2.1 [0.8294, 3.371]</td>"), "an unbounded figure keeps its interval");
    }

    @Test
    void aLogSpacedParameterGetsALogAxisAndAConstantOneNoPlot() {
        List<RunRecord> runs = new ArrayList<>();
        double[] caps = {0.001, 0.01, 0.1, 1};
        for (int p = 0; p < caps.length; p++) {
            runs.add(new RunRecord(p, 0, 0, Map.of("cap", String.valueOf(caps[p]), "days", "30"),
                    Map.of("jobs_completed", 10.0 + p)));
        }
        String page = SweepReport.page("s", runs, List.of("jobs_completed"));
        assertEquals(1, charts(page), "cap varies, days does not");
        assertTrue(page.contains("cap (log scale)"), page);
    }
}
