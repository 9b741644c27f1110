package org.depinlab.simulator.sweep;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.depinlab.simulator.report.Charts;
import org.depinlab.simulator.report.ReportHtml;

/**
 * A sweep's {@code report.html}: a sweep of reward rules alone opens with each rule against pro-rata
 * ({@link RuleComparison}), a sweep of reward rules over identity costs and limits with their
 * {@link SybilBreakEven} costs; then the Gini-versus-throughput frontier of its points with 95 %
 * intervals on both axes, a response plot per numeric parameter and output (one line per
 * combination of the other parameters, at most {@value #MAX_LINES}), and the summary table. Self-contained XHTML, inline SVG.
 */
public final class SweepReport {

    static final String THROUGHPUT = "jobs_per_second";
    static final String GINI = "reward_gini_true_mean";
    /** The most lines a response plot draws: beyond it the legend hides the chart. */
    static final int MAX_LINES = 8;

    private SweepReport() {
    }

    /** The page for {@code results} (any order), summarising {@code outputs} (empty: every numeric figure). */
    public static String page(String name, List<RunRecord> results, List<String> outputs) {
        Map<Integer, List<RunRecord>> byPoint = SweepSummary.byPoint(results);
        Set<String> parameters = new LinkedHashSet<>();
        Set<String> names = new LinkedHashSet<>(outputs);
        byPoint.values().forEach(runs -> {
            parameters.addAll(runs.get(0).values().keySet());
            if (outputs.isEmpty()) {
                names.addAll(runs.get(0).figures().keySet());
            }
        });
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">"
                + "\n<head>\n<meta charset=\"utf-8\"/>\n<title>").append(ReportHtml.escape(name))
                .append(" — depinlab sweep</title>\n<style>body{font-family:sans-serif;max-width:760px;margin:2em auto}"
                        + "table{border-collapse:collapse;font-size:12px}td,th{padding:2px 6px;border-bottom:1px solid"
                        + " #ddd}</style>\n</head>\n<body>\n<h1>").append(ReportHtml.escape(name)).append("</h1>\n");
        html.append(String.format(Locale.ROOT, "<p>%d points, %d runs. Means over replications with 95 %% confidence"
                + " intervals (Student's t).</p>%n", byPoint.size(), results.size()));
        html.append(RuleComparison.section(results, outputs));
        html.append(SybilBreakEven.section(results));
        html.append(CheatingThreshold.section(results));
        if (names.contains(THROUGHPUT) && names.contains(GINI)) {
            List<double[]> frontier = new ArrayList<>();
            byPoint.values().forEach(runs -> {
                double[] x = SweepSummary.interval(runs, THROUGHPUT);
                double[] y = SweepSummary.interval(runs, GINI);
                frontier.add(new double[] {x[0], x[1], x[2], y[0], y[1], y[2]});
            });
            html.append("<h2>Concentration against throughput</h2>\n").append(Charts.intervals("frontier",
                    "Reward Gini (true) against throughput", "completed jobs per second", "mean reward Gini, per owner",
                    Map.of("points", frontier)));
        }
        html.append("<h2>Responses</h2>\n");
        int chart = 0;
        for (String parameter : parameters) {
            if (!numeric(byPoint, parameter)) {
                continue;
            }
            for (String output : names) {
                Map<String, List<double[]>> lines = new TreeMap<>();
                byPoint.values().forEach(runs -> {
                    Map<String, String> values = runs.get(0).values();
                    StringBuilder others = new StringBuilder();
                    values.forEach((k, v) -> {
                        if (!k.equals(parameter)) {
                            others.append(others.length() == 0 ? "" : ", ").append(k).append('=').append(v);
                        }
                    });
                    double x = Double.parseDouble(values.get(parameter));
                    double[] y = SweepSummary.interval(runs, output);
                    lines.computeIfAbsent(others.length() == 0 ? output : others.toString(), k -> new ArrayList<>())
                            .add(new double[] {x, Double.NaN, Double.NaN, y[0], y[1], y[2]});
                });
                if (lines.size() > MAX_LINES) {
                    html.append("<p>").append(ReportHtml.escape(String.format(Locale.ROOT, "%s against %s: %d"
                            + " combinations of the other parameters, too many lines to read in one chart (see the"
                            + " summary table).", output, parameter, lines.size()))).append("</p>\n");
                    continue;
                }
                lines.values().forEach(rows -> rows.sort(Comparator.comparingDouble(row -> row[0])));
                html.append(Charts.intervals("response" + chart++, output + " against " + parameter, parameter, output,
                        new LinkedHashMap<>(lines)));
            }
        }
        html.append("<h2>Summary</h2>\n<table>\n<tr><th>point</th>");
        parameters.forEach(p -> html.append("<th>").append(ReportHtml.escape(p)).append("</th>"));
        names.forEach(n -> html.append("<th>").append(ReportHtml.escape(n)).append("</th>"));
        html.append("</tr>\n");
        byPoint.forEach((point, runs) -> {
            html.append("<tr><td>").append(point).append("</td>");
            parameters.forEach(p -> html.append("<td>").append(ReportHtml.escape(runs.get(0).values().getOrDefault(p,
                    ""))).append("</td>"));
            for (String n : names) {
                double[] i = SweepSummary.interval(runs, n);
                html.append("<td>").append(Double.isNaN(i[1]) ? String.format(Locale.ROOT, "%.4g", i[0])
                        : String.format(Locale.ROOT, "%.4g [%.4g, %.4g]", i[0], i[1], i[2])).append("</td>");
            }
            html.append("</tr>\n");
        });
        html.append("</table>\n</body>\n</html>\n");
        return html.toString();
    }

    private static boolean numeric(Map<Integer, List<RunRecord>> byPoint, String parameter) {
        for (List<RunRecord> runs : byPoint.values()) {
            try {
                Double.parseDouble(runs.get(0).values().getOrDefault(parameter, "x"));
            } catch (NumberFormatException e) {
                return false;
            }
        }
        return true;
    }
}
