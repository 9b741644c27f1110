package org.depinlab.tokenomics.concentration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Bad input is refused by every entry point, with a message naming what is wrong and where. */
class ConcentrationInputValidationTest {

    private static final List<Consumer<double[]>> ENTRY_POINTS = List.of(
            ConcentrationMetrics::of,
            values -> ConcentrationMetrics.of(values, 0.33),
            ConcentrationMetrics::gini,
            ConcentrationMetrics::lorenz,
            values -> ConcentrationMetrics.topShare(values, 1),
            values -> ConcentrationMetrics.topPercentShare(values, 0.1));

    private static void assertRefused(double[] values, String expectedMessage) {
        for (Consumer<double[]> entryPoint : ENTRY_POINTS) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> entryPoint.accept(values));
            assertEquals(expectedMessage, e.getMessage());
        }
    }

    @Test
    void negativeHoldingIsRefusedByIndexAndValue() {
        assertRefused(new double[] {1, 2, 3, -2, 5},
                "value at index 3 is -2.0: holdings must be finite and >= 0");
    }

    @Test
    void nanHoldingIsRefusedByIndexAndValue() {
        assertRefused(new double[] {1, Double.NaN},
                "value at index 1 is NaN: holdings must be finite and >= 0");
    }

    @Test
    void infiniteHoldingIsRefusedByIndexAndValue() {
        assertRefused(new double[] {Double.POSITIVE_INFINITY},
                "value at index 0 is Infinity: holdings must be finite and >= 0");
    }

    @Test
    void emptyHoldingsAreRefused() {
        assertRefused(new double[0], "values must not be empty: concentration needs at least one holder");
    }

    @Test
    void holdingsSummingPastTheLargestDoubleAreRefused() {
        assertRefused(new double[] {Double.MAX_VALUE, Double.MAX_VALUE},
                "holdings sum past Double.MAX_VALUE: rescale them (every metric is scale-invariant)");
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.1, 1.0, 1.5, Double.NaN})
    void nakamotoThresholdOutsideZeroToOneIsRefused(double threshold) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ConcentrationMetrics.of(new double[] {1, 2}, threshold));
        assertEquals("nakamotoThreshold must be in [0, 1), was " + threshold, e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.0, -0.5, 1.01, Double.NaN})
    void topPercentOutsideZeroToOneIsRefused(double p) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ConcentrationMetrics.topPercentShare(new double[] {1, 2}, p));
        assertEquals("p must be in (0, 1], was " + p, e.getMessage());
    }

    @Test
    void topShareOfNoHoldersIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ConcentrationMetrics.topShare(new double[] {1, 2}, 0));
        assertEquals("k must be >= 1, was 0", e.getMessage());
    }
}
