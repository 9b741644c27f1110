package org.depinlab.simulator.study;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

import org.depinlab.simulator.scenario.StudyFile;
import org.depinlab.simulator.sweep.PairedDifference;

/**
 * Where a figure is lowest and highest: for each pattern of dotted outputs, the cells (named by the
 * keys its wildcards stand for) with the lowest and the highest mean at the baseline (every factor at
 * its first level), each with its 95 % interval, and how many times the lowest the highest is (their
 * ratio within each replication, mean and t interval). Then, for the cost output, each variant's paired
 * change from its reference, and with ratios the change in per cent of it. Energy and carbon read in
 * Wh and g where they are below 1 kWh or 1 kg.
 *
 * @param spec   the study file's answer section
 * @param design the compare design
 */
record ExtremesAnswer(StudyFile.Extremes spec, CompareStudy design) implements StudyAnswer {

    static final String AT_BASELINE = "mean at the baseline";
    static final String SPREAD = "highest over lowest at the baseline";

    @Override
    public Answered answer(Function<String, double[][]> responses) {
        List<Finding> findings = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < spec.patterns().size(); i++) {
            String pattern = spec.patterns().get(i);
            NestedOutput cells = NestedOutput.of(pattern);
            List<String> matched = spec.matches().get(i);
            List<Estimate> means = new ArrayList<>();
            for (String output : matched) {
                means.add(Estimate.ofReplications(cells == null ? output : cells.cell(output),
                        responses.apply(output)[0]));
            }
            findings.add(new Finding(pattern, AT_BASELINE, means));
            List<Integer> ranked = new ArrayList<>();
            for (int c = 0; c < means.size(); c++) {
                if (Double.isFinite(means.get(c).mean())) {
                    ranked.add(c);
                }
            }
            String figure = cells == null ? OutputLabel.of(pattern) : cells.label();
            if (ranked.size() < 2) {
                parts.add(figure + " has runs in " + ranked.size() + " of its " + matched.size() + " cells");
                continue;
            }
            ranked.sort(Comparator.comparingDouble(c -> means.get(c).mean()));
            int low = ranked.get(0);
            int high = ranked.get(ranked.size() - 1);
            Estimate spread = ratio(means.get(high).label() + " / " + means.get(low).label(),
                    responses.apply(matched.get(high))[0], responses.apply(matched.get(low))[0]);
            findings.add(new Finding(pattern, SPREAD, List.of(spread)));
            Unit unit = Unit.of(OutputLabel.unit(matched.get(0)), figure, means.get(high).mean());
            parts.add(figure + " is lowest on " + means.get(low).label() + ", " + unit.text(means.get(low))
                    + ", and highest on " + means.get(high).label() + ", " + unit.text(means.get(high)) + ", "
                    + StudyText.withInterval(spread) + " times the lowest");
        }
        String text = "At the baseline (" + point(0, -1) + "), " + String.join("; ", parts) + "."
                + spec.cost().map(cost -> " " + cost(cost, responses.apply(cost))).orElse("");
        return new Answered(findings, Character.toUpperCase(text.charAt(0)) + text.substring(1), List.of());
    }

    /** Each variant's paired change of {@code cost} from its reference, in words. */
    private String cost(String cost, double[][] y) {
        Unit unit = Unit.of(OutputLabel.unit(cost), OutputLabel.bare(cost), Math.abs(Estimate.ofReplications("",
                y[0]).mean()));
        List<String> changes = new ArrayList<>();
        for (int p = 0; p < y.length; p++) {
            int reference = design.reference(p);
            if (reference == p) {
                continue;
            }
            Estimate change = Estimate.of("", PairedDifference.of(CompareStudy.byReplication(y[p]),
                    CompareStudy.byReplication(y[reference])));
            String variant = point(p, reference);
            if (!change.excludesZero()) {
                changes.add("with " + variant + ", " + OutputLabel.bare(cost) + " does not change beyond its 95 %"
                        + " interval (" + unit.text(change) + ")");
                continue;
            }
            String by = unit.text(new Estimate("", Math.abs(change.mean()), change.mean() < 0 ? -change.high()
                    : change.low(), change.mean() < 0 ? -change.low() : change.high()));
            if (design.ratios()) {
                Estimate times = ratio("", y[p], y[reference]);
                by = StudyText.size(new Estimate("", 100 * (times.mean() - 1), 100 * (times.low() - 1),
                        100 * (times.high() - 1))) + " % (" + by + ")";
            }
            changes.add("with " + variant + ", " + OutputLabel.bare(cost) + (change.mean() < 0 ? " falls" : " rises")
                    + " by " + by);
        }
        String text = String.join("; ", changes) + ".";
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** Point {@code p} in words: each factor's label and level, those at {@code reference}'s level left out. */
    private String point(int p, int reference) {
        int[] at = design.indices(p);
        int[] from = reference < 0 ? null : design.indices(reference);
        List<String> parts = new ArrayList<>();
        for (int d = 0; d < design.factors().size(); d++) {
            if (from == null || from[d] != at[d]) {
                StudyFile.Factor factor = design.factors().get(d);
                parts.add(factor.label() + " " + factor.levelLabels().get(at[d]));
            }
        }
        return String.join(", ", parts);
    }

    /** {@code top / bottom} within each replication, mean and t interval. */
    private static Estimate ratio(String label, double[] top, double[] bottom) {
        double[] ratio = new double[top.length];
        for (int r = 0; r < ratio.length; r++) {
            ratio[r] = top[r] / bottom[r];
        }
        return Estimate.ofReplications(label, ratio);
    }

    /**
     * How a figure's numbers are printed: scaled by {@code factor} and followed by {@code name}.
     *
     * @param factor what a value is multiplied by (1000 from kWh to Wh)
     * @param name   the unit after the number; "" for none
     */
    record Unit(double factor, String name) {

        /**
         * The unit of a figure declared in {@code unit} whose values reach {@code largest}: kWh and kg
         * read as Wh and g below 1; the part after '/' left out where the label says "per".
         */
        static Unit of(String unit, String label, double largest) {
            String[] split = unit.split("/", 2);
            String top = split.length == 2 && label.contains(" per ") ? split[0] : unit;
            if (Math.abs(largest) < 1 && top.startsWith("kWh")) {
                return new Unit(1000, top.substring(1));
            }
            if (Math.abs(largest) < 1 && top.startsWith("kgCO2e")) {
                return new Unit(1000, "g" + top.substring(2));
            }
            return new Unit(1, List.of("", "ratio", "share").contains(top) ? "" : top);
        }

        /** {@code 0.829 [0.804, 0.853] Wh}. */
        String text(Estimate e) {
            String number = StudyText.withInterval(new Estimate(e.label(), e.mean() * factor, e.low() * factor,
                    e.high() * factor));
            return name.isEmpty() ? number : number + " " + name;
        }
    }
}
