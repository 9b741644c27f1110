package org.depinlab.tokenomics.reward;

/**
 * Splits one epoch's reward pool among the recipients of a {@link Contributions}.
 *
 * <p>Contract for every rule:
 * <ul>
 *   <li>{@code rewards[i]} is overwritten with recipient i's reward, finite and >= 0;</li>
 *   <li>the return value is the part of the pool NOT allocated, >= 0 (the whole pool when no one is
 *       eligible, the excess when caps bind on everyone), and
 *       {@code sum(rewards) + returned == pool} to 1e-9 relative;</li>
 *   <li>a recipient with uptime 0 gets exactly 0;</li>
 *   <li>a rule is immutable and keeps no state between calls.</li>
 * </ul>
 */
public interface RewardRule {

    /**
     * @param pool the tokens to allocate this epoch, finite and >= 0
     * @param contributions what each recipient contributed
     * @param rewards filled with each recipient's reward; length {@code contributions.size()}
     * @return the part of {@code pool} left unallocated
     * @throws IllegalArgumentException if the pool is negative, NaN or infinite, or
     *     {@code rewards} has the wrong length
     */
    double allocate(double pool, Contributions contributions, double[] rewards);
}
