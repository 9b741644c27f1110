package org.depinlab.simulator.report;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;

import org.depinlab.simulator.adversary.AdversaryEpoch;

/**
 * The report's section on cheating and verification: what was paid for work not run, what the spot
 * checks caught and cost, and whether cheating paid. Every number it prints is a declared figure
 * ({@link Columns#RUN_ADVERSARIES}, {@link Columns#ADVERSARY_EPOCHS}), read through its column.
 */
final class AdversaryReport {

    private AdversaryReport() {
    }

    /** The section's heading, its answer and its charts; {@code x} is the epochs' days. */
    static String section(RunFigures figures, double[] x) {
        List<AdversaryEpoch> epochs = figures.adversaries().model().epochs();
        double[] days = ReportHtml.axis(x, epochs.size());
        StringBuilder html = new StringBuilder("<h2 id=\"adversaries\">Cheating and verification</h2>\n<p>")
                .append(ReportHtml.escape(answer(figures))).append("</p>\n");
        Map<String, double[]> caught = new LinkedHashMap<>();
        caught.put("wrong results delivered", perEpoch(epochs, "wrong_results"));
        caught.put("caught by a spot check", perEpoch(epochs, "detections"));
        caught.put("honest results flagged", perEpoch(epochs, "false_flags"));
        html.append(Charts.lines("wrongresults", "Wrong results delivered and caught per epoch", "day", "jobs", days,
                caught));
        double[] fees = perEpoch(epochs, "fees_usd");
        double[] unrunFees = perEpoch(epochs, "unrun_fees_usd");
        double[] delivered = perEpoch(epochs, "delivered_gpu_seconds");
        double[] checked = perEpoch(epochs, "check_gpu_seconds");
        Map<String, double[]> shares = new LinkedHashMap<>();
        shares.put("fees paid for work not run / fees", ratio(unrunFees, fees));
        shares.put("spot-check GPU time / GPU time delivered", ratio(checked, delivered));
        html.append(Charts.lines("cheatshares", "Fees paid for work not run, and the checks' cost, per epoch", "day",
                "share", days, shares));
        double cheater = figure(figures, "cheater_profit_per_gpu_usd");
        double honest = figure(figures, "honest_profit_per_gpu_usd");
        if (Double.isFinite(cheater) && Double.isFinite(honest)) {
            html.append(Charts.bars("cheatprofit", "Profit per GPU over the run", "operators", "USD per GPU",
                    List.of("cheaters", "honest operators"), Map.of("profit per GPU", new double[] {cheater, honest})));
        }
        return html.toString();
    }

    /** The section's answer, generated from the figures. */
    static String answer(RunFigures figures) {
        StringBuilder answer = new StringBuilder();
        boolean anyCheater = figures.adversaries().model().cheaters().contains(true);
        String notDone = figures.hasSpoofing() ? "work they did not run or capacity that did not exist"
                : "work they did not run";
        if (anyCheater) {
            answer.append(String.format(Locale.ROOT, "Cheaters were paid %.1f %% of all fees and rewards for %s;"
                    + " %,d of the jobs delivered (%.1f %%) carried a wrong result.",
                    100 * figure(figures, "paid_for_fake_work_share"), notDone,
                    (long) figure(figures, "wrong_results"), 100 * figure(figures, "wrong_result_share")));
        } else {
            answer.append("No operator was drawn a cheater, so no wrong result was delivered.");
        }
        double checks = figure(figures, "spot_checks");
        if (checks == 0) {
            answer.append(" No job was spot-checked, so no wrong result was caught.");
        } else {
            double delivered = Arrays.stream(perEpoch(figures.adversaries().model().epochs(), "delivered")).sum();
            answer.append(String.format(Locale.ROOT, " Spot checks on %.1f %% of the jobs delivered (%,d checks)",
                    100 * checks / delivered, (long) checks));
            if (anyCheater) {
                double epochs = figure(figures, "mean_epochs_to_detection");
                answer.append(String.format(Locale.ROOT, " caught %.1f %% of the wrong results%s,",
                        100 * figure(figures, "fraud_detection_rate"), Double.isFinite(epochs)
                                ? String.format(Locale.ROOT, " after %.1f epochs on average", epochs) : ""));
            }
            double referees = figure(figures, "referee_runs");
            answer.append(String.format(Locale.ROOT, " at a verification overhead of %.2f %% of the GPU time"
                    + " delivered; %,d honest results were flagged (%s)",
                    100 * figure(figures, "verification_overhead_share"), (long) figure(figures, "false_flags"),
                    referees > 0 ? String.format(Locale.ROOT, "a false positive or a cheating referee; %,d mismatches"
                            + " went to a referee, %,d of them a cheater, and %,d cheating checkers were caught",
                            (long) referees, (long) figure(figures, "referee_wrong_verdicts"),
                            (long) figure(figures, "cheating_checkers_caught")) : "a false positive or a cheating checker"));
            answer.append(figures.hasProtocol() ? String.format(Locale.ROOT, " and %,d honest nodes slashed.",
                    (long) figure(figures, "false_slashes")) : ".");
        }
        double cheater = figure(figures, "cheater_profit_per_gpu_usd");
        double honest = figure(figures, "honest_profit_per_gpu_usd");
        if (Double.isFinite(cheater) && Double.isFinite(honest)) {
            answer.append(String.format(Locale.ROOT, " Cheating %s: the cheaters' profit per GPU over the run was"
                    + " %,.0f USD against %,.0f USD for honest operators.", cheater > honest ? "paid" : "did not pay",
                    cheater, honest));
        }
        return answer.toString();
    }

    private static double figure(RunFigures figures, String name) {
        return ((Number) column(Columns.RUN_ADVERSARIES, name).of(figures)).doubleValue();
    }

    private static double[] perEpoch(List<AdversaryEpoch> epochs, String name) {
        Column<AdversaryEpoch> column = column(Columns.ADVERSARY_EPOCHS, name);
        return epochs.stream().mapToDouble(e -> ((Number) column.of(e)).doubleValue()).toArray();
    }

    /** {@code part / whole} per epoch; NaN (a gap) where the whole is 0. */
    private static double[] ratio(double[] part, double[] whole) {
        return IntStream.range(0, part.length).mapToDouble(i -> whole[i] > 0 ? part[i] / whole[i] : Double.NaN)
                .toArray();
    }

    private static <T> Column<T> column(List<Column<T>> columns, String name) {
        return Columns.named(columns, name).orElseThrow(() -> new IllegalArgumentException("no declared figure " + name));
    }
}
