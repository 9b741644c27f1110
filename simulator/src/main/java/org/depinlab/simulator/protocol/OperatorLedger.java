package org.depinlab.simulator.protocol;

/**
 * One operator's token and fiat accounts over the whole run (sums over epochs), the protocol's
 * result per operator: rewards, fees after the take, costs, profit. Its service on the network
 * (nodes, GPUs, busy and down time) is its {@link org.depinlab.simulator.model.OperatorSummary};
 * the two make a line of {@code data/operators.csv}.
 *
 * @param operator           name
 * @param operatorClass      class
 * @param identities         identities at the end
 * @param rewardTokens       tokens received as rewards
 * @param rewardValueUsd     rewards valued at the price of the epoch they were paid in
 * @param feeRevenueUsd      job fees after the protocol's take
 * @param electricityUsd     energy cost
 * @param amortizationUsd    hardware write-off of the capacity it had in service
 * @param identityCostUsd    cost of identities beyond the first
 * @param profitUsd          reward value + fees − electricity − amortization − identity cost
 * @param slashedTokens      stake lost to slashing
 * @param activeAtEnd        true when it had capacity in service at the end
 */
public record OperatorLedger(String operator, String operatorClass, int identities, double rewardTokens,
                             double rewardValueUsd, double feeRevenueUsd, double electricityUsd,
                             double amortizationUsd, double identityCostUsd, double profitUsd, double slashedTokens,
                             boolean activeAtEnd) {
}
