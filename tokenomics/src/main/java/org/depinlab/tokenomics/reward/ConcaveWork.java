package org.depinlab.tokenomics.reward;

/**
 * Diminishing returns to work: the pool split in proportion to {@code work_i^alpha} among
 * recipients with uptime > 0. With alpha &lt; 1 a recipient doing twice the work gets less than twice
 * the reward (2^alpha times), which tempers the advantage of the largest operators; alpha = 1 is
 * {@link ProRataWork}. Unallocated: the whole pool when no eligible recipient did any work, else 0.
 * One pass, no allocation.
 *
 * @param alpha the exponent, in (0, 1]
 */
public record ConcaveWork(double alpha) implements RewardRule {

    /** @throws IllegalArgumentException unless alpha is in (0, 1] */
    public ConcaveWork {
        if (!(alpha > 0 && alpha <= 1)) {
            throw new IllegalArgumentException("alpha must be in (0, 1], was " + alpha);
        }
    }

    @Override
    public double allocate(double pool, Contributions contributions, double[] rewards) {
        Allocations.check(pool, contributions, rewards);
        for (int i = 0; i < rewards.length; i++) {
            rewards[i] = contributions.eligible(i) ? Math.pow(contributions.work(i), alpha) : 0.0;
        }
        return Allocations.proRata(pool, rewards);
    }
}
