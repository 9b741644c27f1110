package org.depinlab.simulator.workload;

import java.util.List;

import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.ParetoDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.distribution.WeibullDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.special.Gamma;

/**
 * A distribution of a non-negative quantity (FLOP, bytes, seconds, counts) as configuration.
 * {@link #sampler(RandomGenerator)} binds it to a random stream once; drawing then allocates
 * nothing.
 */
public sealed interface Distribution {

    /** The mean. */
    double mean();

    /** A sampler drawing from {@code random}. */
    Sampler sampler(RandomGenerator random);

    /** Draws values; bound to one random stream. */
    @FunctionalInterface
    interface Sampler {
        double sample();
    }

    /** Always {@code value}. */
    record Deterministic(double value) implements Distribution {
        public Deterministic {
            requireNonNegative(value, "value");
        }

        @Override
        public double mean() {
            return value;
        }

        @Override
        public Sampler sampler(RandomGenerator random) {
            return () -> value;
        }
    }

    /** Exponential with the given mean. */
    record Exponential(double mean) implements Distribution {
        public Exponential {
            requirePositive(mean, "mean");
        }

        @Override
        public Sampler sampler(RandomGenerator random) {
            return new ExponentialDistribution(random, mean)::sample;
        }
    }

    /** Lognormal with the given mean and squared coefficient of variation (variance / mean²). */
    record LogNormal(double mean, double scv) implements Distribution {
        public LogNormal {
            requirePositive(mean, "mean");
            requirePositive(scv, "scv");
        }

        @Override
        public Sampler sampler(RandomGenerator random) {
            return commonsMath(random)::sample;
        }

        /** The Commons Math lognormal with this mean and SCV: σ² = ln(1 + SCV), μ = ln(mean) − σ²/2. */
        public LogNormalDistribution commonsMath(RandomGenerator random) {
            double shape = Math.sqrt(Math.log1p(scv));
            double scale = Math.log(mean) - shape * shape / 2;
            return new LogNormalDistribution(random, scale, shape,
                    LogNormalDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY);
        }
    }

    /** Uniform on [min, max]. */
    record Uniform(double min, double max) implements Distribution {
        public Uniform {
            requireNonNegative(min, "min");
            if (!(max >= min)) {
                throw new IllegalArgumentException("uniform max must be >= min, got [" + min + ", " + max + "]");
            }
        }

        @Override
        public double mean() {
            return (min + max) / 2;
        }

        @Override
        public Sampler sampler(RandomGenerator random) {
            return min == max ? () -> min : new UniformRealDistribution(random, min, max)::sample;
        }
    }

    /** Pareto (heavy tail) with minimum {@code scale} and tail index {@code shape} (> 1 for a finite mean). */
    record Pareto(double scale, double shape) implements Distribution {
        public Pareto {
            requirePositive(scale, "scale");
            requirePositive(shape, "shape");
        }

        @Override
        public double mean() {
            return shape > 1 ? shape * scale / (shape - 1) : Double.POSITIVE_INFINITY;
        }

        @Override
        public Sampler sampler(RandomGenerator random) {
            return new ParetoDistribution(random, scale, shape)::sample;
        }
    }

    /** Weibull with the given shape and scale. */
    record Weibull(double shape, double scale) implements Distribution {
        public Weibull {
            requirePositive(shape, "shape");
            requirePositive(scale, "scale");
        }

        @Override
        public double mean() {
            return scale * Gamma.gamma(1 + 1 / shape);
        }

        @Override
        public Sampler sampler(RandomGenerator random) {
            return new WeibullDistribution(random, shape, scale)::sample;
        }
    }

    /** Draws uniformly from the given observed values (an empirical distribution). */
    record Empirical(List<Double> values) implements Distribution {
        public Empirical {
            if (values == null || values.isEmpty()) {
                throw new IllegalArgumentException("an empirical distribution needs at least one value");
            }
            values = List.copyOf(values);
            for (double v : values) {
                requireNonNegative(v, "value");
            }
        }

        @Override
        public double mean() {
            return values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        }

        @Override
        public Sampler sampler(RandomGenerator random) {
            double[] array = values.stream().mapToDouble(Double::doubleValue).toArray();
            return () -> array[random.nextInt(array.length)];
        }
    }

    private static void requireNonNegative(double value, String name) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number >= 0, got " + value);
        }
    }

    private static void requirePositive(double value, String name) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number > 0, got " + value);
        }
    }
}
