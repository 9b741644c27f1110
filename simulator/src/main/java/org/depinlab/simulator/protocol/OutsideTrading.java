package org.depinlab.simulator.protocol;

import java.util.ArrayList;
import java.util.List;

import org.depinlab.simulator.engine.RandomStream;
import org.depinlab.tokenomics.ledger.TokenLedger;
import org.depinlab.tokenomics.price.OutsideFlow;
import org.depinlab.tokenomics.price.TokenMarket;

/** Outsiders' trades with the pool, one an epoch, through their own ledger account. */
final class OutsideTrading {

    private final OutsideFlow flow;
    private final int account;
    private final List<OutsideFlowEpoch> epochs = new ArrayList<>();

    /**
     * @param account the outsiders' ledger account, already holding their float
     * @param stream  their own random stream ({@code "outside-flow"})
     */
    OutsideTrading(OutsideFlows config, int account, RandomStream stream) {
        this.flow = new OutsideFlow(config.meanUsdPerEpoch(), config.sdUsdPerEpoch(), config.persistence(), stream);
        this.account = account;
    }

    /** Draws the epoch's flow and trades it with {@code market}, moving the tokens in {@code ledger}. */
    void trade(int epoch, TokenMarket market, TokenLedger ledger) {
        double usd = flow.next();
        double tokens = OutsideFlow.trade(market, usd, ledger.balance(account));
        if (tokens > 0) {
            tokens = Math.min(tokens, ledger.pool());
            ledger.fromPool(account, tokens);
        } else if (tokens < 0) {
            ledger.toPool(account, -tokens);
        }
        epochs.add(new OutsideFlowEpoch(epoch, usd, tokens, ledger.balance(account), market.price()));
    }

    /** Every epoch's trade so far. */
    List<OutsideFlowEpoch> epochs() {
        return epochs;
    }
}
