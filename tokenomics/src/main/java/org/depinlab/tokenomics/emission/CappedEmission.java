package org.depinlab.tokenomics.emission;

import java.util.Objects;

/**
 * Any schedule bounded by a cap on the total ever minted by emission:
 * {@code min(inner(epoch, mintedSoFar), max(0, cap - mintedSoFar))}. Fed the true running total, the
 * minted tokens reach the cap exactly and never pass it; from then on the emission is 0.
 *
 * @param inner the schedule being capped
 * @param cap the most tokens emission may ever mint, finite and >= 0
 */
public record CappedEmission(EmissionSchedule inner, double cap) implements EmissionSchedule {

    /** @throws IllegalArgumentException unless {@code cap} is finite and >= 0 */
    public CappedEmission {
        Objects.requireNonNull(inner, "inner");
        EmissionArguments.requireFiniteNonNegative("cap", cap);
    }

    @Override
    public double emission(int epoch, double mintedSoFar) {
        EmissionArguments.checkQuery(epoch, mintedSoFar);
        return Math.min(inner.emission(epoch, mintedSoFar), Math.max(0.0, cap - mintedSoFar));
    }
}
