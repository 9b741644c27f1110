package org.depinlab.simulator.sweep;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.depinlab.simulator.report.Charts;
import org.depinlab.simulator.report.ReportHtml;

/**
 * The answer of a sweep over spot-check shares (and, optionally, cheater shares): for each set of
 * cheaters, the spot-check share at which cheating stops paying, where the cheaters' profit per GPU
 * falls to the honest operators' or below.
 *
 * <p>At each swept spot-check share, {@value #CHEATER} − {@value #HONEST} is paired replication by
 * replication (a replication where no operator was drawn a cheater has no pair). Cheating stops
 * paying from the lowest share above which the mean difference is never above 0: linearly
 * interpolated between the last share where it is above 0 and the next. The verification overhead
 * there is the mean {@value #OVERHEAD} interpolated the same way.
 */
public final class CheatingThreshold {

    static final String CHEATERS = "adversaries.cheaters";
    static final String CHECKS = "adversaries.verification.spot_check_share";
    static final String CHEATER = "cheater_profit_per_gpu_usd";
    static final String HONEST = "honest_profit_per_gpu_usd";
    static final String OVERHEAD = "verification_overhead_share";

    private static final ObjectMapper JSON = new ObjectMapper();

    private CheatingThreshold() {
    }

    /** Where cheating stops paying along the swept spot-check shares. */
    sealed interface Outcome {

        /** In words, for the report. */
        String describe();

        /**
         * It pays below {@code share} and no longer from it on, at {@code overhead} of the GPU time
         * delivered; {@code clear} when the paired differences' 95 % intervals at the swept shares
         * either side both exclude 0.
         */
        record At(double share, double overhead, boolean clear) implements Outcome {
            @Override
            public String describe() {
                return String.format(Locale.ROOT, "%s (verification overhead %s%s)", percent(share), percent(overhead),
                        clear ? "" : "; the difference either side is not clear of 0 at 95 %");
            }
        }

        /** It pays at no swept share, the lowest included. */
        record NeverPays(double lowest) implements Outcome {
            @Override
            public String describe() {
                return "never pays (not even at " + percent(lowest) + ")";
            }
        }

        /** It still pays {@code differenceUsd} per GPU more at the highest swept share. */
        record NotWithin(double highest, double differenceUsd) implements Outcome {
            @Override
            public String describe() {
                return String.format(Locale.ROOT, "does not stop within the grid (still %,.0f USD per GPU more at %s)",
                        differenceUsd, percent(highest));
            }
        }

        /** No replication drew a cheater at any share. */
        record NoCheaters() implements Outcome {
            @Override
            public String describe() {
                return "no operator was drawn a cheater";
            }
        }
    }

    /**
     * One swept spot-check share for one set of cheaters.
     *
     * @param share      the spot-check share
     * @param difference cheater − honest profit per GPU (USD), paired by replication
     * @param overhead   mean verification overhead over the share's replications
     */
    record Level(double share, PairedDifference difference, double overhead) {
    }

    /**
     * One set of cheaters.
     *
     * @param cheaters the point's {@code adversaries.cheaters} as recorded ("" when not swept)
     * @param levels   by spot-check share ascending
     * @param outcome  where cheating stops paying
     */
    record Row(String cheaters, List<Level> levels, Outcome outcome) {
    }

    /**
     * The rows of a sweep's results (any order), cheaters in the sweep's order; none unless every run
     * sets the spot-check share and records both profits.
     */
    static List<Row> rows(List<RunRecord> results) {
        Map<String, TreeMap<Double, List<RunRecord>>> byCheaters = new LinkedHashMap<>();
        for (RunRecord r : results.stream().sorted(RunRecord.ORDER).toList()) {
            String share = r.values().get(CHECKS);
            if (share == null || !r.figures().containsKey(CHEATER) || !r.figures().containsKey(HONEST)) {
                return List.of();
            }
            try {
                byCheaters.computeIfAbsent(r.values().getOrDefault(CHEATERS, ""), k -> new TreeMap<>())
                        .computeIfAbsent(Double.parseDouble(share), k -> new ArrayList<>()).add(r);
            } catch (NumberFormatException e) {
                return List.of();
            }
        }
        List<Row> rows = new ArrayList<>();
        byCheaters.forEach((cheaters, byShare) -> {
            List<Level> levels = new ArrayList<>();
            byShare.forEach((share, runs) -> levels.add(level(share, runs)));
            rows.add(new Row(cheaters, levels, outcome(levels)));
        });
        return rows;
    }

