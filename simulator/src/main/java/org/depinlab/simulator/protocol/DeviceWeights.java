package org.depinlab.simulator.protocol;

import java.util.Map;
import java.util.Objects;

/**
 * io.net-style device weighting for a capacity reward rule: a node's capacity in an epoch is
 * {@code multiplier(model) * GPUs * seconds online}, counted only when the node's bonded stake
 * covers {@code minStakeTokensPerGpu * max(1, multiplier(model)) * GPUs} (io.net's staking
 * requirement: a base per card, scaled by the device's earning multiplier where it exceeds 1).
 *
 * @param multipliers          earning multiplier per catalogue model id, each finite and > 0; a model
 *                             absent from the map has multiplier 1
 * @param minStakeTokensPerGpu the base stake per GPU, finite and >= 0 (0: every node takes part)
 */
public record DeviceWeights(Map<String, Double> multipliers, double minStakeTokensPerGpu) {

    public DeviceWeights {
        multipliers = Map.copyOf(Objects.requireNonNull(multipliers, "multipliers"));
        multipliers.forEach((model, multiplier) -> {
            if (!(multiplier > 0) || multiplier == Double.POSITIVE_INFINITY) {
                throw new IllegalArgumentException("multiplier of " + model + " must be finite and > 0, got "
                        + multiplier);
            }
        });
        if (!(minStakeTokensPerGpu >= 0) || minStakeTokensPerGpu == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("minimum stake per GPU must be finite and >= 0, got "
                    + minStakeTokensPerGpu);
        }
    }

    /** The earning multiplier of a catalogue model: 1 when the map does not name it. */
    public double multiplier(String model) {
        return multipliers.getOrDefault(model, 1.0);
    }

    /** The stake a node of {@code gpus} GPUs of {@code model} must have bonded to take part. */
    public double requiredStake(String model, int gpus) {
        return minStakeTokensPerGpu * Math.max(1, multiplier(model)) * gpus;
    }
}
