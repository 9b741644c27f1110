package org.depinlab.simulator.study;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.depinlab.simulator.report.Charts;
import org.depinlab.simulator.report.ReportHtml;
import org.depinlab.simulator.scenario.StudyFile;

/**
 * A study's outputs: {@code study.json} (every estimate with its interval), {@code summary.md} and
 * {@code report.html}, both opening with the question and the generated answer, then the evidence,
 * the design, the assumptions and threats to validity, and the provenance. No clock, no absolute
 * path: the same runs give the same bytes.
 */
final class StudyReport {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private StudyReport() {
    }

    static String json(StudyResult result) {
        StudyFile study = result.study();
        ObjectNode root = JSON.createObjectNode();
        root.put("name", study.name());
        root.put("question", study.question());
        root.put("answer", result.answer());
        root.put("base", base(study));
        root.put("design", result.design());
        root.put("replications", study.replications());
        root.put("seed", study.seed());
        root.put("runs", result.runs());
        if (study.horizonDays().isPresent()) {
            root.put("horizon_days", study.horizonDays().getAsDouble());
        }
        root.put("warmup", warmup(study));
        ArrayNode factors = root.putArray("factors");
        for (StudyFile.Factor f : study.factors()) {
            ObjectNode factor = factors.addObject();
            factor.put("path", f.path());
            factor.put("label", f.label());
            f.levelLabels().forEach(factor.putArray("level_labels")::add);
            ArrayNode levels = factor.putArray(f.range() ? "range" : "levels");
            f.levels().forEach(levels::add);
            if (!f.sets().isEmpty()) {
                ObjectNode sets = factor.putObject("sets");
                for (int i = 0; i < f.levels().size(); i++) {
                    f.sets().get(i).forEach(sets.putObject(f.levels().get(i).asText())::set);
                }
            }
        }
        ArrayNode findings = root.putArray("findings");
        for (Finding f : result.findings()) {
            ObjectNode finding = findings.addObject();
            finding.put("output", f.output());
            finding.put("measure", f.measure());
            ArrayNode estimates = finding.putArray("estimates");
            for (Estimate e : f.estimates()) {
                ObjectNode estimate = estimates.addObject();
                estimate.put("label", e.label());
                number(estimate, "estimate", e.mean());
                number(estimate, "ci95_low", e.low());
                number(estimate, "ci95_high", e.high());
            }
        }
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write study.json", e);
        }
    }

    static String markdown(StudyResult result) {
        StudyFile study = result.study();
        StringBuilder md = new StringBuilder("# " + study.name() + "\n\n");
        md.append("**Answer:** ").append(result.answer()).append("\n\n");
        md.append("**Question:** ").append(study.question()).append("\n\n");
        md.append("Estimates with 95 % intervals in brackets.\n\n## Evidence\n\n");
        for (Finding f : result.findings()) {
            md.append("### ").append(OutputLabel.capitalised(f.output())).append(": ").append(f.measure()).append("\n\n| | estimate |"
                    + " 95 % interval |\n|---|---:|---|\n");
            for (Estimate e : f.estimates()) {
                md.append("| ").append(e.label().replace("|", "\\|")).append(" | ").append(StudyText.number(e.mean()))
                        .append(" | ").append(Double.isFinite(e.low()) ? "[" + StudyText.number(e.low()) + ", "
                                + StudyText.number(e.high()) + "]" : "").append(" |\n");
            }
            md.append('\n');
        }
        md.append("## Design\n\n");
        design(result).forEach(line -> md.append("- ").append(line).append('\n'));
        md.append("\n## Assumptions and threats to validity\n\n");
        threats(result).forEach(line -> md.append("- ").append(line).append('\n'));
        md.append("\n## Provenance\n\n");
        provenance(result).forEach(line -> md.append("- ").append(line).append('\n'));
        return md.toString();
    }

    static String html(StudyResult result) {
        StudyFile study = result.study();
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">"
                + "\n<head>\n<meta charset=\"utf-8\"/>\n<title>").append(ReportHtml.escape(study.name()))
                .append(" — depinlab study</title>\n<style>body{font-family:sans-serif;max-width:760px;margin:2em auto}"
                        + "table{border-collapse:collapse;font-size:12px}td,th{padding:2px 6px;border-bottom:1px solid"
                        + " #ddd}.answer{font-size:1.1em}</style>\n</head>\n<body>\n<h1>")
                .append(ReportHtml.escape(study.name())).append("</h1>\n");
        html.append("<p><strong>Question:</strong> ").append(ReportHtml.escape(study.question())).append("</p>\n");
        html.append("<p class=\"answer\"><strong>Answer:</strong> ").append(ReportHtml.escape(result.answer()))
                .append("</p>\n<h2>Evidence</h2>\n");
        int chart = 0;
        for (Map.Entry<String, List<Finding>> output : byOutput(result).entrySet()) {
            html.append("<h3>").append(ReportHtml.escape(OutputLabel.capitalised(output.getKey()))).append("</h3>\n");
            for (String svg : charts(output.getKey(), output.getValue(), chart)) {
                html.append(svg).append('\n');
                chart++;
            }
            for (Finding f : output.getValue()) {
                html.append("<table>\n<tr><th>").append(ReportHtml.escape(f.measure()))
                        .append("</th><th>estimate</th><th>95 % interval</th></tr>\n");
                for (Estimate e : f.estimates()) {
                    html.append("<tr><td>").append(ReportHtml.escape(e.label())).append("</td><td>")
                            .append(StudyText.number(e.mean())).append("</td><td>")
                            .append(Double.isFinite(e.low()) ? "[" + StudyText.number(e.low()) + ", "
                                    + StudyText.number(e.high()) + "]" : "").append("</td></tr>\n");
                }
                html.append("</table>\n");
            }
        }
        section(html, "Design", design(result));
        section(html, "Assumptions and threats to validity", threats(result));
        section(html, "Provenance", provenance(result));
        return html.append("</body>\n</html>\n").toString();
    }

    /** The evidence charts of one output: forest plots of the estimates, a mu*-sigma scatter for Morris. */
    private static List<String> charts(String output, List<Finding> findings, int first) {
        List<String> charts = new ArrayList<>();
        Map<String, Finding> byMeasure = new LinkedHashMap<>();
        findings.forEach(f -> byMeasure.put(f.measure(), f));
        String id = "study" + first + "-";
        if (byMeasure.containsKey(MorrisStudy.MU_STAR)) {
            Map<String, List<double[]>> series = new LinkedHashMap<>();
            List<Estimate> mu = byMeasure.get(MorrisStudy.MU_STAR).estimates();
            List<Estimate> sigma = byMeasure.get(MorrisStudy.SIGMA).estimates();
            for (int i = 0; i < mu.size(); i++) {
                double m = mu.get(i).mean();
                double s = sigma.get(i).mean();
                series.put(mu.get(i).label(), List.of(new double[] {m, Double.NaN, Double.NaN, s, Double.NaN,
                        Double.NaN}));
            }
            charts.add(Charts.intervals(id + "morris", "Morris screening of " + output, "mu*", "sigma", series));
            return charts;
        }
        if (byMeasure.containsKey(SobolStudy.FIRST)) {
            List<Estimate> s1 = byMeasure.get(SobolStudy.FIRST).estimates();
            Map<String, List<double[]>> series = new LinkedHashMap<>();
            series.put("first-order", rows(s1));
            series.put("total", rows(byMeasure.get(SobolStudy.TOTAL).estimates()));
            charts.add(Charts.forest(id + "sobol", "Sobol indices of " + output, "share of the variance",
                    labels(s1), series));
            return charts;
        }
        for (Finding f : findings) {
            if (f.measure().startsWith(FactorialStudy.CORNERS)) {
                charts.add(interaction(id + charts.size(), output, f));
            } else if ((f.estimates().size() > 1 || f.measure().equals(CompareStudy.DIFFERENCE))
                    && f.estimates().stream().anyMatch(e -> Double.isFinite(e.mean()))) {
                charts.add(Charts.forest(id + charts.size(), f.measure(), axis(output, f),
                        labels(f.estimates()), Map.of(f.measure(), rows(f.estimates()))));
            }
        }
        return charts;
    }

    /** What a finding's estimates measure: the factor for a threshold along it, else the output. */
    static String axis(String output, Finding f) {
        String along = ThresholdAnswer.CROSSING + " along ";
        return f.measure().startsWith(along) ? f.measure().substring(along.length()) : OutputLabel.of(output);
    }

    /**
     * An interaction plot: the output's mean at the four corners of a pair of factors with its 95 %
     * interval, the first factor's low (0) and high (1) level across, a line for each level of the second.
     */
    private static String interaction(String id, String output, Finding corners) {
        List<Estimate> at = corners.estimates();
        String[] pair = corners.measure().substring(FactorialStudy.CORNERS.length()).split(" x ", 2);
        List<String> first = List.of(level(at.get(0)), level(at.get(1)));
        Map<String, List<double[]>> series = new LinkedHashMap<>();
        Map<String, List<String>> labels = new LinkedHashMap<>();
        for (int b = 0; b < 2; b++) {
            List<double[]> rows = new ArrayList<>();
            for (int a = 0; a < 2; a++) {
                Estimate e = at.get(2 * b + a);
                rows.add(new double[] {a, Double.NaN, Double.NaN, e.mean(), e.low(), e.high()});
            }
            String second = at.get(2 * b).label().substring(level(at.get(2 * b)).length() + 2);
            series.put(second, rows);
            labels.put(second, first);
        }
        return Charts.intervals(id, "Interaction of " + pair[0] + " and " + pair[1], pair[0] + " (0: " + first.get(0)
                + ", 1: " + first.get(1) + ")", OutputLabel.of(output), series, new Charts.IntervalStyle(Map.of(),
                labels, false)) + "\n<p>The mean of " + ReportHtml.escape(OutputLabel.of(output)) + " at the four"
                + " corners of " + ReportHtml.escape(pair[0]) + " and " + ReportHtml.escape(pair[1]) + ", the other"
                + " factors averaged out, with 95 % intervals: lines that are not parallel show the interaction.</p>";
    }

    /** The first factor's level of a corner's label, "A level; B level". */
    private static String level(Estimate corner) {
        return corner.label().substring(0, corner.label().indexOf("; "));
    }

    private static Map<String, List<Finding>> byOutput(StudyResult result) {
        Map<String, List<Finding>> byOutput = new LinkedHashMap<>();
        result.findings().forEach(f -> byOutput.computeIfAbsent(f.output(), k -> new ArrayList<>()).add(f));
        return byOutput;
    }

    private static List<String> labels(List<Estimate> estimates) {
        return estimates.stream().map(Estimate::label).toList();
    }

    private static List<double[]> rows(List<Estimate> estimates) {
        return estimates.stream().map(e -> new double[] {e.mean(), e.low(), e.high()}).toList();
    }

    /** A factor's levels as a reader writes them; a set's each with the fields it sets. */
    private static List<String> levels(StudyFile.Factor f) {
        List<String> levels = new ArrayList<>();
        for (int i = 0; i < f.levels().size(); i++) {
            String value = StudyFile.Factor.text(f.levels().get(i));
            String level = f.levelLabels().get(i).equals(value) || !f.sets().isEmpty() ? f.levelLabels().get(i)
                    : f.levelLabels().get(i) + " = " + value;
            if (!f.sets().isEmpty()) {
                List<String> fields = new ArrayList<>();
                f.sets().get(i).forEach((path, v) -> fields.add(path + " = " + StudyFile.Factor.text(v)));
                level += " (" + String.join(", ", fields) + ")";
            }
            levels.add(level);
        }
        return levels;
    }

    private static List<String> design(StudyResult result) {
        StudyFile study = result.study();
        List<String> lines = new ArrayList<>();
        lines.add(result.design());
        for (StudyFile.Factor f : study.factors()) {
            lines.add("factor " + f.label() + (f.label().equals(f.path()) ? "" : " (" + f.path() + ")") + ": " + (f.range() ? "range [" + StudyFile.Factor.text(f.levels().get(0)) + ", "
                    + StudyFile.Factor.text(f.levels().get(1)) + "]" : "levels " + levels(f)));
        }
        lines.add(study.replications() + " replications of each of " + result.points().size() + " design points, "
                + result.runs() + " runs; replication r runs with the same seed at every point (common random"
                + " numbers)");
        lines.add("horizon: " + (study.horizonDays().isPresent() ? StudyText.number(study.horizonDays().getAsDouble())
                + " days for every run" : "the base scenario's duration_days for every run") + "; warm-up: "
                + warmup(study));
        lines.add("outputs: " + String.join("; ", study.outputs().stream().map(o -> OutputLabel.of(o) + " ("
                + o + ")").toList()));
        return lines;
    }

    private static List<String> threats(StudyResult result) {
        List<String> lines = new ArrayList<>();
        lines.add("The answer holds for the model as the base scenario configures it: its population, workload,"
                + " prices and rules are assumptions, and other values of the fields held fixed may give another"
                + " answer.");
        lines.add("Intervals cover the randomness of " + result.study().replications() + " replications, not the"
                + " uncertainty of the model's inputs or structure.");
        lines.add("Steady-state figures leave out the warm-up (" + warmup(result.study()) + "); a horizon too short"
                + " for the network to settle biases them.");
        lines.add("Common random numbers pair the design points: differences and effects are sharper than"
                + " independent runs would give, but every point sees the same few random paths.");
        lines.addAll(result.threats());
        String kind = result.study().design().kind();
        if (kind.equals("factorial")) {
            lines.add("Two levels per factor see only the ends of each range: a response that bends between them is"
                    + " read as a straight line.");
        } else if (kind.equals("sobol")) {
            lines.add("Sobol indices are estimated from each point's mean over replications: noise left in the means"
                    + " adds to the variance they divide; small N widens the bootstrap intervals.");
        } else if (kind.equals("morris")) {
            lines.add("Morris screening ranks factors; mu* and sigma are not shares of the variance and carry no"
                    + " interval here.");
        }
        return lines;
    }

    private static List<String> provenance(StudyResult result) {
        StudyFile study = result.study();
        String version = StudyReport.class.getPackage().getImplementationVersion();
        return List.of("study file: " + study.file().getFileName(), "base scenario: " + base(study),
                "master seed " + study.seed() + "; replication seeds " + result.seeds(),
                "runs recorded in runs/points.jsonl (a sweep folder; its manifest fingerprints the plan, the base"
                        + " scenario and every data file read)",
                "depinlab " + (version == null ? "development build" : version));
    }

    private static void section(StringBuilder html, String title, List<String> lines) {
        html.append("<h2>").append(title).append("</h2>\n<ul>\n");
        lines.forEach(line -> html.append("<li>").append(ReportHtml.escape(line)).append("</li>\n"));
        html.append("</ul>\n");
    }

    private static String warmup(StudyFile study) {
        return study.warmupDays().isPresent() ? StudyText.number(study.warmupDays().getAsDouble())
                + " days for every run" : "the base scenario's rule for every run (its warmup_days, else MSER-5)";
    }

    /** The base scenario relative to the study file's folder (no machine's absolute path in the outputs). */
    private static String base(StudyFile study) {
        Path folder = study.file().toAbsolutePath().normalize().getParent();
        return folder.relativize(study.base().toAbsolutePath().normalize()).toString().replace('\\', '/');
    }

    private static void number(ObjectNode node, String name, double value) {
        if (Double.isFinite(value)) {
            node.put(name, value);
        } else {
            node.putNull(name);
        }
    }
}
