package org.depinlab.simulator.study;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.depinlab.simulator.report.Bounds;
import org.depinlab.simulator.report.Column;
import org.depinlab.simulator.report.Columns;
import org.depinlab.simulator.report.FigureLabels;
import org.depinlab.simulator.scenario.StudyFile;

/**
 * A study output in words, with its unit: a run.json key by its report label and its unit from
 * {@link Columns}, a difference {@code KEY - KEY} as the first minus the second.
 */
final class OutputLabel {

    /** Outputs whose report label reads badly in a sentence, or that no label covers yet. */
    private static final Map<String, String> OWN = Map.of(
            "cheater_profit_per_gpu_usd - honest_profit_per_gpu_usd",
            "cheaters' minus honest operators' profit per GPU (USD)",
            "cheater_profit_per_gpu_usd", "cheaters' profit per GPU (USD)",
            "honest_profit_per_gpu_usd", "honest operators' profit per GPU (USD)",
            "wait_mean_seconds", "mean wait of all jobs (s)",
            "wait_p50_seconds", "median wait of all jobs (s)",
            "wait_p95_seconds", "95th percentile wait of all jobs (s)",
            "wait_p99_seconds", "99th percentile wait of all jobs (s)",
            "emission_inflation_annual", "emission inflation (a year)",
            "net_inflation_annual", "net inflation (a year)",
            "insiders_value_share", "insiders' share of value captured");
    /** Units a label leaves unsaid: a ratio, a share or a Gini reads as a bare number. */
    private static final Set<String> UNSAID = Set.of("", "ratio", "share", "Gini");

    private OutputLabel() {
    }

    /** {@code output} in words for the middle of a sentence: "throughput after warm-up (jobs/s)". */
    static String of(String output) {
        String own = OWN.get(output);
        if (own != null) {
            return own;
        }
        var keys = StudyFile.keys(output);
        if (keys.size() == 2) {
            return withUnit(bare(keys.get(0)) + " minus " + bare(keys.get(1)), unit(keys.get(0)));
        }
        return withUnit(bare(output), unit(output));
    }

    /** The label and its unit in brackets, unless the unit goes without saying or the label says it. */
    private static String withUnit(String label, String unit) {
        return UNSAID.contains(unit) || label.toLowerCase(Locale.ROOT).contains(unit.toLowerCase(Locale.ROOT)) ? label
                : label + " (" + unit + ")";
    }

    /** The label without its unit. */
    static String bare(String key) {
        String own = OWN.get(key);
        if (own != null) {
            return own.replaceAll(" \\([^)]*\\)$", "");
        }
        NestedOutput nested = NestedOutput.of(key);
        if (nested != null) {
            return nested.label() + nested.where();
        }
        return Columns.named(Columns.RUN_ALL, key).map(c -> lowerFirst(FigureLabels.label(c)))
                .orElse(key.replace('_', ' '));
    }

    static String unit(String key) {
        NestedOutput nested = NestedOutput.of(key);
        if (nested != null) {
            return nested.unit();
        }
        return Columns.named(Columns.RUN_ALL, key).map(Column::unit).orElse("");
    }

    /** "Throughput" to "throughput", "GPU utilization" kept. */
    private static String lowerFirst(String label) {
        return label.length() > 1 && Character.isLowerCase(label.charAt(1))
                ? Character.toLowerCase(label.charAt(0)) + label.substring(1) : label;
    }

    /** Whether {@code output} (or the first key of a difference) is a share or a rate, printed as a percentage. */
    static boolean isShare(String output) {
        String key = StudyFile.keys(output).get(0);
        return !key.contains("gini") && (Bounds.unitInterval(key) || key.contains("inflation"));
    }

    /** The output in words at the start of a sentence. */
    static String capitalised(String output) {
        String label = of(output);
        return Character.toUpperCase(label.charAt(0)) + label.substring(1);
    }
}
