package org.depinlab.simulator.check;

import org.apache.commons.math3.distribution.ConstantRealDistribution;
import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.depinlab.simulator.workload.Distribution;

/** A service-time distribution of a reference queue, with the moments its formula needs. */
public sealed interface ServiceTime {

    /** E[S], seconds. */
    double mean();

    /** E[S²], seconds². */
    double secondMoment();

    /** Kendall notation letter: M, D or G. */
    String kendall();

    /** A Commons Math distribution drawing from {@code random}. */
    RealDistribution distribution(RandomGenerator random);

    /** Short human description, e.g. {@code Exp(mean 1 s)}. */
    String describe();

    /** Exponential service (Kendall M). */
    record Exponential(double mean) implements ServiceTime {
        public Exponential {
            requirePositive(mean, "mean");
        }

        @Override
        public double secondMoment() {
            return 2 * mean * mean;
        }

        @Override
        public String kendall() {
            return "M";
        }

        @Override
        public RealDistribution distribution(RandomGenerator random) {
            return new ExponentialDistribution(random, mean);
        }

        @Override
        public String describe() {
            return "Exp(mean " + fmt(mean) + " s)";
        }
    }

    /** Constant service (Kendall D). */
    record Deterministic(double value) implements ServiceTime {
        public Deterministic {
            requirePositive(value, "value");
        }

        @Override
        public double mean() {
            return value;
        }

        @Override
        public double secondMoment() {
            return value * value;
        }

        @Override
        public String kendall() {
            return "D";
        }

        @Override
        public RealDistribution distribution(RandomGenerator random) {
            return new ConstantRealDistribution(value);
        }

        @Override
        public String describe() {
            return "constant " + fmt(value) + " s";
        }
    }

    /**
     * Lognormal service (Kendall G) given by its mean and squared coefficient of variation
     * (SCV = variance / mean²), drawn as the workload's {@link Distribution.LogNormal}.
     */
    record LogNormal(double mean, double scv) implements ServiceTime {
        public LogNormal {
            requirePositive(mean, "mean");
            requirePositive(scv, "scv");
        }

        @Override
        public double secondMoment() {
            return mean * mean * (1 + scv);
        }

        @Override
        public String kendall() {
            return "G";
        }

        @Override
        public RealDistribution distribution(RandomGenerator random) {
            return new Distribution.LogNormal(mean, scv).commonsMath(random);
        }

        @Override
        public String describe() {
            return "lognormal(mean " + fmt(mean) + " s, SCV " + fmt(scv) + ")";
        }
    }

    private static void requirePositive(double value, String name) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("service time " + name + " must be a finite number > 0, got " + value);
        }
    }

    private static String fmt(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }
}