    private static Level level(double share, List<RunRecord> runs) {
        Map<Integer, Double> cheater = new HashMap<>();
        Map<Integer, Double> honest = new HashMap<>();
        SummaryStatistics overhead = new SummaryStatistics();
        for (RunRecord r : runs) {
            Double c = r.figures().get(CHEATER);
            Double h = r.figures().get(HONEST);
            if (c != null && h != null && Double.isFinite(c) && Double.isFinite(h)) {
                cheater.put(r.replication(), c);
                honest.put(r.replication(), h);
            }
            Double o = r.figures().get(OVERHEAD);
            if (o != null && Double.isFinite(o)) {
                overhead.addValue(o);
            }
        }
        return new Level(share, PairedDifference.of(cheater, honest),
                overhead.getN() > 0 ? overhead.getMean() : Double.NaN);
    }

    private static Outcome outcome(List<Level> all) {
        List<Level> levels = all.stream().filter(l -> l.difference().pairs() > 0).toList();
        if (levels.isEmpty()) {
            return new Outcome.NoCheaters();
        }
        double[] shares = levels.stream().mapToDouble(Level::share).toArray();
        double[] means = levels.stream().mapToDouble(l -> l.difference().mean()).toArray();
        Crossing crossing = Crossing.of(shares, means, mean -> mean > 0);
        if (crossing instanceof Crossing.Nowhere) {
            return new Outcome.NeverPays(levels.get(0).share());
        }
        if (crossing instanceof Crossing.At at) {
            Level pays = levels.get(at.before());
            Level stops = levels.get(at.before() + 1);
            return new Outcome.At(at.x(), pays.overhead() + at.t() * (stops.overhead() - pays.overhead()),
                    pays.difference().excludesZero() && stops.difference().excludesZero());
        }
        Level pays = levels.get(levels.size() - 1);
        return new Outcome.NotWithin(pays.share(), pays.difference().mean());
    }

