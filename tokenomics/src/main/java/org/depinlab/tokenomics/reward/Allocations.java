package org.depinlab.tokenomics.reward;

import java.util.Objects;

import org.depinlab.tokenomics.numeric.CompensatedSum;

/** Argument checks and the proportional split that every rule shares. */
final class Allocations {

    private Allocations() {
    }

    static void check(double pool, Contributions contributions, double[] rewards) {
        if (!(pool >= 0) || pool == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("pool must be finite and >= 0, was " + pool);
        }
        Objects.requireNonNull(contributions, "contributions");
        Objects.requireNonNull(rewards, "rewards");
        if (rewards.length != contributions.size()) {
            throw new IllegalArgumentException("rewards has length " + rewards.length
                    + ", must equal the number of recipients " + contributions.size());
        }
    }

    /**
     * Replaces each score by {@code pool * score / sum(scores)}, in place, and returns the part of
     * the pool left unallocated: all of it when every score is 0, else 0. The shares come from a
     * compensated sum, so the rewards add up to the pool within a few ulps whatever n is.
     *
     * @param scores finite and >= 0
     * @throws IllegalArgumentException if the scores sum past {@link Double#MAX_VALUE}
     */
    static double proRata(double pool, double[] scores) {
        double total = CompensatedSum.of(scores);
        if (!Double.isFinite(total)) {
            throw new IllegalArgumentException(
                    "reward scores sum past Double.MAX_VALUE: rescale the contributions");
        }
        if (total == 0) {
            return pool;
        }
        for (int i = 0; i < scores.length; i++) {
            scores[i] = scores[i] / total * pool;
        }
        return 0.0;
    }
}
