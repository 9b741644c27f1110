package org.depinlab.simulator.sweep;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.depinlab.simulator.report.Column;
import org.depinlab.simulator.report.Columns;
import org.depinlab.simulator.report.ReportHtml;

/**
 * Reward rules side by side: in a sweep whose only varying field is {@code protocol.reward} and
 * whose rules include {@code {rule: pro_rata_work}} without a cap, how much each other rule changes
 * every output against pro-rata. Each rule's runs are paired replication by replication with
 * pro-rata's (common random numbers, the same seed) and the difference, rule − pro-rata, is given
 * as its mean with a 95 % interval ({@link PairedDifference}). An output differs detectably when
 * its interval excludes 0; with one replication there is no interval and nothing is detectable.
 *
 * <p>A sweep that varies another field as well (the Sybil sweep's identity limits and costs) gets no
 * comparison: which combination of the other fields would be the one to compare at is the
 * sweep's own question ({@link SybilBreakEven} answers the Sybil sweep's).
 */
final class RuleComparison {

    /** How a sentence names a difference: a count of things, an amount in a unit, or a unitless index. */
    enum Kind { COUNT, AMOUNT, INDEX }

    /** An output as a sentence names it. */
    record Phrase(String noun, Kind kind) {
    }

    /** The outputs compared when the sweep lists none (it records every figure), in this order. */
    static final Map<String, Phrase> ECONOMY = economy();

    /**
     * One rule against pro-rata.
     *
     * @param rule        the rule as a point records {@code protocol.reward}
     * @param differences by output (in the compared outputs' order), rule − pro-rata, paired by replication
     */
    record Row(String rule, Map<String, PairedDifference> differences) {
    }

    /**
     * A sweep's comparison.
     *
     * @param outputs  the outputs compared
     * @param proRata  pro-rata's mean over its replications, by output, for scale
     * @param rows     every other rule, in the sweep's point order
     */
    record Comparison(List<String> outputs, Map<String, Double> proRata, List<Row> rows) {
    }

    private RuleComparison() {
    }

    private static Map<String, Phrase> economy() {
        Map<String, Phrase> economy = new LinkedHashMap<>();
        economy.put("gpus_in_service_end", new Phrase("GPUs in service at the end", Kind.COUNT));
        economy.put("operator_entries", new Phrase("operator entries", Kind.COUNT));
        economy.put("operator_exits", new Phrase("operator exits", Kind.COUNT));
        economy.put("identities_end", new Phrase("identities at the end", Kind.COUNT));
        economy.put("jobs_completed", new Phrase("jobs completed", Kind.COUNT));
        economy.put("jobs_per_second", new Phrase("throughput", Kind.AMOUNT));
        economy.put("reward_gini_true_mean", new Phrase("true reward Gini (per owner, mean over epochs)", Kind.INDEX));
        economy.put("profit_gini_true_end", new Phrase("profit Gini (per owner, at the end)", Kind.INDEX));
        return economy;
    }

    /**
     * The comparison of {@code results} (any order) over {@code outputs} (empty: those of
     * {@link #ECONOMY} the runs record); none unless every run sets {@code protocol.reward}, every
     * other swept field has one value, pro-rata is among the rules and another rule is too.
     */
    static Optional<Comparison> of(List<RunRecord> results, List<String> outputs) {
        Map<String, Map<String, Map<Integer, Double>>> byRule = new LinkedHashMap<>();
        Map<String, String> others = null;
        for (RunRecord r : results.stream().sorted(RunRecord.ORDER).toList()) {
            Map<String, String> values = new TreeMap<>(r.values());
            String rule = values.remove(SybilBreakEven.RULE);
            if (rule == null || others != null && !others.equals(values)) {
                return Optional.empty();
            }
            others = values;
            Map<String, Map<Integer, Double>> figures = byRule.computeIfAbsent(rule, k -> new LinkedHashMap<>());
            r.figures().forEach((name, value) -> {
                if (Double.isFinite(value)) {
                    figures.computeIfAbsent(name, k -> new TreeMap<>()).put(r.replication(), value);
                }
            });
        }
        Map<String, Map<Integer, Double>> reference = byRule.remove(SybilBreakEven.REFERENCE);
        if (reference == null || byRule.isEmpty()) {
            return Optional.empty();
        }
        List<String> compared = outputs.isEmpty()
                ? ECONOMY.keySet().stream().filter(reference::containsKey).toList() : outputs;
        Map<String, Double> proRata = new LinkedHashMap<>();
        compared.forEach(o -> proRata.put(o, reference.getOrDefault(o, Map.of()).values().stream()
                .mapToDouble(Double::doubleValue).average().orElse(Double.NaN)));
        List<Row> rows = new ArrayList<>();
        byRule.forEach((rule, figures) -> {
            Map<String, PairedDifference> differences = new LinkedHashMap<>();
            compared.forEach(o -> differences.put(o, PairedDifference.of(figures.getOrDefault(o, Map.of()),
                    reference.getOrDefault(o, Map.of()))));
            rows.add(new Row(rule, differences));
        });
        return Optional.of(new Comparison(compared, proRata, rows));
    }

