package org.depinlab.simulator.study;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.DoublePredicate;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.depinlab.simulator.scenario.StudyFile;
import org.depinlab.simulator.sweep.Crossing;

/**
 * Where an output crosses 0 along an ordered numeric factor, at each level of the other factors: after
 * the highest level at which it still has the sign it has below the threshold, interpolated linearly
 * to the next level ({@link Crossing}, shared with the cheating sweep and the Sybil break-even). The
 * output is the paired difference from the reference when the design compares against another factor,
 * else the output itself. The point estimate is the crossing of the mean over replications; the 95 %
 * interval is Student's t over each replication's own crossing (common random numbers: the same seed
 * at every level), over the replications that cross within the levels.
 *
 * @param spec   the study file's answer section
 * @param design the compare design
 * @param a      the index of the factor along which the crossing is sought
 */
record ThresholdAnswer(StudyFile.Threshold spec, CompareStudy design, int a) implements StudyAnswer {

    static final String CROSSING = "where it crosses 0";

    @Override
    public Answered answer(Function<String, double[][]> responses) {
        StudyFile.Factor along = design.factors().get(a);
        int[] order = IntStream.range(0, along.levels().size()).boxed()
                .sorted(Comparator.comparingDouble(k -> along.levels().get(k).asDouble())).mapToInt(k -> k).toArray();
        double[] x = IntStream.of(order).mapToDouble(k -> along.levels().get(k).asDouble()).toArray();
        double[][] y = responses.apply(spec.output());
        boolean paired = design.against() >= 0 && design.against() != a;
        DoublePredicate holds = spec.positive() ? v -> v > 0 : v -> v < 0;
        List<Estimate> crossings = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        for (int[] reference : StudyAnswer.groups(design, a)) {
            if (paired && reference[design.against()] == 0) {
                continue;
            }
            String group = StudyAnswer.group(design, a, reference);
            double[][] curve = new double[x.length][];
            for (int i = 0; i < x.length; i++) {
                int[] at = reference.clone();
                at[a] = order[i];
                int p = design.point(at);
                curve[i] = y[p].clone();
                if (paired) {
                    for (int r = 0; r < curve[i].length; r++) {
                        curve[i][r] -= y[design.reference(p)][r];
                    }
                }
            }
            List<Double> own = own(x, curve, holds);
            Estimate crossing = crossing(group, x, curve, holds, own);
            crossings.add(crossing);
            parts.add((group.isEmpty() ? "" : group + ": ") + describe(crossing, x, curve, holds, sign(spec))
                    + (Double.isFinite(crossing.mean()) && own.size() < curve[0].length ? " (" + own.size() + " of "
                    + curve[0].length + " replications cross within the levels)" : ""));
        }
        String text = OutputLabel.capitalised(spec.output()) + (paired ? " minus "
                + design.factors().get(design.against()).levelLabels().get(0) + "'s" : "") + " stops being "
                + sign(spec)
                + (parts.size() == 1 && !parts.get(0).contains(": ") ? " at " + along.label() + " " + parts.get(0)
                : " along " + along.label() + ": " + String.join("; ", parts)) + " (interpolated between levels; 95 %"
                + " interval: Student's t over each replication's own crossing).";
        return new Answered(List.of(new Finding(spec.output(), CROSSING + " along " + along.label(), crossings)), text,
                List.of());
    }

    /** The crossing of the mean curve, its interval from the replications that cross within the levels. */
    private static Estimate crossing(String label, double[] x, double[][] curve, DoublePredicate holds,
                                     List<Double> own) {
        Crossing mean = Crossing.of(x, means(curve), holds);
        Estimate interval = Estimate.ofReplications(label, own.stream().mapToDouble(Double::doubleValue).toArray());
        return new Estimate(label, mean instanceof Crossing.At at ? at.x() : Double.NaN,
                own.size() >= 2 ? interval.low() : Double.NaN, own.size() >= 2 ? interval.high() : Double.NaN);
    }

    /** Each replication's own crossing, of those that cross within the levels. */
    private static List<Double> own(double[] x, double[][] curve, DoublePredicate holds) {
        List<Double> own = new ArrayList<>();
        for (int r = 0; r < curve[0].length; r++) {
            double[] replication = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                replication[i] = curve[i][r];
            }
            if (IntStream.range(0, x.length).allMatch(i -> Double.isFinite(replication[i]))
                    && Crossing.of(x, replication, holds) instanceof Crossing.At at) {
                own.add(at.x());
            }
        }
        return own;
    }

    private static String describe(Estimate crossing, double[] x, double[][] curve, DoublePredicate holds,
                                   String sign) {
        if (Double.isFinite(crossing.mean())) {
            return StudyText.withInterval(crossing);
        }
        return Crossing.of(x, means(curve), holds) instanceof Crossing.Nowhere
                ? "already at " + StudyText.number(x[0]) + " (" + sign + " at no level)"
                : "never within [" + StudyText.number(x[0]) + ", " + StudyText.number(x[x.length - 1]) + "] (still "
                + sign + " at " + StudyText.number(x[x.length - 1]) + ")";
    }

    private static String sign(StudyFile.Threshold spec) {
        return spec.positive() ? "positive" : "negative";
    }

    private static double[] means(double[][] curve) {
        return StudyDesign.means(curve);
    }
}
