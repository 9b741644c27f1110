package org.depinlab.simulator.sweep;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.DoublePredicate;
import java.util.function.Function;

import org.depinlab.simulator.report.ReportHtml;

/**
 * The Sybil break-even cost of a sweep over reward rules × identity limits × identity costs: for
 * each rule and limit, the identity cost at and below which splitting has undone the rule, its true
 * (per owner) reward Gini back at pro-rata's.
 *
 * <p>At each swept cost, the rule's {@value #GINI} is paired replication by replication (common
 * random numbers) with that of {@code pro_rata_work} without a cap at the same limit and cost. The
 * rule is back at pro-rata's at that cost when the upper end of the 95 % interval (Student's t) of
 * the paired differences (rule − pro-rata) is at or above 0; with one replication, when the
 * difference is. The break-even cost is the highest such swept cost, interpolated linearly on that
 * upper end towards the next swept cost (where the rule is still significantly lower).
 *
 * <p>Beside it, per rule and limit above one, the identity cost that stops splitting: the lowest
 * swept cost from which splitting no longer raises the rule's true Gini above the same rule's at
 * one identity per operator (paired by replication at the same cost).
 */
public final class SybilBreakEven {

    static final String RULE = "protocol.reward";
    static final String LIMIT = "protocol.sybil.max_identities";
    static final String COST = "protocol.sybil.cost_usd_per_identity_epoch";
    static final String GINI = "reward_gini_true_mean";

    /** {@code pro_rata_work} without a cap, as a sweep records a point's {@code protocol.reward}. */
    static final String REFERENCE = "{\"rule\":\"pro_rata_work\"}";

    private SybilBreakEven() {
    }

    /** Where a rule's true Gini meets pro-rata's along the swept identity costs. */
    sealed interface Outcome {

        /** In words, for the report. */
        String describe();

        /** Back at pro-rata's at and below {@code costUsd}, significantly lower above it. */
        record At(double costUsd) implements Outcome {
            @Override
            public String describe() {
                return String.format(Locale.ROOT, "%.1f USD", costUsd);
            }
        }

        /** At or above pro-rata's at every swept cost, the highest included: the rule lowers nothing to undo. */
        record AtEveryCost(double highestUsd) implements Outcome {
            @Override
            public String describe() {
                return "never below pro-rata's (at every swept cost up to " + usd(highestUsd) + ")";
            }
        }

        /** Significantly lower than pro-rata's at every swept cost, the lowest included. */
        record NotReached(double lowestUsd) implements Outcome {
            @Override
            public String describe() {
                return "not reached within the swept costs (lower even at " + usd(lowestUsd) + ")";
            }
        }
    }

    /**
     * From which identity cost splitting no longer raises a rule's true Gini above the rule's own
     * without splitting (the same rule at one identity per operator, paired by replication).
     */
    sealed interface Deterrence {

        /** In words, for the report. */
        String describe();

        /** Splitting raises the Gini below {@code costUsd} and no longer from it on. */
        record From(double costUsd) implements Deterrence {
            @Override
            public String describe() {
                return String.format(Locale.ROOT, "%.1f USD", costUsd);
            }
        }

        /** Splitting raises it at no swept cost, the lowest included. */
        record Never(double lowestUsd) implements Deterrence {
            @Override
            public String describe() {
                return "splitting never raises it (from " + usd(lowestUsd) + ")";
            }
        }

        /** Splitting still raises it at the highest swept cost. */
        record NotWithin(double highestUsd) implements Deterrence {
            @Override
            public String describe() {
                return "above " + usd(highestUsd);
            }
        }
    }

    /**
     * One rule at one identity limit.
     *
     * @param rule       the point's {@code protocol.reward} as recorded
     * @param limit      {@code protocol.sybil.max_identities}
     * @param outcome    its break-even cost
     * @param deterrence the identity cost that stops splitting from raising its Gini; null at one
     *                   identity per operator or when the sweep did not run the rule at one identity
     */
    record Row(String rule, int limit, Outcome outcome, Deterrence deterrence) {
    }

