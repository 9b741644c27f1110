package org.depinlab.simulator.study;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.depinlab.simulator.scenario.StudyFile;
import org.depinlab.simulator.sweep.PairedDifference;

/**
 * Whether throughput keeps up as the network grows: at each level of the scaling factor, the
 * throughput's paired ratio to the first level (replication by replication) and the scale efficiency,
 * that ratio over the level's scale; throughput keeps up where the efficiency's 95 % interval reaches
 * 1. Then the bottleneck: the first watched output whose paired change from the first level is clear
 * of 0 in the direction that makes it worse, at any level.
 *
 * @param spec   the study file's answer section
 * @param design the compare design
 * @param f      the index of the scaling factor
 */
record ScalingAnswer(StudyFile.Scaling spec, CompareStudy design, int f) implements StudyAnswer {

    static final String RATIO = "throughput ratio to the first level";
    static final String EFFICIENCY = "scale efficiency (ratio / scale)";
    /** What the model leaves out, said in the answer when no bottleneck appears and among the threats. */
    static final String LIMIT = "demand and capacity grow together, and nothing shared between nodes (the"
            + " scheduler, the network, the chain) is modelled";

    @Override
    public Answered answer(Function<String, double[][]> responses) {
        StudyFile.Factor factor = design.factors().get(f);
        double[][] throughput = responses.apply(spec.throughput());
        List<Estimate> ratios = new ArrayList<>();
        List<Estimate> efficiencies = new ArrayList<>();
        List<String> sentences = new ArrayList<>();
        for (int[] reference : StudyAnswer.groups(design, f)) {
            String group = StudyAnswer.group(design, f, reference);
            String where = group.isEmpty() ? "" : " (" + group + ")";
            List<String> levels = new ArrayList<>();
            boolean keepsUp = true;
            for (int k = 1; k < factor.levels().size(); k++) {
                int p = at(reference, k);
                double[] ratio = new double[throughput[p].length];
                for (int r = 0; r < ratio.length; r++) {
                    ratio[r] = throughput[p][r] / throughput[design.point(reference)][r];
                }
                String label = factor.levelLabels().get(k) + where;
                Estimate times = Estimate.ofReplications(label, ratio);
                double scale = spec.scales().get(k) / spec.scales().get(0);
                Estimate efficiency = new Estimate(label, times.mean() / scale, times.low() / scale,
                        times.high() / scale);
                ratios.add(times);
                efficiencies.add(efficiency);
                keepsUp &= efficiency.high() >= 1;
                levels.add("at " + factor.levelLabels().get(k) + " " + StudyText.withInterval(times) + " times "
                        + factor.levelLabels().get(0) + "'s (scale efficiency " + StudyText.withInterval(efficiency)
                        + ")");
            }
            sentences.add(OutputLabel.capitalised(spec.throughput()) + where + (keepsUp ? " keeps up" : " falls behind")
                    + " as the network grows: " + String.join("; ", levels) + ".");
            sentences.add(bottleneck(responses, reference, where, keepsUp));
        }
        return new Answered(List.of(new Finding(spec.throughput(), RATIO, ratios),
                new Finding(spec.throughput(), EFFICIENCY, efficiencies)), String.join(" ", sentences),
                List.of("Scaling: " + LIMIT + ", so a bottleneck outside the nodes and their queue cannot appear in"
                        + " this study."));
    }

    private String bottleneck(Function<String, double[][]> responses, int[] reference, String where, boolean keepsUp) {
        StudyFile.Factor factor = design.factors().get(f);
        for (StudyFile.Watch watch : spec.watch()) {
            double[][] y = responses.apply(watch.output());
            for (int k = 1; k < factor.levels().size(); k++) {
                Estimate change = Estimate.of(factor.levelLabels().get(k), PairedDifference.of(
                        CompareStudy.byReplication(y[at(reference, k)]), CompareStudy.byReplication(y[design.point(reference)])));
                if (watch.worse() > 0 ? change.low() > 0 : change.high() < 0) {
                    return "The first bottleneck" + where + " shows in " + OutputLabel.of(watch.output()) + ": "
                            + factor.levelLabels().get(k) + " " + StudyText.verb(change) + " it by "
                            + StudyText.size(change) + " against " + factor.levelLabels().get(0) + ".";
                }
            }
        }
        List<String> watched = spec.watch().stream().map(w -> OutputLabel.of(w.output())).toList();
        return "No bottleneck appears" + where + (watched.isEmpty() ? "" : ": none of " + StudyText.list(watched, "or")
                + " worsens beyond its 95 % interval at any scale") + (keepsUp ? "; none could in this model, where "
                + LIMIT + "." : ".");
    }

    private int at(int[] reference, int k) {
        int[] at = reference.clone();
        at[f] = k;
        return design.point(at);
    }
}
