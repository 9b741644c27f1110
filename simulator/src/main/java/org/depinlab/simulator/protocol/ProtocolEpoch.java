package org.depinlab.simulator.protocol;

import java.util.List;

/**
 * The protocol's state after one epoch. Concentration figures come in pairs: apparent (per
 * identity, what the chain sees) and true (per owning operator, what the simulation knows).
 * The epoch's fiat profit enters its Gini with losses (a signed Gini); its Nakamoto coefficient and
 * HHI, which need shares, count positive profits only (losses are shown by {@code operatorsLosingMoney}).
 *
 * @param epoch                  index
 * @param supplyTokens           supply after the epoch
 * @param mintedTokens           minted in the epoch (emission)
 * @param burnedTokens           burned in the epoch (BME and slashing)
 * @param inflation              minted / supply at the start of the epoch
 * @param priceUsd               token price at the end of the epoch
 * @param treasuryTokens         treasury balance
 * @param rewardsTokens          rewards paid to identities
 * @param operatorsActive        operators with capacity in service
 * @param identities             identities holding that capacity
 * @param entries                operators that entered
 * @param exits                  operators that exited
 * @param operatorsLosingMoney   active operators with negative fiat profit in the epoch
 * @param slashedTokens          stake slashed
 * @param rewardGiniApparent     Gini of rewards per identity
 * @param rewardGiniTrue         Gini of rewards per operator
 * @param rewardNakamotoApparent Nakamoto coefficient of rewards per identity
 * @param rewardNakamotoTrue     Nakamoto coefficient of rewards per operator
 * @param rewardHhiApparent      HHI of rewards per identity
 * @param rewardHhiTrue          HHI of rewards per operator
 * @param profitGiniApparent     Gini of the epoch's fiat profit per identity, losses included
 * @param profitGiniTrue         Gini of the epoch's fiat profit per operator, losses included
 * @param profitNakamotoTrue     Nakamoto coefficient of fiat profit per operator
 * @param profitHhiTrue          HHI of fiat profit per operator
 * @param capacityGiniApparent   Gini of GPUs in service per identity
 * @param capacityGiniTrue       Gini of GPUs in service per operator
 * @param capacityNakamotoTrue   Nakamoto coefficient of GPUs in service per operator
 * @param capacityHhiTrue        HHI of GPUs in service per operator
 * @param rewardShareByClass     share of the epoch's rewards per operator class (class order)
 * @param tokenWealth            concentration of token wealth over all holders, insiders included, at the end
 * @param entryExit              potential entrants turned away, expansions, and capacity in service per class
 */
public record ProtocolEpoch(int epoch, double supplyTokens, double mintedTokens, double burnedTokens, double inflation,
                            double priceUsd, double treasuryTokens, double rewardsTokens, int operatorsActive,
                            int identities, int entries, int exits, int operatorsLosingMoney, double slashedTokens,
                            double rewardGiniApparent, double rewardGiniTrue, int rewardNakamotoApparent,
                            int rewardNakamotoTrue, double rewardHhiApparent, double rewardHhiTrue,
                            double profitGiniApparent, double profitGiniTrue, int profitNakamotoTrue,
                            double profitHhiTrue, double capacityGiniApparent, double capacityGiniTrue,
                            int capacityNakamotoTrue, double capacityHhiTrue, List<Double> rewardShareByClass,
                            WealthConcentration tokenWealth, EntryExit entryExit) {

    public ProtocolEpoch {
        rewardShareByClass = List.copyOf(rewardShareByClass);
    }
}
