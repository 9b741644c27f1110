package org.depinlab.simulator.protocol;

/**
 * How operators decide each epoch, from their fiat margin (profit / cost, as an exponential moving
 * average over {@code windowEpochs}), with hysteresis: the thresholds are apart, so an operator does
 * not flap between expanding and shrinking.
 *
 * @param windowEpochs      span of the moving average (α = 2 / (window + 1)); an operator decides
 *                          only once it has been in the network that long
 * @param exitMargin        an operator exits (all its nodes out of service, for good) below this margin
 * @param shrinkMargin      below this margin it takes one node out of service
 * @param expandMargin      above it, it puts one reserve node in service if its cash covers the node
 * @param entryMargin       an entrant joins when the active operators of its class average above it
 * @param initialCashShare  cash an operator starts with, as a share of its hardware's price
 */
public record OperatorDecisions(int windowEpochs, double exitMargin, double shrinkMargin, double expandMargin,
                                double entryMargin, double initialCashShare) {

    public OperatorDecisions {
        if (windowEpochs < 1) {
            throw new IllegalArgumentException("decision window must be >= 1 epoch, got " + windowEpochs);
        }
        if (!(exitMargin < shrinkMargin && shrinkMargin < expandMargin)) {
            throw new IllegalArgumentException("need exit margin < shrink margin < expand margin (hysteresis), got "
                    + exitMargin + ", " + shrinkMargin + ", " + expandMargin);
        }
        if (!(initialCashShare >= 0)) {
            throw new IllegalArgumentException("initial cash share must be >= 0, got " + initialCashShare);
        }
    }
}
