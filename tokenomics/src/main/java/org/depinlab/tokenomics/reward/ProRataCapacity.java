package org.depinlab.tokenomics.reward;

/**
 * The pool split in proportion to capacity among recipients with uptime > 0:
 * {@code reward_i = pool * capacity_i / sum_j capacity_j}. With capacity measured as GPU-seconds
 * online weighted by a per-model multiplier, counting only devices with enough stake, this is
 * io.net's block reward: a device earns by the hardware it keeps available, scaled by what its
 * model is worth, and not by its stake. Unallocated: the whole pool when no eligible recipient has
 * capacity, else 0. One pass, no allocation.
 */
public record ProRataCapacity() implements RewardRule {

    /** @throws IllegalArgumentException also if the contributions carry no capacity */
    @Override
    public double allocate(double pool, Contributions contributions, double[] rewards) {
        Allocations.check(pool, contributions, rewards);
        if (!contributions.hasCapacity()) {
            throw new IllegalArgumentException("pro-rata capacity needs contributions with capacity measured");
        }
        for (int i = 0; i < rewards.length; i++) {
            rewards[i] = contributions.eligible(i) ? contributions.capacity(i) : 0.0;
        }
        return Allocations.proRata(pool, rewards);
    }
}
