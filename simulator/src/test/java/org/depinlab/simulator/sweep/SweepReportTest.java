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
}