    /** The lead sentence, when the sweep is such a sweep. */
    public static Optional<String> answer(List<RunRecord> results) {
        List<Row> rows = rows(results);
        if (rows.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder lead = new StringBuilder("Cheating stops paying (the cheaters' profit per GPU at or below the"
                + " honest operators') at a spot-check share of: ");
        for (int i = 0; i < rows.size(); i++) {
            lead.append(i == 0 ? "" : "; ").append(label(rows.get(i).cheaters())).append(": ")
                    .append(rows.get(i).outcome().describe());
        }
        return Optional.of(lead.append('.').toString());
    }

    /**
     * The section of {@code report.html} that opens with the answer: the lead sentence, how it is
     * found, a table of every set of cheaters with the paired difference at each share, and why the
     * analytic threshold is not computed from the sweep; empty when the sweep is not such a sweep.
     */
    static String section(List<RunRecord> results) {
        Optional<String> answer = answer(results);
        if (answer.isEmpty()) {
            return "";
        }
        List<Row> rows = rows(results);
        List<Double> shares = rows.stream().flatMap(r -> r.levels().stream()).map(Level::share).distinct().sorted()
                .toList();
        StringBuilder html = new StringBuilder("<h2>Where cheating stops paying</h2>\n<p>")
                .append(ReportHtml.escape(answer.get())).append("</p>\n<p>At each spot-check share, the cheaters'"
                        + " minus the honest operators' profit per GPU over the run (USD), paired by replication:"
                        + " mean [95 % interval] (pairs; a replication that drew no cheater has none). Cheating stops"
                        + " paying from the lowest share above which the mean is never above 0, interpolated linearly"
                        + " between the swept shares, as is the verification overhead (spot-check GPU time over GPU"
                        + " time delivered) there.</p>\n<table>\n<tr><th>cheaters</th><th>stops paying at</th>");
        shares.forEach(s -> html.append("<th>").append(ReportHtml.escape(percent(s))).append(" checked</th>"));
        html.append("</tr>\n");
        for (Row row : rows) {
            html.append("<tr><td>").append(ReportHtml.escape(label(row.cheaters()))).append("</td><td>")
                    .append(ReportHtml.escape(row.outcome().describe())).append("</td>");
            Map<Double, Level> byShare = new HashMap<>();
            row.levels().forEach(l -> byShare.put(l.share(), l));
            shares.forEach(s -> html.append("<td>").append(ReportHtml.escape(Optional.ofNullable(byShare.get(s))
                    .map(l -> cell(l.difference())).orElse(""))).append("</td>"));
            html.append("</tr>\n");
        }
        html.append("</table>\n").append(chart(rows, shares));
        return html.append("<p>").append(ReportHtml.escape(ANALYTIC)).append("</p>\n").toString();
    }

    /**
     * The paired differences as a forest plot, a row per share, a marker per set of cheaters, a line
     * at 0. An interval reaching further than half the means' spread beyond them is cut there (a
     * sentence says so) lest two replications' t interval flatten every mean.
     */
    private static String chart(List<Row> rows, List<Double> shares) {
        double[] means = rows.stream().flatMap(r -> r.levels().stream()).filter(l -> l.difference().pairs() > 0)
                .mapToDouble(l -> l.difference().mean()).toArray();
        double lowest = Math.min(0, Arrays.stream(means).min().orElse(0));
        double highest = Math.max(0, Arrays.stream(means).max().orElse(0));
        double margin = (highest - lowest) / 2;
        boolean[] cut = {false};
        Map<String, List<double[]>> differences = new LinkedHashMap<>();
        for (Row row : rows) {
            Map<Double, PairedDifference> byShare = new HashMap<>();
            row.levels().forEach(l -> byShare.put(l.share(), l.difference()));
            differences.put(label(row.cheaters()), shares.stream().map(share -> {
                PairedDifference d = byShare.get(share);
                if (d == null || d.pairs() == 0) {
                    return new double[] {Double.NaN, Double.NaN, Double.NaN};
                }
                double low = Math.max(d.low(), lowest - margin);
                double high = Math.min(d.high(), highest + margin);
                cut[0] |= low > d.low() || high < d.high();
                return new double[] {d.mean(), low, high};
            }).toList());
        }
        String svg = Charts.forest("cheatingpays", "Cheaters' minus honest profit per GPU, by share"
                + " checked", "USD per GPU, paired by replication", shares.stream().map(s -> percent(s) + " checked")
                .toList(), differences);
        return svg + (cut[0] ? "<p>Intervals reaching further than half the means' spread beyond them are cut there;"
                + " the table gives them whole.</p>\n" : "");
    }

    /**
     * Why the sweep's crossing is not set beside p* = gain / (slash + future income lost): the sweep
     * records none of the three per cheater.
     */
    static final String ANALYTIC = "The analytic threshold p* = gain / (slash + future income lost) is not computed"
            + " here: a sweep records run-level figures only, and none of the three terms is among them (a cheater's"
            + " gain per cheated epoch, its bonded stake at the price, its income per epoch times the ejection)."
            + " p* is a rational cheater's own decision, epoch by epoch (rational: true; its switch at p* is tested"
            + " against the formula in the model); cheaters that are not rational cheat at every share, so the"
            + " crossing above is where the penalties they suffer outweigh what they take, not where they would"
            + " choose to stop.";

    private static String cell(PairedDifference d) {
        if (d.pairs() == 0) {
            return "no cheater";
        }
        return d.pairs() == 1 ? String.format(Locale.ROOT, "%,.0f (1 pair)", d.mean())
                : String.format(Locale.ROOT, "%,.0f [%,.0f, %,.0f] (%d pairs)", d.mean(), d.low(), d.high(), d.pairs());
    }

    /** A share as a percentage, at most three significant digits: {@code 0.0125} is {@code 1.25 %}. */
    static String percent(double share) {
        return new BigDecimal(100 * share).round(new MathContext(3)).stripTrailingZeros().toPlainString() + " %";
    }

    /**
     * A recorded set of cheaters as a reader says it: {@code 10 % of prosumer operators,
     * fake_completion}; the base scenario's when they were not swept.
     */
    static String label(String cheaters) {
        if (cheaters.isEmpty()) {
            return "the base scenario's cheaters";
        }
        try {
            List<String> parts = new ArrayList<>();
            for (JsonNode cheater : JSON.readTree(cheaters)) {
                parts.add(percent(cheater.path("share").asDouble()) + " of " + cheater.path("class").asText()
                        + " operators, " + cheater.path("strategy").asText()
                        + (cheater.path("rational").asBoolean(false) ? ", rational" : ""));
            }
            return String.join(" and ", parts);
        } catch (JsonProcessingException e) {
            return cheaters;
        }
    }
}
