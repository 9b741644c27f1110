package org.depinlab.tokenomics.emission;

/**
 * Emission that shrinks by a fixed fraction every epoch: {@code initialPerEpoch * (1 - decay)^epoch}.
 * The total over all epochs is {@code initialPerEpoch / decay} (infinite for decay 0, which is
 * {@link ConstantEmission}).
 *
 * @param initialPerEpoch the emission of epoch 0, finite and >= 0
 * @param decayPerEpoch the fraction by which each epoch's emission is below the previous one, in
 *     [0, 1)
 */
public record ExponentialDecayEmission(double initialPerEpoch, double decayPerEpoch)
        implements EmissionSchedule {

    /**
     * @throws IllegalArgumentException unless {@code initialPerEpoch} is finite and >= 0 and
     *     {@code decayPerEpoch} is in [0, 1)
     */
    public ExponentialDecayEmission {
        EmissionArguments.requireFiniteNonNegative("initialPerEpoch", initialPerEpoch);
        if (!(decayPerEpoch >= 0 && decayPerEpoch < 1)) {
            throw new IllegalArgumentException("decayPerEpoch must be in [0, 1), was " + decayPerEpoch);
        }
    }

    @Override
    public double emission(int epoch, double mintedSoFar) {
        EmissionArguments.checkQuery(epoch, mintedSoFar);
        return initialPerEpoch * Math.pow(1 - decayPerEpoch, epoch);
    }
}
