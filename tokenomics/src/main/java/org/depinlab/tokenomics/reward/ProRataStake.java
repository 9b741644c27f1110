package org.depinlab.tokenomics.reward;

/**
 * The pool split in proportion to stake among recipients with uptime > 0:
 * {@code reward_i = pool * stake_i / sum_j stake_j}. Unallocated: the whole pool when no eligible
 * recipient has stake, else 0. One pass, no allocation.
 */
public record ProRataStake() implements RewardRule {

    @Override
    public double allocate(double pool, Contributions contributions, double[] rewards) {
        Allocations.check(pool, contributions, rewards);
        for (int i = 0; i < rewards.length; i++) {
            rewards[i] = contributions.eligible(i) ? contributions.stake(i) : 0.0;
        }
        return Allocations.proRata(pool, rewards);
    }
}
