/**
 * Reward rules: how one epoch's reward pool is split among the recipients (operators or nodes)
 * from their {@link org.depinlab.tokenomics.reward.Contributions} (work done, uptime, stake, and
 * capacity where a rule needs it).
 *
 * <p>{@link org.depinlab.tokenomics.reward.RewardRule} is the one interface and states the contract
 * every rule keeps: rewards plus the returned unallocated part add up to the pool, and a recipient
 * with uptime 0 gets exactly 0. Proportional rules ({@code ProRataWork}, {@code ProRataUptime},
 * {@code ProRataStake}, {@code ProRataCapacity}, {@code ConcaveWork}, marginal {@code TieredWork})
 * are one pass that writes into the caller's array and allocates nothing; {@code WeightedHybrid}
 * combines rules, and {@code CappedRule} (an absolute share of the pool) and
 * {@code RelativeCappedRule} (a multiple of the mean share of the eligible recipients) cap any
 * rule's per-recipient reward by water-filling in O(n log k) for at most k capped recipients. The package imports only the JDK; it knows nothing of the simulator.
 */
package org.depinlab.tokenomics.reward;
