package org.depinlab.tokenomics.reward;

/**
 * The pool split in proportion to uptime: {@code reward_i = pool * uptime_i / sum_j uptime_j}
 * (uptime 0 gives 0 by construction). Unallocated: the whole pool when everyone was offline, else 0.
 * One pass, no allocation.
 */
public record ProRataUptime() implements RewardRule {

    @Override
    public double allocate(double pool, Contributions contributions, double[] rewards) {
        Allocations.check(pool, contributions, rewards);
        for (int i = 0; i < rewards.length; i++) {
            rewards[i] = contributions.uptime(i);
        }
        return Allocations.proRata(pool, rewards);
    }
}
