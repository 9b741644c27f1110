package org.depinlab.simulator.report;

import java.awt.Color;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.depinlab.simulator.model.EconomyRun;
import org.depinlab.simulator.model.EnergyGroup;
import org.depinlab.simulator.model.EpochStats;
import org.depinlab.simulator.model.LatencySummary;
import org.depinlab.simulator.model.RunResult;
import org.depinlab.simulator.protocol.OperatorStandings;
import org.depinlab.simulator.protocol.ProtocolEpoch;
import org.depinlab.simulator.protocol.ValueCaptureSeries;
import org.depinlab.simulator.scenario.Scenario;
import org.depinlab.simulator.workload.WorkloadConfig;
import org.depinlab.tokenomics.concentration.ConcentrationMetrics;
import org.depinlab.tokenomics.concentration.LorenzCurve;

/**
 * {@code report.html}: one self-contained page (XHTML, so any XML parser reads it) with the key
 * figures, the charts as inline SVG, the scenario echoed and the provenance. Every name from the
 * scenario is escaped.
 */
public final class ReportHtml {

    private static final String STYLE = "body{font-family:sans-serif;max-width:760px;margin:2em auto;color:#222}"
            + "table{border-collapse:collapse}td,th{padding:2px 10px;border-bottom:1px solid #ddd;text-align:left}"
            + "td{font-variant-numeric:tabular-nums}code{color:#777;font-size:11px}nav ol{columns:2}"
            + "pre{background:#f4f4f4;padding:1em;overflow:auto;font-size:12px}svg{margin:1em 0;max-width:100%;"
            + "height:auto}.no-data{background:#f4f4f4;padding:.5em 1em}";
    /** The page's sections: anchor and heading, in order; those of the mechanisms that are off are left out. */
    private static final List<String[]> SECTIONS = List.of(new String[] {"summary", "Summary"},
            new String[] {"figures", "Key figures"}, new String[] {"throughput", "Throughput"},
            new String[] {"energy", "Energy and emissions"}, new String[] {"token", "Token"},
            new String[] {"concentration", "Operators and concentration"},
            new String[] {"adversaries", "Cheating and verification"}, new String[] {"spoofing", "Spoofed capacity"}, new String[] {"scenario", "Scenario"},
            new String[] {"provenance", "Provenance"});

    private ReportHtml() {
    }

    private static String contents(RunFigures figures) {
        StringBuilder nav = new StringBuilder("<nav><ol>\n");
        for (String[] section : SECTIONS) {
            boolean shown = switch (section[0]) {
                case "token", "concentration" -> figures.hasProtocol();
                case "adversaries" -> figures.hasAdversaries();
                case "spoofing" -> figures.hasSpoofing();
                default -> true;
            };
            if (shown) {
                nav.append("<li><a href=\"#").append(section[0]).append("\">").append(section[1]).append("</a></li>\n");
            }
        }
        return nav.append("</ol></nav>\n").toString();
    }

