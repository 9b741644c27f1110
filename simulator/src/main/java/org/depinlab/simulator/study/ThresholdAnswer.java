package org.depinlab.simulator.study;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.DoublePredicate;
import java.util.function.Function;
import java.util.stream.IntStream;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.depinlab.simulator.scenario.StudyFile;
import org.depinlab.simulator.sweep.Crossing;

/**
 * Where an output crosses 0 along an ordered numeric factor, at each level of the other factors: after
 * the highest level at which it still has the sign it has below the threshold, interpolated linearly
 * to the next level ({@link Crossing}, shared with the cheating sweep and the Sybil break-even). The
 * output is the paired difference from the reference when the design compares against another factor,
 * else the output itself. The point estimate is the crossing of the mean over replications; the 95 %
 * interval is the percentile bootstrap of that crossing over the replications, resampled whole (common
 * random numbers: a replication keeps its seed at every level), a resample whose mean never crosses
 * counting at the end of the levels where it stops. The {@code also} outputs are read where the
 * threshold falls, the same way, or, where there is none, at the level where the output comes closest
 * to 0.
 *
 * @param spec   the study file's answer section
 * @param design the compare design
 * @param a      the index of the factor along which the crossing is sought
 */
record ThresholdAnswer(StudyFile.Threshold spec, CompareStudy design, int a) implements StudyAnswer {

    static final String CROSSING = "where it crosses 0";
    /** Bootstrap resamples of the replications, and their generator's seed: the same answer every time. */
    static final int RESAMPLES = 2_000;
    private static final long SEED = 20_261_201L;

    @Override
    public Answered answer(Function<String, double[][]> responses) {
        StudyFile.Factor along = design.factors().get(a);
        int[] order = IntStream.range(0, along.levels().size()).boxed()
                .sorted(Comparator.comparingDouble(k -> along.levels().get(k).asDouble())).mapToInt(k -> k).toArray();
        double[] x = IntStream.of(order).mapToDouble(k -> along.levels().get(k).asDouble()).toArray();
        boolean paired = design.against() >= 0 && design.against() != a;
        DoublePredicate holds = spec.positive() ? v -> v > 0 : v -> v < 0;
        double[][] y = responses.apply(spec.output());
        int[][] resamples = resamples(y[0].length);
        List<Estimate> crossings = new ArrayList<>();
        List<String> parts = new ArrayList<>();
        List<String> heads = new ArrayList<>();
        List<String> details = new ArrayList<>();
        int crossed = 0;
        for (int[] reference : StudyAnswer.groups(design, a)) {
            if (paired && reference[design.against()] == 0) {
                continue;
            }
            String group = StudyAnswer.group(design, a, reference);
            double[][] curve = curve(y, reference, order, paired);
            Estimate crossing = crossing(group, x, curve, holds, resamples);
            crossings.add(crossing);
            String[] clause = clause(crossing, x, curve, holds, along);
            String part = clause[0] + (clause[1].isEmpty() ? "" : " (" + clause[1] + ")");
            if (Double.isFinite(crossing.mean())) {
                crossed++;
            }
            List<String> also = new ArrayList<>();
            for (String output : spec.also()) {
                also.add(OutputLabel.of(output) + " is " + alsoValue(output, crossing, x, curve, holds, resamples,
                        curve(responses.apply(output), reference, order, paired)));
            }
            parts.add((group.isEmpty() ? "" : "with " + group + ", ") + part + alsoText(also, paired));
            heads.add(clause[0]);
            details.add((group.isEmpty() ? "" : "with " + group + ", ") + clause[1] + alsoText(also, paired));
        }
        String body = crossed == 0 && heads.size() > 1 && heads.stream().distinct().count() == 1
                ? heads.get(0) + ", " + String.join("; ", details) : String.join("; ", parts);
        String text = subject(paired) + ": " + body + "."
                + (crossed > 0 ? " (Interpolated between levels; 95 % intervals: percentile bootstrap over the "
                + y[0].length + " replications.)" : "");
        List<Estimate> measured = isShare() ? crossings.stream().map(e -> new Estimate(e.label(), 100 * e.mean(),
                100 * e.low(), 100 * e.high())).toList() : crossings;
        return new Answered(List.of(new Finding(spec.output(), CROSSING + " along " + along.label()
                + (isShare() ? " (%)" : ""), measured)), text, List.of());
    }

    /** What the sign means, and which output and sign it is. */
    private String subject(boolean paired) {
        String definition = OutputLabel.of(spec.output()) + (paired ? " minus "
                + design.factors().get(design.against()).levelLabels().get(0) + "'s" : "") + " "
                + (spec.positive() ? "above" : "below") + " 0";
        return spec.meaning().map(m -> capitalise(m) + " (" + definition + ")").orElse(capitalise(definition));
    }

    private static String alsoText(List<String> also, boolean paired) {
        return also.isEmpty() ? "" : "; there " + (paired ? "the difference in " : "") + StudyText.list(also);
    }

