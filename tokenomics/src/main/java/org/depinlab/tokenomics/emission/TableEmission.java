package org.depinlab.tokenomics.emission;

import java.util.List;
import java.util.Objects;

/**
 * Emission read from a table, one entry per epoch from epoch 0, and 0 after the table ends. An
 * empty table emits nothing.
 *
 * @param perEpoch the emission of epochs 0, 1, ...; each finite and >= 0. Copied: later changes to
 *     the caller's list do not reach the schedule
 */
public record TableEmission(List<Double> perEpoch) implements EmissionSchedule {

    /**
     * @throws IllegalArgumentException if an entry is null, negative, NaN or infinite (the message
     *     names its index)
     */
    public TableEmission {
        Objects.requireNonNull(perEpoch, "perEpoch");
        for (int i = 0; i < perEpoch.size(); i++) {
            Double value = perEpoch.get(i);
            if (value == null || !(value >= 0) || value == Double.POSITIVE_INFINITY) {
                throw new IllegalArgumentException("perEpoch at index " + i + " is " + value
                        + ": emissions must be finite and >= 0");
            }
        }
        perEpoch = List.copyOf(perEpoch);
    }

    @Override
    public double emission(int epoch, double mintedSoFar) {
        EmissionArguments.checkQuery(epoch, mintedSoFar);
        return epoch < perEpoch.size() ? perEpoch.get(epoch) : 0.0;
    }
}