    /** The page; {@code files} are the run's other outputs (relative paths), linked from its head. */
    static String page(RunFigures figures, String scenarioText, String version, List<String> files) {
        Scenario scenario = figures.scenario();
        long seed = figures.seed();
        EconomyRun run = figures.run();
        RunResult r = run.network();
        StringBuilder html = new StringBuilder();
        html.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\">\n<head>\n"
                + "<meta charset=\"utf-8\"/>\n<title>").append(escape(scenario.name())).append(" — depinlab</title>\n"
                + "<style>").append(STYLE).append("</style>\n</head>\n<body>\n");
        html.append("<h1>").append(escape(scenario.name())).append("</h1>\n");
        if (!scenario.description().isBlank()) {
            html.append("<p>").append(escape(scenario.description().strip())).append("</p>\n");
        }
        html.append(contents(figures));
        html.append("<h2 id=\"summary\">Summary</h2>\n").append(Summary.html(figures));
        html.append("<p class=\"files\">Data: ");
        List<String> links = new ArrayList<>();
        for (String file : files) {
            if (!file.equals("report.html")) {
                links.add("<a href=\"" + escape(file) + "\">" + escape(file) + "</a>");
            }
        }
        html.append(String.join(" · ", links)).append("</p>\n");
        html.append("<h2 id=\"figures\">Key figures</h2>\n<table>\n"
                + "<tr><th>figure</th><th>value</th><th>run.json key</th></tr>\n");
        for (Column<RunFigures> column : figures.columns()) {
            html.append("<tr><th>").append(escape(FigureLabels.label(column))).append("</th><td>")
                    .append(escape(FigureLabels.value(column, column.of(figures)))).append("</td><td><code>")
                    .append(escape(column.name())).append("</code></td></tr>\n");
        }
        html.append("</table>\n");
        html.append("<h2 id=\"throughput\">Throughput</h2>\n");
        double[] days = days(r.epochs());
        html.append(Charts.lines("jobs", "Completed jobs per second", "day", "jobs/s", days,
                Map.of("jobs/s", series(r.epochs(), EpochStats::jobsPerSecond))));
        html.append(Charts.lines("flops", "Delivered PFLOP/s", "day", "PFLOP/s", days,
                Map.of("PFLOP/s", series(r.epochs(), e -> e.deliveredFlopPerSecond() / 1e15))));
        Map<String, double[]> utilization = new LinkedHashMap<>();
        for (int m = 0; m < r.models().size(); m++) {
            int model = m;
            utilization.put(r.models().get(m), series(r.epochs(), e -> e.utilization().get(model)));
        }
        html.append(Charts.lines("utilization", "GPU utilization by model", "day", "busy / online", days, utilization));
        html.append(waits(r));
        html.append(energy(figures.energy(), !scenario.setsEnergyPhysics()));
        if (run.protocol() != null) {
            html.append(protocolCharts(run, days));
        }
        if (figures.hasAdversaries()) {
            html.append(AdversaryReport.section(figures, days));
        }
        if (figures.hasSpoofing()) {
            html.append(SpoofingReport.section(figures.spoofing(), days));
        }
        html.append("<h2 id=\"scenario\">Scenario</h2>\n<pre>").append(escape(scenarioText)).append("</pre>\n");
        html.append("<h2 id=\"provenance\">Provenance</h2>\n<table>\n");
        row(html, "depinlab", version);
        row(html, "scenario file", scenario.file().getFileName().toString());
        row(html, "seed", Long.toString(seed));
        for (int m = 0; m < r.models().size(); m++) {
            row(html, "GPU profile " + r.models().get(m), r.profileLabels().get(m));
        }
        if (scenario.model().workload() instanceof WorkloadConfig.Trace trace) {
            row(html, "trace", trace.replay().podList().file().getFileName()
                    + " (Alibaba GPU cluster trace v2023; Weng et al., USENIX ATC 2023)");
        }
        row(html, "events fired", String.format(Locale.ROOT, "%,d", r.eventsFired()));
        html.append("</table>\n</body>\n</html>\n");
        return html.toString();
    }

    private static String waits(RunResult r) {
        List<String> classes = new ArrayList<>();
        Map<String, double[]> percentiles = new LinkedHashMap<>();
        double[] p50 = new double[r.latency().size()];
        double[] p90 = new double[r.latency().size()];
        double[] p99 = new double[r.latency().size()];
        for (int c = 0; c < r.latency().size(); c++) {
            LatencySummary l = r.latency().get(c);
            classes.add(l.jobClass());
            p50[c] = l.waitP50();
            p90[c] = l.waitP90();
            p99[c] = l.waitP99();
        }
        percentiles.put("p50", p50);
        percentiles.put("p90", p90);
        percentiles.put("p99", p99);
        return Charts.bars("waits", "Wait in queue by job class", "job class", "seconds", classes, percentiles);
    }

    /** The energy section's charts, after the energy answer unless the report led with it. */
    private static String energy(EnergyFigures energy, boolean withAnswer) {
        List<String> groups = new ArrayList<>();
        double[] kwh = new double[energy.groups().size()];
        double[] co2e = new double[kwh.length];
        Map<String, double[]> split = new LinkedHashMap<>();
        split.put("busy", new double[kwh.length]);
        split.put("idle", new double[kwh.length]);
        split.put("wasted (interrupted)", new double[kwh.length]);
        for (int g = 0; g < kwh.length; g++) {
            EnergyGroup group = energy.groups().get(g);
            groups.add(EnergyFigures.label(group));
            kwh[g] = EnergyFigures.kwhPerPflop(group);
            co2e[g] = EnergyFigures.co2eKgPerPflop(group);
            split.get("busy")[g] = group.busyJoules() / 3.6e6;
            split.get("idle")[g] = group.idleJoules() / 3.6e6;
            split.get("wasted (interrupted)")[g] = group.wastedJoules() / 3.6e6;
        }
        String answer = withAnswer ? energy.answer().map(a -> "<p>" + escape(a) + "</p>\n").orElse("") : "";
        return "<h2 id=\"energy\">Energy and emissions</h2>\n" + answer
                + Charts.bars("energyperpflop", "Facility energy per PFLOP by GPU model and region", "GPU model in region",
                        "kWh/PFLOP", groups, Map.of("kWh/PFLOP", kwh))
                + Charts.bars("carbonperpflop", "Emissions per PFLOP by GPU model and region", "GPU model in region",
                        "kgCO2e/PFLOP", groups, Map.of("kgCO2e/PFLOP", co2e))
                + Charts.bars("energysplit", "Facility energy by GPU model and region: busy, idle, wasted",
                        "GPU model in region", "kWh", groups, split);
    }

    private static String protocolCharts(EconomyRun run, double[] days) {
        List<ProtocolEpoch> epochs = run.protocol().epochs();
        double[] x = axis(days, epochs.size());
        StringBuilder html = new StringBuilder("<h2 id=\"token\">Token</h2>\n");
        html.append(Charts.lines("price", "Token price", "day", "USD", x,
                Map.of("price", series(epochs, ProtocolEpoch::priceUsd))));
        html.append(Charts.lines("supply", "Token supply", "day", "tokens", x,
                Map.of("supply", series(epochs, ProtocolEpoch::supplyTokens))));
        html.append(Charts.lines("inflation", "Inflation per epoch", "day", "minted / supply", x,
                Map.of("inflation", series(epochs, ProtocolEpoch::inflation))));
        html.append("<h2 id=\"concentration\">Operators and concentration</h2>\n");
        Map<String, double[]> operators = new LinkedHashMap<>();
        operators.put("active", series(epochs, e -> e.operatorsActive()));
        operators.put("entries", series(epochs, e -> e.entries()));
        operators.put("exits", series(epochs, e -> e.exits()));
        html.append(Charts.lines("operators", "Operators active, entering, exiting", "day", "operators", x, operators));
        Map<String, double[]> gini = new LinkedHashMap<>();
        gini.put("rewards, true", series(epochs, ProtocolEpoch::rewardGiniTrue));
        gini.put("rewards, apparent", series(epochs, ProtocolEpoch::rewardGiniApparent));
        gini.put("fiat profit, true", series(epochs, ProtocolEpoch::profitGiniTrue));
        gini.put("GPUs in service, true", series(epochs, ProtocolEpoch::capacityGiniTrue));
        gini.put("token wealth, all holders", series(epochs, e -> e.tokenWealth().giniAllHolders()));
        gini.put("token wealth, operators", series(epochs, e -> e.tokenWealth().giniOperators()));
        html.append(Charts.lines("gini", "Gini coefficient", "day", "Gini", x, gini));
        Map<String, double[]> nakamoto = new LinkedHashMap<>();
        nakamoto.put("rewards, true", series(epochs, e -> e.rewardNakamotoTrue()));
        nakamoto.put("rewards, apparent", series(epochs, e -> e.rewardNakamotoApparent()));
        nakamoto.put("GPUs in service, true", series(epochs, e -> e.capacityNakamotoTrue()));
        html.append(Charts.lines("nakamoto", "Nakamoto coefficient", "day", "holders of a majority", x, nakamoto));
        Map<String, double[][]> rewardCurves = new LinkedHashMap<>();
        Map<String, double[][]> profitCurves = new LinkedHashMap<>();
        for (OperatorStandings standings : run.protocol().standings()) {
            String when = "day " + NumberText.of((standings.epoch() + 1) * epochDays(run));
            rewardCurves.put(when, curve(standings.rewardTokens().stream().mapToDouble(Double::doubleValue).toArray()));
            profitCurves.put(when, curve(standings.profitUsd().stream().mapToDouble(v -> Math.max(0, v)).toArray()));
        }
        html.append(Charts.lorenz("lorenzrewards", "Lorenz curves of cumulative rewards", rewardCurves));
        html.append(Charts.lorenz("lorenzprofit", "Lorenz curves of cumulative fiat profit (floored at 0)",
                profitCurves));
        Map<String, double[]> shares = new LinkedHashMap<>();
        List<String> classes = run.network().operators().stream().map(o -> o.operatorClass()).distinct().toList();
        for (int c = 0; c < classes.size(); c++) {
            int index = c;
            shares.put(classes.get(c), series(epochs, e -> index < e.rewardShareByClass().size()
                    ? e.rewardShareByClass().get(index) : Double.NaN));
        }
        html.append(Charts.lines("classes", "Reward share by operator class", "day", "share", x, shares));
        html.append(valueCapture(run.protocol().valueCapture(), x));
        return html.toString();
    }

    private static String valueCapture(ValueCaptureSeries capture, double[] x) {
        Map<String, double[]> shares = new LinkedHashMap<>();
        List<Color> paints = new ArrayList<>();
        int holders = 0;
        for (int g = 0; g < capture.groups().size(); g++) {
            int group = g;
            boolean holder = capture.kinds().get(g).equals(ValueCaptureSeries.ALLOCATION_HOLDER);
            shares.put(capture.groups().get(g) + (holder ? " (allocation)" : " (operators)"),
                    series(capture.epochs(), e -> e.cumulativeShare().get(group)));
            paints.add(holder ? Palette.WARM.get(holders % Palette.WARM.size())
                    : Palette.COOL.get((g - holders) % Palette.COOL.size()));
            holders += holder ? 1 : 0;
        }
        return Charts.stackedArea("valuecapture", "Value captured by stakeholder group (cumulative)", "day",
                "share of value to date", x, shares, paints);
    }

    private static double epochDays(EconomyRun run) {
        List<EpochStats> epochs = run.network().epochs();
        return epochs.isEmpty() ? 0 : epochs.get(0).endSeconds() / 86_400;
    }

    private static double[][] curve(double[] values) {
        if (java.util.Arrays.stream(values).sum() <= 0) {
            return new double[][] {{0, 1}, {0, 1}};
        }
        LorenzCurve lorenz = ConcentrationMetrics.lorenz(values);
        return new double[][] {lorenz.populationShares(), lorenz.valueShares()};
    }

    private static double[] days(List<EpochStats> epochs) {
        return epochs.stream().mapToDouble(e -> e.endSeconds() / 86_400).toArray();
    }

    /** The x axis of a series of {@code n} per epoch: {@code days} when they match, else the epochs' indices. */
    static double[] axis(double[] days, int n) {
        if (days.length == n) {
            return days;
        }
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i;
        }
        return x;
    }

    private static <T> double[] series(List<T> items, java.util.function.ToDoubleFunction<T> value) {
        return items.stream().mapToDouble(value).toArray();
    }

    private static void row(StringBuilder html, String key, String value) {
        html.append("<tr><th>").append(escape(key)).append("</th><td>").append(escape(value)).append("</td></tr>\n");
    }

    /** Escapes text for HTML element content and attribute values. */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