    /** A group's curve: the output at each level of {@code a} in ascending order, replication by replication. */
    private double[][] curve(double[][] y, int[] reference, int[] order, boolean paired) {
        double[][] curve = new double[order.length][];
        for (int i = 0; i < order.length; i++) {
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
        return curve;
    }

    /**
     * {"until LABEL reaches X [lo, hi]", ""}, {"at no LABEL from A to B", "closest: …"} or {"at every LABEL
     * …", "still …"}: what holds, and the value that shows it.
     */
    private String[] clause(Estimate crossing, double[] x, double[][] curve, DoublePredicate holds,
                            StudyFile.Factor along) {
        String range = " from " + level(x[0]) + " to " + level(x[x.length - 1]);
        if (Double.isFinite(crossing.mean())) {
            return new String[] {"until " + along.label() + " reaches " + levelWithInterval(crossing), ""};
        }
        int closest = closest(x, curve, holds);
        String value = StudyText.withInterval(Estimate.ofReplications("", curve[closest]));
        return Crossing.of(x, StudyDesign.means(curve), holds) instanceof Crossing.Nowhere
                ? new String[] {"at no " + along.label() + range, "closest: " + value + " at " + level(x[closest])}
                : new String[] {"at every " + along.label() + range, "still " + value + " at " + level(x[closest])};
    }

    /** The level where the mean comes closest to giving up its sign, or the highest where it keeps it. */
    private static int closest(double[] x, double[][] curve, DoublePredicate holds) {
        double[] means = StudyDesign.means(curve);
        if (!(Crossing.of(x, means, holds) instanceof Crossing.Nowhere)) {
            return x.length - 1;
        }
        int best = 0;
        for (int i = 1; i < means.length; i++) {
            if (Math.abs(means[i]) < Math.abs(means[best])) {
                best = i;
            }
        }
        return best;
    }

    /** An {@code also} output where the threshold falls, or at the level the clause quotes. */
    private static String alsoValue(String output, Estimate crossing, double[] x, double[][] curve,
                                    DoublePredicate holds, int[][] resamples, double[][] also) {
        if (!Double.isFinite(crossing.mean())) {
            return StudyText.value(output, Estimate.ofReplications("", also[closest(x, curve, holds)]));
        }
        double[] each = new double[resamples.length];
        for (int b = 0; b < resamples.length; b++) {
            each[b] = at(x, means(curve, resamples[b]), means(also, resamples[b]), holds);
        }
        double[] interval = percentiles(each);
        return StudyText.value(output, new Estimate("", at(x, StudyDesign.means(curve), StudyDesign.means(also),
                holds), interval[0], interval[1]));
    }

    /** {@code also} where {@code curve} crosses, or at the end of the levels where it stops. */
    private static double at(double[] x, double[] curve, double[] also, DoublePredicate holds) {
        Crossing crossing = Crossing.of(x, curve, holds);
        if (crossing instanceof Crossing.At at) {
            return also[at.before()] + at.t() * (also[at.before() + 1] - also[at.before()]);
        }
        return crossing instanceof Crossing.Nowhere ? also[0] : also[also.length - 1];
    }

    /** The crossing of the mean curve, its percentile bootstrap interval over the replications. */
    private static Estimate crossing(String label, double[] x, double[][] curve, DoublePredicate holds,
                                     int[][] resamples) {
        Crossing mean = Crossing.of(x, StudyDesign.means(curve), holds);
        if (!(mean instanceof Crossing.At at)) {
            return new Estimate(label, Double.NaN, Double.NaN, Double.NaN);
        }
        double[] each = new double[resamples.length];
        for (int b = 0; b < resamples.length; b++) {
            each[b] = at(x, means(curve, resamples[b]), x, holds);
        }
        double[] interval = percentiles(each);
        return new Estimate(label, at.x(), interval[0], interval[1]);
    }

    /** {@link #RESAMPLES} resamples of {@code n} replications, with replacement, from a fixed seed. */
    private static int[][] resamples(int n) {
        RandomGenerator random = new Well19937c(SEED);
        int[][] resamples = new int[RESAMPLES][n];
        for (int[] resample : resamples) {
            for (int i = 0; i < n; i++) {
                resample[i] = random.nextInt(n);
            }
        }
        return resamples;
    }

    /** The mean over the replications {@code picked} at each level, as {@link StudyDesign#means}. */
    private static double[] means(double[][] curve, int[] picked) {
        double[][] resampled = new double[curve.length][picked.length];
        for (int i = 0; i < curve.length; i++) {
            for (int j = 0; j < picked.length; j++) {
                resampled[i][j] = curve[i][picked[j]];
            }
        }
        return StudyDesign.means(resampled);
    }

    /** The 2.5th and 97.5th percentiles. */
    private static double[] percentiles(double[] values) {
        Percentile percentile = new Percentile();
        percentile.setData(values);
        return new double[] {percentile.evaluate(2.5), percentile.evaluate(97.5)};
    }

    /** A level of the factor; a share as a percentage. */
    private String level(double value) {
        return isShare() ? StudyText.percent(value) : StudyText.number(value);
    }

    private String levelWithInterval(Estimate e) {
        if (!Double.isFinite(e.low())) {
            return level(e.mean());
        }
        return level(e.mean()) + " [" + level(e.low()) + ", " + level(e.high()) + "]";
    }

    private boolean isShare() {
        return design.factors().get(a).path().endsWith("_share");
    }

    private static String capitalise(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
