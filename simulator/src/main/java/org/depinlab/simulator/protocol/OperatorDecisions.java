package org.depinlab.simulator.protocol;

/**
 * How incumbent operators decide each epoch, from moving averages (exponential, over
 * {@code windowEpochs}) of their margins. Hardware already bought is sunk, so they shrink and exit
 * on their operating margin (revenue − electricity − identity costs over those costs); buying
 * more is a new investment, so they expand on their full-cost margin (the hardware's write-off
 * counted). Hysteresis: the thresholds are apart, and an operator exits only when its operating
 * margin has stayed below the exit threshold for a whole window. Entrants come through
 * {@link org.depinlab.simulator.network.EntryConfig}.
 *
 * @param windowEpochs      span of the moving averages (α = 2 / (window + 1)); an operator decides
 *                          only once it has been in the network that long
 * @param exitMargin        an operator exits (all its nodes out of service, for good) once its operating
 *                          margin has stayed below this for a whole window
 * @param shrinkMargin      below this operating margin it takes one node out of service (never its last)
 * @param expandMargin      above this full-cost margin it buys one headroom node if its cash covers the node
 * @param initialCashShare  cash an operator starts with, as a share of its hardware's price
 */
public record OperatorDecisions(int windowEpochs, double exitMargin, double shrinkMargin, double expandMargin,
                                double initialCashShare) {

    public OperatorDecisions {
        if (windowEpochs < 1) {
            throw new IllegalArgumentException("decision window must be >= 1 epoch, got " + windowEpochs);
        }
        if (!(exitMargin < shrinkMargin)) {
            throw new IllegalArgumentException("need exit margin < shrink margin (hysteresis), got " + exitMargin
                    + ", " + shrinkMargin);
        }
        if (!(initialCashShare >= 0)) {
            throw new IllegalArgumentException("initial cash share must be >= 0, got " + initialCashShare);
        }
    }
}
