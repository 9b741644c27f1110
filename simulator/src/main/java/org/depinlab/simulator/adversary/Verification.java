package org.depinlab.simulator.adversary;

/**
 * How the protocol checks results.
 *
 * @param spotCheckShare           share of delivered jobs re-executed on another node, [0, 1]
 * @param falsePositiveProbability chance that an honest result fails a comparison (floating-point
 *                                 non-determinism across GPUs), [0, 1)
 */
public record Verification(double spotCheckShare, double falsePositiveProbability) {

    /** No checks at all. */
    public static final Verification NONE = new Verification(0, 0);

    public Verification {
        if (!(spotCheckShare >= 0 && spotCheckShare <= 1)) {
            throw new IllegalArgumentException("spot-check share must be in [0, 1], got " + spotCheckShare);
        }
        if (!(falsePositiveProbability >= 0 && falsePositiveProbability < 1)) {
            throw new IllegalArgumentException("false-positive probability must be in [0, 1), got "
                    + falsePositiveProbability);
        }
    }
}
