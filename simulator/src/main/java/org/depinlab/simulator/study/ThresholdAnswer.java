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
 * at every level), over the replications that cross within the levels. The {@code also} outputs are
 * read where the threshold falls (each replication's at its own crossing), or, where there is none, at
 * the level where the output comes closest to 0.
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
        boolean paired = design.against() >= 0 && design.against() != a;
        DoublePredicate holds = spec.positive() ? v -> v > 0 : v -> v < 0;
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
            double[][] curve = curve(responses.apply(spec.output()), reference, order, paired);
            List<double[]> own = own(x, curve, holds);
            Estimate crossing = crossing(group, x, curve, holds, own);
            crossings.add(crossing);
            String[] clause = clause(crossing, x, curve, holds, along);
            String part = clause[0] + (clause[1].isEmpty() ? "" : " (" + clause[1] + ")");
            if (Double.isFinite(crossing.mean())) {
                crossed++;
                if (own.size() < curve[0].length) {
                    part += " (" + own.size() + " of " + curve[0].length + " replications cross within the levels)";
                }
            }
            List<String> also = new ArrayList<>();
            for (String output : spec.also()) {
                also.add(OutputLabel.of(output) + " is " + alsoValue(output, crossing, x, curve, holds, own,
                        curve(responses.apply(output), reference, order, paired)));
            }
            parts.add((group.isEmpty() ? "" : "with " + group + ", ") + part + alsoText(also, paired));
            heads.add(clause[0]);
            details.add((group.isEmpty() ? "" : "with " + group + ", ") + clause[1] + alsoText(also, paired));
        }
        String body = crossed == 0 && heads.size() > 1 && heads.stream().distinct().count() == 1
                ? heads.get(0) + ", " + String.join("; ", details) : String.join("; ", parts);
        String text = subject(paired) + ": " + body + "."
                + (crossed > 0 ? " (Interpolated between levels; 95 % intervals: Student's t over each replication's"
                + " own crossing.)" : "");
        return new Answered(List.of(new Finding(spec.output(), CROSSING + " along " + along.label(), crossings)), text,
                List.of());
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
                                    DoublePredicate holds, List<double[]> own, double[][] also) {
        if (!Double.isFinite(crossing.mean())) {
            return StudyText.value(output, Estimate.ofReplications("", also[closest(x, curve, holds)]));
        }
        Crossing.At at = (Crossing.At) Crossing.of(x, StudyDesign.means(curve), holds);
        double[] means = StudyDesign.means(also);
        double mean = means[at.before()] + at.t() * (means[at.before() + 1] - means[at.before()]);
        double[] each = own.stream().mapToDouble(o -> {
            int r = (int) o[0];
            int i = (int) o[1];
            return also[i][r] + o[2] * (also[i + 1][r] - also[i][r]);
        }).toArray();
        Estimate interval = Estimate.ofReplications("", each);
        return StudyText.value(output, new Estimate("", mean, each.length >= 2 ? interval.low() : Double.NaN,
                each.length >= 2 ? interval.high() : Double.NaN));
    }

    /** The crossing of the mean curve, its interval from the replications that cross within the levels. */
    private static Estimate crossing(String label, double[] x, double[][] curve, DoublePredicate holds,
                                     List<double[]> own) {
        Crossing mean = Crossing.of(x, StudyDesign.means(curve), holds);
        Estimate interval = Estimate.ofReplications(label, own.stream().mapToDouble(o -> o[3]).toArray());
        return new Estimate(label, mean instanceof Crossing.At at ? at.x() : Double.NaN,
                own.size() >= 2 ? interval.low() : Double.NaN, own.size() >= 2 ? interval.high() : Double.NaN);
    }

    /**
     * Each replication's own crossing, of those that cross within the levels: {replication, level
     * before, share of the way to the next, x}.
     */
    private static List<double[]> own(double[] x, double[][] curve, DoublePredicate holds) {
        List<double[]> own = new ArrayList<>();
        for (int r = 0; r < curve[0].length; r++) {
            double[] replication = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                replication[i] = curve[i][r];
            }
            if (IntStream.range(0, x.length).allMatch(i -> Double.isFinite(replication[i]))
                    && Crossing.of(x, replication, holds) instanceof Crossing.At at) {
                own.add(new double[] {r, at.before(), at.t(), at.x()});
            }
        }
        return own;
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
