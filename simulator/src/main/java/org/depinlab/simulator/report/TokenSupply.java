package org.depinlab.simulator.report;

import java.util.List;

import org.depinlab.simulator.protocol.ProtocolEpoch;

/**
 * The token supply over a run and its growth as a yearly rate: growth g over d days is
 * (1 + g)^(365 / d) − 1, the yearly rate that compounds to it.
 *
 * @param start  supply before the first epoch: the first epoch's supply less its mint, plus its burn
 * @param minted tokens minted over the run
 * @param end    supply after the last epoch
 * @param days   days the run lasted
 */
public record TokenSupply(double start, double minted, double end, double days) {

    private static final double DAYS_PER_YEAR = 365;

    /** The supply of a run of {@code days} with these {@code epochs} (at least one). */
    public static TokenSupply of(List<ProtocolEpoch> epochs, double days) {
        ProtocolEpoch first = epochs.get(0);
        return new TokenSupply(first.supplyTokens() - first.mintedTokens() + first.burnedTokens(),
                epochs.stream().mapToDouble(ProtocolEpoch::mintedTokens).sum(),
                epochs.get(epochs.size() - 1).supplyTokens(), days);
    }

    /** Emission alone as a yearly rate: (1 + minted / start)^(365 / days) − 1 (NaN without a supply). */
    public double emissionInflationAnnual() {
        return annual(minted / start);
    }

    /** The supply's net growth, burns included, as a yearly rate: (end / start)^(365 / days) − 1. */
    public double netInflationAnnual() {
        return annual(end / start - 1);
    }

    private double annual(double growth) {
        return start > 0 && days > 0 ? Math.pow(1 + growth, DAYS_PER_YEAR / days) - 1 : Double.NaN;
    }
}
