package org.depinlab.simulator.protocol;

import java.util.List;

/**
 * Where all operators stand at the end of one epoch: each one's cumulative rewards and fiat profit,
 * in operator order (for the report's Lorenz curves at points in time). Not one operator's record:
 * see {@link OperatorLedger} for that, and {@link OperatorAccounts} for the accounts while running.
 *
 * @param epoch        the epoch
 * @param rewardTokens cumulative reward tokens per operator
 * @param profitUsd    cumulative fiat profit per operator (may be negative)
 */
public record OperatorStandings(int epoch, List<Double> rewardTokens, List<Double> profitUsd) {

    public OperatorStandings {
        rewardTokens = List.copyOf(rewardTokens);
        profitUsd = List.copyOf(profitUsd);
    }
}