    /**
     * The sentence for one rule: each output whose interval excludes 0, by how much and which way,
     * then those with no detectable difference; outputs either side lacks are left out.
     */
    static String sentence(Row row) {
        List<String> detected = new ArrayList<>();
        List<String> undetected = new ArrayList<>();
        row.differences().forEach((output, d) -> {
            Phrase phrase = phrase(output);
            if (d.excludesZero()) {
                detected.add(clause(phrase, unit(output), d));
            } else if (d.pairs() > 0) {
                undetected.add(phrase.noun());
            }
        });
        StringBuilder sentence = new StringBuilder(SybilBreakEven.label(row.rule())).append(" vs pro_rata_work: ")
                .append(String.join(", ", detected));
        if (detected.isEmpty() && undetected.isEmpty()) {
            sentence.append("no replication paired with pro-rata's");
        }
        if (!undetected.isEmpty()) {
            sentence.append(detected.isEmpty() ? "" : "; ").append("no detectable difference in ")
                    .append(String.join(", ", undetected));
        }
        return sentence.append('.').toString();
    }

    private static String clause(Phrase phrase, String unit, PairedDifference d) {
        boolean up = d.mean() > 0;
        String low = number(up ? d.low() : -d.high());
        String high = number(up ? d.high() : -d.low());
        String size = number(Math.abs(d.mean()));
        return switch (phrase.kind()) {
            case COUNT -> size + (up ? " more " : " fewer ") + phrase.noun() + " (95 % CI " + low + " to " + high + ")";
            case AMOUNT, INDEX -> phrase.noun() + (up ? " higher by " : " lower by ") + size
                    + (phrase.kind() == Kind.INDEX || unit.isEmpty() ? "" : " " + unit) + " (95 % CI " + low + " to "
                    + high + ")";
        };
    }

    private static Phrase phrase(String output) {
        return ECONOMY.getOrDefault(output, new Phrase(output, Kind.AMOUNT));
    }

    /** The output's unit as {@link Columns} declares it ("" when it declares none). */
    static String unit(String output) {
        return Columns.named(Columns.RUN_ALL, output).map(Column::unit).orElse("");
    }

    /** Three significant digits, never an exponent: {@code 313}, {@code 0.0523}, {@code 3110000}. */
    static String number(double value) {
        return Double.isFinite(value)
                ? new BigDecimal(value).round(new MathContext(3)).stripTrailingZeros().toPlainString() : "";
    }

    /**
     * The section of {@code report.html} that opens with the comparison: one sentence per rule and
     * the table of differences; empty when the sweep is not such a sweep.
     */
    static String section(List<RunRecord> results, List<String> outputs) {
        Optional<Comparison> found = of(results, outputs);
        if (found.isEmpty()) {
            return "";
        }
        Comparison comparison = found.get();
        StringBuilder html = new StringBuilder("<h2>Reward rules against pro-rata</h2>\n");
        comparison.rows().forEach(row -> html.append("<p>").append(ReportHtml.escape(sentence(row))).append("</p>\n"));
        html.append("<p>Each rule's runs are paired replication by replication with pro_rata_work's (same seed);"
                + " a difference is the mean of rule − pro-rata with its 95 % interval (Student's t), in bold where"
                + " the interval excludes 0.</p>\n<table>\n<tr><th>rule</th>");
        comparison.outputs().forEach(o -> html.append("<th>").append(ReportHtml.escape(o))
                .append(unit(o).isEmpty() ? "" : " (" + ReportHtml.escape(unit(o)) + ")").append("</th>"));
        html.append("</tr>\n<tr><td>pro_rata_work (mean)</td>");
        comparison.proRata().values().forEach(mean -> html.append("<td>").append(number(mean)).append("</td>"));
        html.append("</tr>\n");
        comparison.rows().forEach(row -> {
            html.append("<tr><td>").append(ReportHtml.escape(SybilBreakEven.label(row.rule()))).append("</td>");
            row.differences().values().forEach(d -> {
                String cell = (d.mean() > 0 ? "+" : "") + number(d.mean())
                        + (d.pairs() >= 2 ? " [" + number(d.low()) + ", " + number(d.high()) + "]" : "");
                html.append("<td>").append(d.excludesZero() ? "<b>" + cell + "</b>" : cell).append("</td>");
            });
            html.append("</tr>\n");
        });
        return html.append("</table>\n").toString();
    }
}
