package org.depinlab.simulator.protocol;

import java.util.Arrays;

import org.depinlab.simulator.network.Network;
import org.depinlab.tokenomics.concentration.Concentration;
import org.depinlab.tokenomics.concentration.ConcentrationMetrics;
import org.depinlab.tokenomics.ledger.TokenLedger;
import org.depinlab.tokenomics.staking.StakeBook;

/**
 * Measures the concentration of token wealth over every holder ({@link WealthConcentration}) from
 * the ledger and the stake book: O(identity slots + nodes) and one sort of the holders an epoch.
 */
final class TokenWealth {

    private final Network network;
    private final Identities identities;
    private final TokenLedger ledger;
    private final StakeBook stakes;
    private final int firstHolder;
    private final int holders;
    private final double[] operatorTokens;
    private final double[] all;

    /**
     * @param firstHolder the ledger account of the first allocation holder
     * @param holders     the allocation holders, whose accounts follow it
     */
    TokenWealth(Network network, Identities identities, TokenLedger ledger, StakeBook stakes, int firstHolder,
                int holders) {
        this.network = network;
        this.identities = identities;
        this.ledger = ledger;
        this.stakes = stakes;
        this.firstHolder = firstHolder;
        this.holders = holders;
        operatorTokens = new double[network.operatorCapacity()];
        all = new double[network.operatorCapacity() + holders];
    }

    WealthConcentration measure() {
        Arrays.fill(operatorTokens, 0);
        for (int slot = 0; slot < identities.slots(); slot++) {
            operatorTokens[identities.owner(slot)] += ledger.balance(slot);
        }
        for (int n = 0; n < network.nodeCount(); n++) {
            operatorTokens[network.operator[n]] += stakes.bonded(n) + stakes.unbonding(n);
        }
        int count = 0;
        for (double tokens : operatorTokens) {
            if (tokens > 0) {
                all[count++] = tokens;
            }
        }
        int operators = count;
        for (int h = 0; h < holders; h++) {
            double tokens = ledger.balance(firstHolder + h);
            if (tokens > 0) {
                all[count++] = tokens;
            }
        }
        if (count == 0) {
            return WealthConcentration.NONE;
        }
        Concentration wealth = ConcentrationMetrics.of(Arrays.copyOf(all, count));
        double giniOperators = operators == 0 ? Double.NaN : ConcentrationMetrics.gini(Arrays.copyOf(all, operators));
        return new WealthConcentration(count, wealth.gini(), wealth.nakamoto(), wealth.top10Share(), giniOperators);
    }
}
