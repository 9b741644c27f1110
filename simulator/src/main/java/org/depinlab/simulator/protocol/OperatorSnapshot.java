package org.depinlab.simulator.protocol;

import java.util.List;

/**
 * Every operator's cumulative rewards and fiat profit at the end of one epoch (for Lorenz curves
 * at points in time), in operator order.
 *
 * @param epoch        the epoch
 * @param rewardTokens cumulative reward tokens per operator
 * @param profitUsd    cumulative fiat profit per operator (may be negative)
 */
public record OperatorSnapshot(int epoch, List<Double> rewardTokens, List<Double> profitUsd) {

    public OperatorSnapshot {
        rewardTokens = List.copyOf(rewardTokens);
        profitUsd = List.copyOf(profitUsd);
    }
}
