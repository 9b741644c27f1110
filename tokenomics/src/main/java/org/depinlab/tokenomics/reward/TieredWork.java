package org.depinlab.tokenomics.reward;

import java.util.List;
import java.util.Objects;

/**
 * Marginal work tiers, like tax brackets: the multiplier of each band applies to the work inside
 * that band, {@code score = sum_k multiplier(k) * |[0, work) ∩ [thresholds(k), thresholds(k+1))|},
 * and the pool is split in proportion to the eligible recipients' scores. Example: thresholds
 * [0, 100, 1000], multipliers [1, 1.2, 1.5] score work 2000 as 100 * 1 + 900 * 1.2 + 1000 * 1.5 =
 * 2680. The score is continuous and never falls as work grows, whatever the multipliers: a lower
 * multiplier above a threshold only pays less for the work past it. Unallocated: the whole pool
 * when no eligible recipient did any work, else 0.
 *
 * <p>The score at each threshold is computed once, here; {@link #allocate} is one O(n log tiers)
 * pass (a binary search per recipient) that allocates nothing.
 */
public final class TieredWork implements RewardRule {

    private final List<Double> thresholds;
    private final List<Double> multipliers;
    private final double[] lower;
    private final double[] rate;
    /** The score of work equal to {@code lower[k]}: the sum of the bands below it. */
    private final double[] scoreAtLower;

    /**
     * @param thresholds strictly ascending, finite, the first exactly 0: band k is
     *     [thresholds(k), thresholds(k+1)), the last band unbounded
     * @param multipliers one per band, finite and > 0
     * @throws IllegalArgumentException if the lists are empty or of different lengths, the first
     *     threshold is not 0, the thresholds are not strictly ascending and finite, or a multiplier
     *     is not finite and > 0 (the message names the index)
     */
    public TieredWork(List<Double> thresholds, List<Double> multipliers) {
        Objects.requireNonNull(thresholds, "thresholds");
        Objects.requireNonNull(multipliers, "multipliers");
        if (thresholds.isEmpty() || thresholds.size() != multipliers.size()) {
            throw new IllegalArgumentException(
                    "thresholds and multipliers must be non-empty and of the same length, got "
                    + thresholds.size() + " and " + multipliers.size());
        }
        if (!Objects.equals(thresholds.get(0), 0.0)) {
            throw new IllegalArgumentException("the first threshold must be 0, was " + thresholds.get(0));
        }
        for (int k = 1; k < thresholds.size(); k++) {
            Double threshold = thresholds.get(k);
            if (threshold == null || !(threshold > thresholds.get(k - 1))
                    || threshold == Double.POSITIVE_INFINITY) {
                throw new IllegalArgumentException("threshold at index " + k + " is " + threshold
                        + ": thresholds must be finite and strictly ascending");
            }
        }
        for (int k = 0; k < multipliers.size(); k++) {
            Double multiplier = multipliers.get(k);
            if (multiplier == null || !(multiplier > 0) || multiplier == Double.POSITIVE_INFINITY) {
                throw new IllegalArgumentException("multiplier at index " + k + " is " + multiplier
                        + ": multipliers must be finite and > 0");
            }
        }
        this.thresholds = List.copyOf(thresholds);
        this.multipliers = List.copyOf(multipliers);
        int tiers = thresholds.size();
        lower = new double[tiers];
        rate = new double[tiers];
        scoreAtLower = new double[tiers];
        for (int k = 0; k < tiers; k++) {
            lower[k] = thresholds.get(k);
            rate[k] = multipliers.get(k);
            if (k > 0) {
                scoreAtLower[k] = scoreAtLower[k - 1] + rate[k - 1] * (lower[k] - lower[k - 1]);
            }
        }
    }

    public List<Double> thresholds() {
        return thresholds;
    }

    public List<Double> multipliers() {
        return multipliers;
    }

    @Override
    public double allocate(double pool, Contributions contributions, double[] rewards) {
        Allocations.check(pool, contributions, rewards);
        for (int i = 0; i < rewards.length; i++) {
            rewards[i] = contributions.eligible(i) ? score(contributions.work(i)) : 0.0;
        }
        return Allocations.proRata(pool, rewards);
    }

    /** The marginal score of {@code work} >= 0. */
    double score(double work) {
        int k = tier(work);
        return scoreAtLower[k] + rate[k] * (work - lower[k]);
    }

    /** The highest k with lower[k] <= work, by binary search; 0 for any work >= 0. */
    private int tier(double work) {
        int low = 0;
        int high = lower.length - 1;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (lower[middle] <= work) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TieredWork that && thresholds.equals(that.thresholds)
                && multipliers.equals(that.multipliers);
    }

    @Override
    public int hashCode() {
        return Objects.hash(thresholds, multipliers);
    }

    @Override
    public String toString() {
        return "TieredWork[thresholds=" + thresholds + ", multipliers=" + multipliers + "]";
    }
}
