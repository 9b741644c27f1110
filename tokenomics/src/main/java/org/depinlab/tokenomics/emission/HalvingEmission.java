package org.depinlab.tokenomics.emission;

/**
 * Bitcoin-style halving: {@code initialPerEpoch / 2^floor(epoch / epochsPerHalving)}. Halving is
 * exact in binary, so the emission of every era is exactly half that of the era before, down to 0
 * once the exponent passes the range of a double (after about 1075 halvings).
 *
 * @param initialPerEpoch the emission of every epoch of the first era, finite and >= 0
 * @param epochsPerHalving the length of an era in epochs, >= 1
 */
public record HalvingEmission(double initialPerEpoch, int epochsPerHalving) implements EmissionSchedule {

    /**
     * @throws IllegalArgumentException unless {@code initialPerEpoch} is finite and >= 0 and
     *     {@code epochsPerHalving >= 1}
     */
    public HalvingEmission {
        EmissionArguments.requireFiniteNonNegative("initialPerEpoch", initialPerEpoch);
        if (epochsPerHalving < 1) {
            throw new IllegalArgumentException("epochsPerHalving must be >= 1, was " + epochsPerHalving);
        }
    }

    @Override
    public double emission(int epoch, double mintedSoFar) {
        EmissionArguments.checkQuery(epoch, mintedSoFar);
        return Math.scalb(initialPerEpoch, -(epoch / epochsPerHalving));
    }
}
