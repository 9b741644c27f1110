package org.depinlab.tokenomics.reward;

import java.util.List;
import java.util.Objects;

/**
 * Work tiers: each eligible recipient scores {@code work * multiplier(k)}, where k is the highest
 * tier whose threshold the work reaches ({@code work >= thresholds(k)}), and the pool is split in
 * proportion to the scores. Example: thresholds [0, 100, 1000], multipliers [1, 1.2, 1.5] pay work
 * 1000 and above 1.5 times as much per unit as work below 100. Unallocated: the whole pool when no
 * eligible recipient did any work, else 0. O(n log tiers), no allocation.
 *
 * @param thresholds strictly ascending, finite, the first exactly 0 (every work reaches tier 0)
 * @param multipliers one per threshold, finite and > 0
 */
public record TieredWork(List<Double> thresholds, List<Double> multipliers) implements RewardRule {

    /**
     * @throws IllegalArgumentException if the lists are empty or of different lengths, the first
     *     threshold is not 0, the thresholds are not strictly ascending and finite, or a multiplier
     *     is not finite and > 0 (the message names the index)
     */
    public TieredWork {
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
        thresholds = List.copyOf(thresholds);
        multipliers = List.copyOf(multipliers);
    }

    @Override
    public double allocate(double pool, Contributions contributions, double[] rewards) {
        Allocations.check(pool, contributions, rewards);
        for (int i = 0; i < rewards.length; i++) {
            double work = contributions.work(i);
            rewards[i] = contributions.eligible(i) ? work * multipliers.get(tier(work)) : 0.0;
        }
        return Allocations.proRata(pool, rewards);
    }

    /** The highest k with thresholds(k) <= work, by binary search; 0 for any work >= 0. */
    private int tier(double work) {
        int low = 0;
        int high = thresholds.size() - 1;
        while (low < high) {
            int middle = (low + high + 1) >>> 1;
            if (thresholds.get(middle) <= work) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low;
    }
}
