package org.depinlab.simulator.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class FigureLabelsTest {

    private static Column<Object> column(String name, String unit, String meaning) {
        return new Column<>(name, unit, meaning, row -> row);
    }

    @Test
    void aKeyFigureReadsInWordsWithSeparatorsAndItsUnit() {
        assertEquals("Jobs completed", FigureLabels.label(column("jobs_completed", "jobs", "jobs that completed")));
        assertEquals("20,027,516 jobs", FigureLabels.value(column("jobs_completed", "jobs", ""), 20_027_516L));
        assertEquals("3,125,368 kWh", FigureLabels.value(column("energy_kwh", "kWh", ""), 3_125_367.9));
        assertEquals("0.919", FigureLabels.value(column("reward_gini_true_mean", "Gini", ""), 0.91912));
        assertEquals("–", FigureLabels.value(column("energy_kwh_per_pflop", "kWh/PFLOP", ""), Double.NaN));
        assertEquals("12345", FigureLabels.value(column("seed", "", ""), 12345L), "a seed is an identifier");
    }

    @Test
    void sharesInZeroToOneArePercentagesAndOtherRatiosAreNot() {
        assertEquals("50.1 %", FigureLabels.value(column("completion_ratio", "ratio", ""), 0.5007));
        assertEquals("12.5 %", FigureLabels.value(column("operators_in_loss_share_end", "ratio", ""), 0.125));
        assertEquals("3.2 ratio", FigureLabels.value(column("slowdown_mean", "ratio", ""), 3.2));
        Map<String, Double> capture = new LinkedHashMap<>();
        capture.put("team", 0.1);
        capture.put("datacenter", 0.9);
        assertEquals("team 10.0 %, datacenter 90.0 %", FigureLabels.value(column("value_capture", "share", ""), capture));
    }

    @Test
    void aFigureWithoutItsOwnLabelIsShownUnderItsMeaning() {
        assertEquals("Jobs paid for fake work", FigureLabels.label(column("jobs_fake_paid", "jobs",
                "jobs paid for fake work (spot checks missed them)")));
    }

    @Test
    void giniSharesAndUtilizationAreBoundedAndThroughputIsNot() {
        assertTrue(Bounds.unitInterval("reward_gini_true_mean"));
        assertTrue(Bounds.unitInterval("token_wealth_top_10_share"));
        assertTrue(Bounds.unitInterval("gpu_utilization_steady"));
        assertFalse(Bounds.unitInterval("jobs_per_second"));
        assertFalse(Bounds.unitInterval("slowdown_p99"));
        assertEquals(1.0, Bounds.clamp(new double[] {0.98, 0.93, 1.025})[2]);
        double[] inside = {0.5, 0.4, 0.6};
        assertTrue(inside == Bounds.clamp(inside), "an interval inside its bounds is kept as it is");
    }
}
