package org.depinlab.tokenomics.concentration;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import java.util.function.DoubleSupplier;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The O(n log n) sorted Gini equals the O(n^2) definition by mean absolute difference,
 * G = sum_i sum_j |x_i - x_j| / (2 n^2 mean), on random holdings of several shapes (fixed seeds).
 */
class GiniPropertyTest {

    private static final double RELATIVE_TOLERANCE = 1e-12;

    static Stream<Arguments> holdings() {
        return Stream.of("uniform", "lognormal", "mostlyZero", "fewDistinct", "pareto")
                .flatMap(shape -> Stream.of(1, 2, 3, 10, 101, 1000)
                        .map(n -> Arguments.of(shape, n)));
    }

    @ParameterizedTest(name = "{0} n={1}")
    @MethodSource("holdings")
    void sortedFormulaEqualsMeanAbsoluteDifference(String shape, int n) {
        double[] values = random(shape, n, 31L * n + shape.hashCode());

        double expected = meanAbsoluteDifferenceGini(values);

        assertEquals(expected, ConcentrationMetrics.gini(values), RELATIVE_TOLERANCE * expected);
    }

    @ParameterizedTest(name = "{0} n={1}")
    @MethodSource("holdings")
    void lorenzAreaGivesTheSameGini(String shape, int n) {
        double[] values = random(shape, n, 17L * n + shape.hashCode());
        LorenzCurve curve = ConcentrationMetrics.lorenz(values);

        // G = 1 - 2 * (area under the curve), the area by trapezoids of width 1/n
        double twiceArea = 0;
        for (int k = 1; k < curve.size(); k++) {
            twiceArea += (curve.valueShare(k) + curve.valueShare(k - 1)) / n;
        }

        assertEquals(1 - twiceArea, ConcentrationMetrics.gini(values), RELATIVE_TOLERANCE * 10);
    }

    /** The definition, term by term; row sums first keep its own rounding near 2n ulps. */
    private static double meanAbsoluteDifferenceGini(double[] x) {
        int n = x.length;
        double total = 0;
        double differences = 0;
        for (double xi : x) {
            total += xi;
            double row = 0;
            for (double xj : x) {
                row += Math.abs(xi - xj);
            }
            differences += row;
        }
        double mean = total / n;
        return total == 0 ? 0 : differences / (2.0 * n * n * mean);
    }

    private static double[] random(String shape, int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        DoubleSupplier draw = switch (shape) {
            case "uniform" -> random::nextDouble;
            case "lognormal" -> () -> Math.exp(1.5 * random.nextGaussian());
            case "mostlyZero" -> () -> random.nextInt(10) < 8 ? 0.0 : random.nextDouble(1000);
            case "fewDistinct" -> () -> random.nextInt(4);
            case "pareto" -> () -> Math.pow(1 - random.nextDouble(), -1 / 1.16);
            default -> throw new IllegalArgumentException(shape);
        };
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = draw.getAsDouble();
        }
        return values;
    }
}
