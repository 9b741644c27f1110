package org.depinlab.tokenomics.reward;

/**
 * The pool split in proportion to work among recipients with uptime > 0:
 * {@code reward_i = pool * work_i / sum_j work_j}. Unallocated: the whole pool when no eligible
 * recipient did any work, else 0. One pass, no allocation.
 */
public record ProRataWork() implements RewardRule {

    @Override
    public double allocate(double pool, Contributions contributions, double[] rewards) {
        Allocations.check(pool, contributions, rewards);
        for (int i = 0; i < rewards.length; i++) {
            rewards[i] = contributions.eligible(i) ? contributions.work(i) : 0.0;
        }
        return Allocations.proRata(pool, rewards);
    }
}