    /**
     * The rows of a sweep's results (any order), rules in the sweep's order, limits ascending; none
     * unless every run sets the rule, the limit and the cost and pro-rata is among the rules.
     */
    static List<Row> rows(List<RunRecord> results) {
        Map<String, Map<Integer, TreeMap<Double, Map<Integer, Double>>>> ginis = new LinkedHashMap<>();
        for (RunRecord r : results.stream().sorted(RunRecord.ORDER).toList()) {
            String rule = r.values().get(RULE);
            Double gini = r.figures().get(GINI);
            if (rule == null || !r.values().containsKey(LIMIT) || !r.values().containsKey(COST)) {
                return List.of();
            }
            double limit;
            double cost;
            try {
                limit = Double.parseDouble(r.values().get(LIMIT));
                cost = Double.parseDouble(r.values().get(COST));
            } catch (NumberFormatException e) {
                return List.of();
            }
            if (gini != null && Double.isFinite(gini)) {
                ginis.computeIfAbsent(rule, k -> new TreeMap<>()).computeIfAbsent((int) limit, k -> new TreeMap<>())
                        .computeIfAbsent(cost, k -> new TreeMap<>()).put(r.replication(), gini);
            }
        }
        Map<Integer, TreeMap<Double, Map<Integer, Double>>> reference = ginis.get(REFERENCE);
        if (reference == null) {
            return List.of();
        }
        List<Row> rows = new ArrayList<>();
        ginis.forEach((rule, byLimit) -> {
            if (!rule.equals(REFERENCE)) {
                TreeMap<Double, Map<Integer, Double>> unsplit = byLimit.get(1);
                byLimit.forEach((limit, byCost) -> {
                    List<double[]> upper = upperEnds(byCost, reference.getOrDefault(limit, new TreeMap<>()));
                    if (!upper.isEmpty()) {
                        List<double[]> notRaised = limit == 1 || unsplit == null ? List.of()
                                : upperEnds(unsplit, byCost);
                        rows.add(new Row(rule, limit, outcome(upper), notRaised.isEmpty() ? null
                                : deterrence(notRaised)));
                    }
                });
            }
        });
        return rows;
    }

    /** {cost, upper end of the paired differences' interval} at every cost both the rule and pro-rata ran. */
    private static List<double[]> upperEnds(TreeMap<Double, Map<Integer, Double>> rule,
                                            TreeMap<Double, Map<Integer, Double>> reference) {
        List<double[]> upper = new ArrayList<>();
        rule.forEach((cost, byReplication) -> {
            PairedDifference difference = PairedDifference.of(byReplication, reference.getOrDefault(cost, Map.of()));
            if (difference.pairs() > 0) {
                upper.add(new double[] {cost, difference.upper()});
            }
        });
        return upper;
    }

    private static Outcome outcome(List<double[]> upper) {
        Crossing crossing = crossing(upper, end -> end >= 0);
        if (crossing instanceof Crossing.At at) {
            return new Outcome.At(at.x());
        }
        return crossing instanceof Crossing.Nowhere ? new Outcome.NotReached(upper.get(0)[0])
                : new Outcome.AtEveryCost(upper.get(upper.size() - 1)[0]);
    }

    /**
     * From the upper ends of the interval of (unsplit − split) per cost: splitting no longer raises
     * the Gini where that upper end is at or above 0. The cost from which it holds at every higher
     * swept cost, interpolated linearly from the last cost where it does not.
     */
    private static Deterrence deterrence(List<double[]> notRaised) {
        Crossing crossing = crossing(notRaised, end -> end < 0);
        if (crossing instanceof Crossing.At at) {
            return new Deterrence.From(at.x());
        }
        return crossing instanceof Crossing.Nowhere ? new Deterrence.Never(notRaised.get(0)[0])
                : new Deterrence.NotWithin(notRaised.get(notRaised.size() - 1)[0]);
    }

    private static Crossing crossing(List<double[]> byCost, DoublePredicate holds) {
        return Crossing.of(byCost.stream().mapToDouble(c -> c[0]).toArray(),
                byCost.stream().mapToDouble(c -> c[1]).toArray(), holds);
    }

