package org.depinlab.simulator.protocol;

/**
 * Reputation that follows each node's outcomes: a beta reputation (Jøsang and Ismail 2002) with
 * forgetting. Evidence is counted per epoch, completed jobs for, faults against, and what was
 * counted before decays by {@code 1 − decayPerEpoch} each epoch; the reputation is the mean of
 * the beta distribution whose prior is the node's drawn reputation r₀ with weight W:
 * {@code (α + W·r₀) / (α + β + W)}. With W = 2 and r₀ = ½ it is Jøsang's (α + 1) / (α + β + 2).
 *
 * @param decayPerEpoch share of the evidence forgotten every epoch, in [0, 1] (0 = never forget)
 * @param priorWeight   W, the weight of the drawn reputation in pseudo-outcomes, > 0
 */
public record ReputationRule(double decayPerEpoch, double priorWeight) {

    public ReputationRule {
        if (!(decayPerEpoch >= 0 && decayPerEpoch <= 1)) {
            throw new IllegalArgumentException("reputation decay per epoch must be in [0, 1], got " + decayPerEpoch);
        }
        if (!(priorWeight > 0) || Double.isInfinite(priorWeight)) {
            throw new IllegalArgumentException("reputation prior weight must be finite and > 0, got " + priorWeight);
        }
    }
}
