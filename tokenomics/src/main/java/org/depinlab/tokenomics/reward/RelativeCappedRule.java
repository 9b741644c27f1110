package org.depinlab.tokenomics.reward;

import java.util.Objects;

/**
 * Any rule with a per-recipient cap relative to the number of recipients: with n eligible
 * recipients (uptime > 0) in the epoch, no one gets more than {@code meanMultiple * pool / n}, that
 * is {@code meanMultiple} times the mean share. An absolute share ({@link CappedRule}) means
 * nothing without the recipient count: 1 % binds on nobody among 10 and on most among 10 000; a
 * multiple of the mean binds alike at any size. What the cap takes is re-allocated by
 * water-filling exactly as in {@link CappedRule}; with {@code meanMultiple >= n} the cap is at
 * least the pool and changes nothing.
 *
 * <p>Cost: the inner rule, one O(n) count, plus the water-filling's O(n log k).
 *
 * @param inner the rule whose allocation is capped
 * @param meanMultiple the largest reward as a multiple of the mean share {@code pool / n}, >= 1 and
 *     finite (below 1 the caps could never place the pool)
 */
public record RelativeCappedRule(RewardRule inner, double meanMultiple) implements RewardRule {

    /** @throws IllegalArgumentException unless meanMultiple is finite and >= 1 */
    public RelativeCappedRule {
        Objects.requireNonNull(inner, "inner");
        if (!(meanMultiple >= 1) || meanMultiple == Double.POSITIVE_INFINITY) {
            throw new IllegalArgumentException("meanMultiple must be finite and >= 1, was " + meanMultiple);
        }
    }

    @Override
    public double allocate(double pool, Contributions contributions, double[] rewards) {
        Allocations.check(pool, contributions, rewards);
        double unallocated = inner.allocate(pool, contributions, rewards);
        int eligible = 0;
        for (int i = 0; i < rewards.length; i++) {
            if (contributions.eligible(i)) {
                eligible++;
            }
        }
        if (eligible == 0) {
            return unallocated;
        }
        return unallocated + WaterFilling.capInPlace(rewards, meanMultiple * pool / eligible);
    }
}
