package org.depinlab.tokenomics.emission;

/**
 * The same emission every epoch, for ever.
 *
 * @param perEpoch the tokens minted each epoch, finite and >= 0
 */
public record ConstantEmission(double perEpoch) implements EmissionSchedule {

    /** @throws IllegalArgumentException unless {@code perEpoch} is finite and >= 0 */
    public ConstantEmission {
        EmissionArguments.requireFiniteNonNegative("perEpoch", perEpoch);
    }

    /** {@code perEpoch}, whatever the epoch. */
    @Override
    public double emission(int epoch, double mintedSoFar) {
        EmissionArguments.checkQuery(epoch, mintedSoFar);
        return perEpoch;
    }
}
