package org.depinlab.simulator.protocol;

/**
 * One operator's token and fiat accounts over the whole run (sums over the epochs it took part in;
 * stocks at the end), the protocol's result per operator. The definitions are
 * {@link OperatorAccounts}'s. Its service on the network (nodes, GPUs, busy and down time) is its
 * {@link org.depinlab.simulator.model.OperatorSummary}; the two make a line of
 * {@code data/operators.csv}.
 *
 * @param operator            name
 * @param operatorClass       class
 * @param identities          identities at the end
 * @param epochsActive        epochs it took part in (capacity in service, rewards or fees)
 * @param rewardTokens        tokens received as rewards
 * @param soldTokens          reward tokens sold as received
 * @param realisedUsd         what the market paid for them
 * @param heldTokens          reward tokens held at the end
 * @param unrealisedUsd       held tokens at the last epoch's closing price
 * @param holdingGainUsd      revaluation of held tokens from the epoch after they were received on
 * @param feeRevenueUsd       job fees after the protocol's take
 * @param electricityUsd      facility energy drawn (IT x its class's PUE; idle while online, busy in every run,
 *                            interrupted ones too) at its power price
 * @param identityCostUsd     cost of identities beyond the first
 * @param capexUsd            hardware bought
 * @param writeOffUsd         straight-line write-off of the hardware bought
 * @param slashedTokens       stake lost to slashing
 * @param slashedUsd          slashed stake at the price when slashed
 * @param capitalCostUsd      capital cost of its stake and hardware
 * @param stakeBoughtUsd      what it paid the token market for the stake it bonded when it entered (an
 *                            asset: a cash flow, not a cost; genesis stake is granted, not bought)
 * @param stakeSoldUsd        what the market paid for its stake sold once released after it exited
 * @param operatingProfitUsd  fees + reward income − electricity − identity cost
 * @param fullCostProfitUsd   operating profit − write-off − slashed value − capital cost
 * @param profitUsd           full-cost profit + holding gains = fees + realised + unrealised − full cost
 * @param activeAtEnd         true when it had capacity in service at the end
 */
public record OperatorLedger(String operator, String operatorClass, int identities, int epochsActive,
                             double rewardTokens, double soldTokens, double realisedUsd, double heldTokens,
                             double unrealisedUsd, double holdingGainUsd, double feeRevenueUsd, double electricityUsd,
                             double identityCostUsd, double capexUsd, double writeOffUsd, double slashedTokens,
                             double slashedUsd, double capitalCostUsd, double stakeBoughtUsd,
                             double stakeSoldUsd, double operatingProfitUsd,
                             double fullCostProfitUsd, double profitUsd, boolean activeAtEnd) {
}
