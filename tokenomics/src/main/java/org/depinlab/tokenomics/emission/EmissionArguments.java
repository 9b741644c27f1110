package org.depinlab.tokenomics.emission;

/** The argument checks every schedule shares, with the messages the package promises. */
final class EmissionArguments {

    private EmissionArguments() {
    }

    static void checkQuery(int epoch, double mintedSoFar) {
        if (epoch < 0) {
            throw new IllegalArgumentException("epoch must be >= 0, was " + epoch);
        }
        requireFiniteNonNegative("mintedSoFar", mintedSoFar);
    }

    static void requireFiniteNonNegative(String name, double value) {
        if (!(value >= 0) || value == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException(name + " must be finite and >= 0, was " + value);
        }
    }
}
