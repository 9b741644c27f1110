package org.depinlab.simulator.protocol;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.depinlab.simulator.network.Network;
import org.depinlab.tokenomics.vesting.Grant;

/**
 * The stakeholders while the run goes on: each allocation holder's accounts, kept like an
 * operator's (tokens vested, sold and the USD received, held, and their market value), and the value
 * every stakeholder group captures ({@link ValueCaptureSeries}: allocation holders and operator
 * classes). O(holders + operators) an epoch.
 *
 * <p>The protocol's treasury is not a stakeholder: it holds what is nobody's yet (genesis tokens not
 * granted, emission no rule paid out) and spends nothing, so no value reaches anyone through it. A
 * treasury, foundation or community fund that receives tokens is an allocation holder like any
 * other: name it in the allocations and it is tracked here.
 */
final class Stakeholders {

    private final Network network;
    private final OperatorAccounts book;
    private final List<String> holders;
    private final double[] granted;
    private final double[] vested;
    private final double[] vestedValue;
    private final double[] sold;
    private final double[] soldUsd;
    private final double[] totalVested;
    private final double[] totalVestedValue;
    private final double[] totalSold;
    private final double[] totalSoldUsd;
    private final HolderLedger[] toDate;
    private final double[] groupValue;
    private final double[] groupTotal;
    private final List<String> groups = new ArrayList<>();
    private final List<String> kinds = new ArrayList<>();
    private final List<HolderEpoch> holderEpochs = new ArrayList<>();
    private final List<ValueCaptureSeries.ValueCaptureEpoch> capture = new ArrayList<>();

    /**
     * @param holders the allocation holders, in the ledger's order of their accounts
     * @param grants  their grants
     */
    Stakeholders(List<String> holders, List<Grant> grants, Network network, OperatorAccounts book) {
        this.network = network;
        this.book = book;
        this.holders = List.copyOf(holders);
        int n = holders.size();
        granted = new double[n];
        for (Grant grant : grants) {
            granted[holders.indexOf(grant.holder())] += grant.tokens();
        }
        vested = new double[n];
        vestedValue = new double[n];
        sold = new double[n];
        soldUsd = new double[n];
        totalVested = new double[n];
        totalVestedValue = new double[n];
        totalSold = new double[n];
        totalSoldUsd = new double[n];
        toDate = new HolderLedger[n];
        for (int h = 0; h < n; h++) {
            toDate[h] = new HolderLedger(holders.get(h), granted[h], 0, 0, 0, 0, 0, 0);
            groups.add(holders.get(h));
            kinds.add(ValueCaptureSeries.ALLOCATION_HOLDER);
        }
        for (String operatorClass : network.operatorClasses) {
            groups.add(operatorClass);
            kinds.add(ValueCaptureSeries.OPERATOR_CLASS);
        }
        groupValue = new double[groups.size()];
        groupTotal = new double[groups.size()];
    }

    /** Holder {@code h} received {@code tokens} vested tokens at {@code priceUsd} a token. */
    void vest(int h, double tokens, double priceUsd) {
        vested[h] += tokens;
        vestedValue[h] += tokens * priceUsd;
    }

    /** Holder {@code h} sold {@code tokens} and received {@code usd}. */
    void sold(int h, double tokens, double usd) {
        sold[h] += tokens;
        soldUsd[h] += usd;
    }

    /**
     * Closes the epoch once the operators' accounts are closed: each holder's accounts to date with
     * its held tokens at {@code priceEndUsd}, and each group's value captured, tokens received valued
     * at {@code priceReceivedUsd}.
     */
    void close(int epoch, double priceReceivedUsd, double priceEndUsd) {
        Arrays.fill(groupValue, 0);
        for (int h = 0; h < holders.size(); h++) {
            totalVested[h] += vested[h];
            totalVestedValue[h] += vestedValue[h];
            totalSold[h] += sold[h];
            totalSoldUsd[h] += soldUsd[h];
            double held = totalVested[h] - totalSold[h];
            toDate[h] = new HolderLedger(holders.get(h), granted[h], totalVested[h], totalVestedValue[h],
                    totalSold[h], totalSoldUsd[h], held, held * priceEndUsd);
            holderEpochs.add(new HolderEpoch(epoch, vested[h], vestedValue[h], sold[h], soldUsd[h], toDate[h]));
            groupValue[h] = vestedValue[h];
        }
        for (int o = 0; o < network.operatorCount(); o++) {
            groupValue[holders.size() + network.operatorClass[o]] += book.rewardTokens[o] * priceReceivedUsd + book.feesUsd[o];
        }
        double total = 0;
        for (int g = 0; g < groupTotal.length; g++) {
            groupTotal[g] += groupValue[g];
            total += groupTotal[g];
        }
        List<Double> value = new ArrayList<>(groupValue.length);
        List<Double> shares = new ArrayList<>(groupValue.length);
        for (int g = 0; g < groupTotal.length; g++) {
            value.add(groupValue[g]);
            shares.add(total > 0 ? groupTotal[g] / total : Double.NaN);
        }
        capture.add(new ValueCaptureSeries.ValueCaptureEpoch(epoch, value, shares));
        Arrays.fill(vested, 0);
        Arrays.fill(vestedValue, 0);
        Arrays.fill(sold, 0);
        Arrays.fill(soldUsd, 0);
    }

    /** Each holder's accounts at the end of the last closed epoch. */
    List<HolderLedger> holders() {
        return List.of(toDate);
    }

    /** Per epoch, one row per holder. */
    List<HolderEpoch> holderEpochs() {
        return holderEpochs;
    }

    ValueCaptureSeries valueCapture() {
        return new ValueCaptureSeries(groups, kinds, capture);
    }
}
