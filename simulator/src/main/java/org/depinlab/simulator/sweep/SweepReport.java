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
import java.util.TreeSet;

import org.depinlab.simulator.report.Bounds;
import org.depinlab.simulator.report.Charts;
import org.depinlab.simulator.report.NumberText;
import org.depinlab.simulator.report.ReportHtml;

/**
 * A sweep's {@code report.html}: a sweep of reward rules alone opens with each rule against pro-rata
 * ({@link RuleComparison}), a sweep of reward rules over identity costs and limits with their
 * {@link SybilBreakEven} costs; then the Gini-versus-throughput frontier of its points with 95 %
 * intervals on both axes, its points labelled and its replications shown; a response plot per
 * numeric parameter that varies and output (one line per combination of the other parameters, at
 * most {@value #MAX_LINES}; a log axis for log-spaced values); and the summary table, intervals of
 * figures bounded to [0, 1] clamped to them ({@link Bounds}). Self-contained XHTML, inline SVG.
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
        Set<String> clamped = new TreeSet<>();
        Set<String> varying = new LinkedHashSet<>();
        for (String parameter : parameters) {
            if (byPoint.values().stream().map(runs -> runs.get(0).values().get(parameter)).distinct().count() > 1) {
                varying.add(parameter);
            }
        }
        if (names.contains(THROUGHPUT) && names.contains(GINI)) {
            List<double[]> frontier = new ArrayList<>();
            List<double[]> replications = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            byPoint.values().forEach(runs -> {
                double[] x = interval(runs, THROUGHPUT, clamped);
                double[] y = interval(runs, GINI, clamped);
                frontier.add(new double[] {x[0], x[1], x[2], y[0], y[1], y[2]});
                runs.forEach(r -> replications.add(new double[] {figure(r, THROUGHPUT), figure(r, GINI)}));
                labels.add(pointLabel(runs.get(0).values(), varying));
            });
            html.append("<h2 id=\"frontier\">Concentration against throughput</h2>\n<p>Each point is a mean over"
                    + " its replications (grey dots) with 95 % intervals; hover over a point for its figures.</p>\n")
                    .append(Charts.intervals("frontier", "Reward Gini (true) against throughput",
                            "completed jobs per second", "mean reward Gini, per owner", Map.of("points", frontier),
                            new Charts.IntervalStyle(Map.of("points", replications), Map.of("points", labels),
                                    false)));
        }
        html.append("<h2 id=\"responses\">Responses</h2>\n");
        int chart = 0;
        for (String parameter : varying) {
            if (!numeric(byPoint, parameter)) {
                continue;
            }
            for (String output : names) {
                Map<String, List<double[]>> lines = new TreeMap<>();
                Map<String, List<double[]>> replications = new TreeMap<>();
                byPoint.values().forEach(runs -> {
                    Map<String, String> values = runs.get(0).values();
                    StringBuilder others = new StringBuilder();
                    values.forEach((k, v) -> {
                        if (!k.equals(parameter)) {
                            others.append(others.length() == 0 ? "" : ", ").append(k).append('=').append(v);
                        }
                    });
                    double x = Double.parseDouble(values.get(parameter));
                    double[] y = interval(runs, output, clamped);
                    String line = others.length() == 0 ? output : others.toString();
                    lines.computeIfAbsent(line, k -> new ArrayList<>())
                            .add(new double[] {x, Double.NaN, Double.NaN, y[0], y[1], y[2]});
                    runs.forEach(r -> replications.computeIfAbsent(line, k -> new ArrayList<>())
                            .add(new double[] {x, figure(r, output)}));
                });
                if (lines.size() > MAX_LINES) {
                    html.append("<p>").append(ReportHtml.escape(String.format(Locale.ROOT, "%s against %s: %d"
                            + " combinations of the other parameters, too many lines to read in one chart (see the"
                            + " summary table).", output, parameter, lines.size()))).append("</p>\n");
                    continue;
                }
                lines.values().forEach(rows -> rows.sort(Comparator.comparingDouble(row -> row[0])));
                double[] xs = lines.values().stream().flatMap(List::stream).mapToDouble(row -> row[0]).toArray();
                html.append(Charts.intervals("response" + chart++, output + " against " + parameter, parameter, output,
                        new LinkedHashMap<>(lines), new Charts.IntervalStyle(new LinkedHashMap<>(replications),
                                Map.of(), Charts.logSpaced(xs))));
            }
        }
        html.append("<h2 id=\"summary\">Summary</h2>\n");
        if (!clamped.isEmpty()) {
            html.append("<p>").append(ReportHtml.escape("Intervals of figures bounded to [0, 1] are clamped to"
                    + " those bounds where Student's t reaches past them: " + String.join(", ", clamped) + "."))
                    .append("</p>\n");
        }
        html.append("<table>\n<tr><th>point</th>");
        parameters.forEach(p -> html.append("<th>").append(ReportHtml.escape(p)).append("</th>"));
        names.forEach(n -> html.append("<th>").append(ReportHtml.escape(n)).append("</th>"));
        html.append("</tr>\n");
        byPoint.forEach((point, runs) -> {
            html.append("<tr><td>").append(point).append("</td>");
            parameters.forEach(p -> html.append("<td>").append(ReportHtml.escape(runs.get(0).values().getOrDefault(p,
                    ""))).append("</td>"));
            for (String n : names) {
                double[] i = interval(runs, n, clamped);
                html.append("<td>").append(Double.isNaN(i[1]) ? NumberText.of(i[0])
                        : NumberText.of(i[0]) + " [" + NumberText.of(i[1]) + ", " + NumberText.of(i[2]) + "]")
                        .append("</td>");
            }
            html.append("</tr>\n");
        });
        html.append("</table>\n</body>\n</html>\n");
        return html.toString();
    }

    /** {mean, low, high} over a point's runs, clamped to [0, 1] for a bounded figure (its name noted). */
    private static double[] interval(List<RunRecord> runs, String name, Set<String> clamped) {
        double[] interval = SweepSummary.interval(runs, name);
        if (!Bounds.unitInterval(name)) {
            return interval;
        }
        double[] inside = Bounds.clamp(interval);
        if (inside != interval) {
            clamped.add(name);
        }
        return inside;
    }

    private static double figure(RunRecord run, String name) {
        Double value = run.figures().get(name);
        return value == null ? Double.NaN : value;
    }

    /** The values of the parameters that vary between points, each under the last part of its name. */
    private static String pointLabel(Map<String, String> values, Set<String> varying) {
        StringBuilder label = new StringBuilder();
        values.forEach((k, v) -> {
            if (varying.contains(k)) {
                label.append(label.length() == 0 ? "" : ", ").append(k.substring(k.lastIndexOf('.') + 1)).append('=')
                        .append(v);
            }
        });
        return label.toString();
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
