package org.depinlab.simulator.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

class ChartsTest {

    private static final double[] DAYS = {1, 2, 3, 4};

    private static String waits(double p99Inference) {
        Map<String, double[]> waits = new LinkedHashMap<>();
        waits.put("p50", new double[] {0, 12});
        waits.put("p99", new double[] {p99Inference, 300});
        return Charts.bars("waits", "Wait in queue", "job class", "seconds", List.of("inference", "training"), waits);
    }

    @Test
    void theSameChartIsTheSameBytesAndItsIdsCarryTheChartsId() {
        String svg = waits(185_000);
        assertEquals(svg, waits(185_000));
        Matcher ids = Pattern.compile(" id=\"([^\"]+)\"").matcher(svg);
        int count = 0;
        while (ids.find()) {
            assertTrue(ids.group(1).startsWith("waits"), ids.group(1));
            count++;
        }
        assertTrue(count > 1, "the chart's own id and its clip paths'");
        assertFalse(svg.contains("jfree"), "no trace of the former SVG library");
        assertTrue(svg.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" "), "an SVG element in XHTML too");
        assertFalse(svg.contains("Dialog"), "Java's logical font is named for a browser");
    }

    @Test
    void everyBarShowsItsValueOnHover() {
        String svg = waits(185_000);
        assertTrue(svg.contains("<title>inference, p99: 185,000 seconds</title>"), svg);
        assertTrue(svg.contains("<title>training, p50: 12 seconds</title>"), svg);
        assertTrue(svg.contains("<g class=\"data\""), svg);
    }

    @Test
    void valuesSpanningDecadesGetALogAxisAndOthersALinearOne() {
        assertTrue(waits(185_000).contains("seconds (log scale; 0 not drawn)"));
        assertFalse(waits(20).contains("log scale"));
    }

    @Test
    void rotatedAxisLabelsAreTextNotGlyphOutlines() {
        String svg = waits(20);
        assertTrue(svg.matches("(?s).*<text[^>]*>seconds</text>.*"), svg);
    }

    @Test
    void aLineEqualToAnEarlierOneIsDashedAndSaysSo() {
        Map<String, double[]> series = new LinkedHashMap<>();
        series.put("true", new double[] {0.5, 0.6, 0.7, 0.6});
        series.put("apparent", new double[] {0.5, 0.6, 0.7, 0.6});
        String svg = Charts.lines("gini", "Gini", "day", "Gini", DAYS, series);
        assertTrue(svg.contains("apparent (= true)"), svg);
        assertTrue(svg.contains("stroke-dasharray=\"6,4\"") || svg.contains("stroke-dasharray=\"6, 4\""), svg);
    }

    @Test
    void aLineChartShowsEverySeriesValueAtADayOnHover() {
        Map<String, double[]> series = new LinkedHashMap<>();
        series.put("a", new double[] {1, 2, Double.NaN, 4});
        series.put("b", new double[] {5, 6, 7, 8});
        String svg = Charts.lines("l", "L", "day", "x", DAYS, series);
        assertTrue(svg.contains("<title>day 3: a –; b 7</title>"), svg);
    }

    @Test
    void aChartWithNothingToDrawIsASentence() {
        assertEquals("<p class=\"no-data\"><b>Supply</b>: no data in this run.</p>\n", Charts.lines("s", "Supply",
                "day", "tokens", DAYS, Map.of("s", new double[] {Double.NaN, Double.NaN, Double.NaN, Double.NaN})));
        assertTrue(Charts.bars("e", "Energy", "g", "kWh", List.of("a", "b"), Map.of("kWh", new double[] {0, 0}))
                .contains("0 throughout"));
        assertTrue(Charts.lines("s", "Supply", "day", "tokens", DAYS, Map.of("s", new double[] {1e9, 1e9, 1e9, 1e9}))
                .contains("constant at 1,000,000,000 tokens"));
    }

    @Test
    void logSpacedValuesAreToldFromEvenlySpacedOnes() {
        assertTrue(Charts.logSpaced(new double[] {0.01, 0.1, 1, 0.1}));
        assertTrue(Charts.logSpaced(new double[] {1, 2, 4, 8, 16}));
        assertFalse(Charts.logSpaced(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}));
        assertFalse(Charts.logSpaced(new double[] {0, 0.1, 1}));
        assertFalse(Charts.logSpaced(new double[] {0.5, 5}));
    }

    @Test
    void anIntervalChartLabelsItsPointsAndDrawsTheReplications() {
        List<double[]> rows = List.of(new double[] {1, 0.9, 1.1, 0.5, 0.4, 0.6},
                new double[] {2, 1.9, 2.1, 0.7, 0.6, 0.8});
        String svg = Charts.intervals("f", "Frontier", "jobs/s", "Gini", Map.of("points", rows),
                new Charts.IntervalStyle(Map.of("points", List.of(new double[] {1, 0.45}, new double[] {1, 0.55})),
                        Map.of("points", List.of("cap=0.1", "cap=1")), false));
        assertTrue(svg.contains("cap=0.1</text>"), svg);
        assertTrue(svg.contains("<title>points, cap=1: jobs/s 2 [1.9, 2.1], Gini 0.7 [0.6, 0.8]</title>"), svg);
        assertTrue(svg.contains("rgb(153,153,153)"), "replications in grey");
    }
}
