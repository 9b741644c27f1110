package org.depinlab.tokenomics.emission;

/**
 * Inflation on a base that grows with what inflation mints, compounding every epoch:
 * {@code ratePerEpoch * (baseTokens + mintedSoFar)}, so after {@code n} epochs the base has grown by
 * {@code (1 + ratePerEpoch)^n}. Burns do not shrink the base (a Cosmos chain such as Akash inflates
 * its total supply; this schedule knows only what it minted itself).
 *
 * @param baseTokens   the base at genesis, finite and >= 0
 * @param ratePerEpoch the share of the base minted each epoch, in [0, 1]
 */
public record InflationEmission(double baseTokens, double ratePerEpoch) implements EmissionSchedule {

    /** @throws IllegalArgumentException unless both are in their ranges */
    public InflationEmission {
        EmissionArguments.requireFiniteNonNegative("baseTokens", baseTokens);
        if (!(ratePerEpoch >= 0 && ratePerEpoch <= 1)) {
            throw new IllegalArgumentException("ratePerEpoch must be in [0, 1], was " + ratePerEpoch);
        }
    }

    /** An annual rate spread over {@code epochsPerYear} epochs: {@code ratePerYear / epochsPerYear} each. */
    public static InflationEmission annual(double baseTokens, double ratePerYear, double epochsPerYear) {
        if (!(epochsPerYear >= 1) || epochsPerYear == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("epochsPerYear must be finite and >= 1, was " + epochsPerYear);
        }
        return new InflationEmission(baseTokens, ratePerYear / epochsPerYear);
    }

    @Override
    public double emission(int epoch, double mintedSoFar) {
        EmissionArguments.checkQuery(epoch, mintedSoFar);
        return ratePerEpoch * (baseTokens + mintedSoFar);
    }
}