    /**
     * The section of {@code report.html} that opens with the figure: a sentence on the highest limit
     * swept and a table of every rule and limit; empty when the sweep is not such a sweep.
     */
    static String section(List<RunRecord> results) {
        List<Row> rows = rows(results);
        if (rows.isEmpty()) {
            return "";
        }
        int highest = rows.stream().mapToInt(Row::limit).max().orElseThrow();
        Figure breakEven = figure(rows, highest, row -> row.outcome().describe());
        StringBuilder html = new StringBuilder("<h2>Sybil break-even cost</h2>\n<p>")
                .append(ReportHtml.escape(String.format(Locale.ROOT, "With up to %d identities per operator, the"
                        + " true reward Gini (per owner) is back at pro_rata_work's at identity costs (USD per"
                        + " identity-epoch) up to: %s.", highest, breakEven.lead())))
                .append("</p>\n<p>The highest swept cost at which the upper end of the 95 % interval of the rule's"
                        + " true Gini minus pro-rata's (paired by replication, same limit and cost) is at or above 0,"
                        + " interpolated linearly towards the next swept cost.</p>\n").append(breakEven.table());
        List<Row> deterred = rows.stream().filter(row -> row.deterrence() != null).toList();
        if (deterred.isEmpty()) {
            return html.toString();
        }
        Figure stops = figure(deterred, highest, row -> row.deterrence().describe());
        return html.append("<h3>Identity cost that stops splitting</h3>\n<p>").append(ReportHtml.escape(String.format(
                Locale.ROOT, "With up to %d identities per operator, splitting no longer raises a rule's true reward"
                + " Gini above its own at one identity per operator from an identity cost (USD per identity-epoch)"
                + " of: %s.", highest, stops.lead()))).append("</p>\n<p>The lowest swept cost from which, at every"
                + " higher swept cost, the lower end of the 95 % interval of the rule's true Gini minus its own at one"
                + " identity (paired by replication, same cost) is at or below 0, interpolated linearly from the swept"
                + " cost below it.</p>\n").append(stops.table()).toString();
    }

    /**
     * A figure of the rows in words: the lead lists it at the highest limit, rule by rule; the table
     * has a row per rule and a column per limit.
     */
    private record Figure(String lead, String table) {
    }

    private static Figure figure(List<Row> rows, int highest, Function<Row, String> describe) {
        StringBuilder lead = new StringBuilder();
        Map<String, Map<Integer, String>> byRule = new LinkedHashMap<>();
        for (Row row : rows) {
            byRule.computeIfAbsent(row.rule(), k -> new TreeMap<>()).put(row.limit(), describe.apply(row));
            if (row.limit() == highest) {
                lead.append(lead.length() == 0 ? "" : "; ").append(label(row.rule())).append(": ")
                        .append(describe.apply(row));
            }
        }
        List<Integer> limits = rows.stream().map(Row::limit).distinct().sorted().toList();
        StringBuilder table = new StringBuilder("<table>\n<tr><th>rule</th>");
        limits.forEach(l -> table.append("<th>").append(l).append(l == 1 ? " identity" : " identities").append("</th>"));
        table.append("</tr>\n");
        byRule.forEach((rule, byLimit) -> {
            table.append("<tr><td>").append(ReportHtml.escape(label(rule))).append("</td>");
            limits.forEach(l -> table.append("<td>").append(ReportHtml.escape(byLimit.getOrDefault(l, "")))
                    .append("</td>"));
            table.append("</tr>\n");
        });
        return new Figure(lead.toString(), table.append("</table>\n").toString());
    }

    /** A swept cost as the sweep file writes it: {@code 0 USD}, {@code 2.5 USD}. */
    static String usd(double cost) {
        return new BigDecimal(Double.toString(cost)).stripTrailingZeros().toPlainString() + " USD";
    }

    /** A recorded rule as a reader writes it: {@code {rule: concave_work, alpha: 0.5}}. */
    static String label(String rule) {
        return rule.replace("\"", "").replace(":", ": ").replace(",", ", ");
    }
}
