package org.depinlab.tokenomics.emission;

/**
 * Filecoin's hybrid minting: a simple part released by time and a baseline part released only as
 * the network's capacity reaches a baseline that grows exponentially. Definitions of the Filecoin
 * specification ("Block Reward Minting", spec.filecoin.io, section Token; the reward actor's
 * {@code SIMPLE_TOTAL} 330 M and {@code BASELINE_TOTAL} 770 M FIL, a 70 % baseline share, in
 * fil_actor_reward's logic.rs), with time in epochs:
 * <ul>
 * <li>baseline {@code b(t) = b0 e^{g t}};
 * <li>capped cumulative capacity {@code R(t) = ∫_0^t min(capacity(s), b(s)) ds};
 * <li>effective network time θ solves {@code ∫_0^θ b = R}: {@code θ = ln(1 + g R / b0) / g} ({@code R / b0}
 * for {@code g = 0});
 * <li>cumulative simple minting {@code M_s (1 - e^{-λ t})}, cumulative baseline minting
 * {@code M_b (1 - e^{-λ θ})}; an epoch's emission is the increase of their sum over it.
 * </ul>
 * A network at or above the baseline throughout has θ = t and mints the time schedule of
 * {@code M_s + M_b}; one below it mints its baseline part later, or never. The total never exceeds
 * {@code M_s + M_b}. Capacity is constant within an epoch, so {@code R} is integrated exactly.
 *
 * @param simpleTokens     M_s, tokens released by time, finite and >= 0
 * @param baselineTokens   M_b, tokens released by effective network time, finite and >= 0
 * @param decayPerEpoch    λ, per epoch, finite and > 0 (Filecoin: ln 2 / 6 years)
 * @param baselineCapacity b0, the baseline at epoch 0, finite and > 0, in the caller's unit of capacity
 * @param growthPerEpoch   g, the baseline's continuous growth rate per epoch, finite and >= 0
 */
public record BaselineMinting(double simpleTokens, double baselineTokens, double decayPerEpoch,
                              double baselineCapacity, double growthPerEpoch) implements CapacityContingentEmission {

    /** @throws IllegalArgumentException when a parameter is outside its range */
    public BaselineMinting {
        EmissionArguments.requireFiniteNonNegative("simpleTokens", simpleTokens);
        EmissionArguments.requireFiniteNonNegative("baselineTokens", baselineTokens);
        EmissionArguments.requireFiniteNonNegative("growthPerEpoch", growthPerEpoch);
        if (!(decayPerEpoch > 0) || decayPerEpoch == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("decayPerEpoch must be finite and > 0, was " + decayPerEpoch);
        }
        if (!(baselineCapacity > 0) || baselineCapacity == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("baselineCapacity must be finite and > 0, was " + baselineCapacity);
        }
    }

    /** The baseline at time {@code t}, epochs. */
    public double baseline(double t) {
        return baselineCapacity * Math.exp(growthPerEpoch * t);
    }

    /** {@code ∫_0^t b}: the capped capacity of a network always at or above the baseline. */
    public double baselineIntegral(double t) {
        return growthPerEpoch == 0 ? baselineCapacity * t : baselineCapacity * Math.expm1(growthPerEpoch * t) / growthPerEpoch;
    }

    /** θ for a capped cumulative capacity {@code capped}: the inverse of {@link #baselineIntegral(double)}. */
    @Override
    public double effectiveTime(double capped) {
        return growthPerEpoch == 0 ? capped / baselineCapacity
                : Math.log1p(growthPerEpoch * capped / baselineCapacity) / growthPerEpoch;
    }

    /** {@code ∫_epoch^{epoch+1} min(capacity, b)}: all of it below the baseline, the baseline above it, split where they cross. */
    @Override
    public double cappedCapacity(int epoch, double capacity) {
        EmissionArguments.checkQuery(epoch, capacity);
        if (capacity <= baseline(epoch)) {
            return capacity;
        }
        if (capacity >= baseline(epoch + 1.0)) {
            return baselineIntegral(epoch + 1.0) - baselineIntegral(epoch);
        }
        double crossing = Math.log(capacity / baselineCapacity) / growthPerEpoch;
        return baselineIntegral(crossing) - baselineIntegral(epoch) + capacity * (epoch + 1.0 - crossing);
    }

    @Override
    public double emission(int epoch, double cappedBefore, double cappedAfter) {
        EmissionArguments.checkQuery(epoch, cappedBefore);
        EmissionArguments.requireFiniteNonNegative("cappedAfter", cappedAfter);
        if (cappedAfter < cappedBefore) {
            throw new IllegalArgumentException("cappedAfter " + cappedAfter + " is below cappedBefore " + cappedBefore);
        }
        double simple = cumulative(simpleTokens, epoch + 1.0) - cumulative(simpleTokens, epoch);
        double baselinePart = cumulative(baselineTokens, effectiveTime(cappedAfter))
                - cumulative(baselineTokens, effectiveTime(cappedBefore));
        return Math.max(0, simple) + Math.max(0, baselinePart);
    }

    /** The emission when capacity keeps pace with the baseline: θ = t, the whole time schedule. */
    @Override
    public double emission(int epoch, double mintedSoFar) {
        EmissionArguments.checkQuery(epoch, mintedSoFar);
        return cumulative(simpleTokens + baselineTokens, epoch + 1.0) - cumulative(simpleTokens + baselineTokens, epoch);
    }

    /** {@code tokens (1 - e^{-λ t})}. */
    public double cumulative(double tokens, double t) {
        return -tokens * Math.expm1(-decayPerEpoch * t);
    }
}
