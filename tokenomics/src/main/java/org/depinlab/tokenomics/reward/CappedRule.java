package org.depinlab.tokenomics.reward;

import java.util.Objects;

/**
 * Any rule with a per-recipient cap: no recipient gets more than {@code maxShare * pool}. What the
 * cap takes from a recipient is re-allocated to the uncapped ones in proportion to what the inner
 * rule gave them, and again until no one exceeds the cap (water-filling). The fixed point is
 * {@code reward_i = min(cap, lambda * inner_i)} with the one lambda >= 1 that allocates everything
 * the inner rule allocated; it is computed directly (see {@link WaterFilling}), not by iterating.
 * When even capping everyone the inner rule paid cannot place the allocation
 * ({@code cap * payees < allocated}), each payee gets the cap and the rest is returned as
 * unallocated. Recipients the inner rule gave 0 (uptime 0 among them) stay at 0.
 *
 * <p>Cost: the inner rule plus O(n log k) for at most k capped recipients (k ≤ 1 / maxShare); the
 * only allocations are two arrays of k doubles.
 *
 * @param inner the rule whose allocation is capped
 * @param maxShare the largest share of the pool one recipient may get, in (0, 1]
 */
public record CappedRule(RewardRule inner, double maxShare) implements RewardRule {

    /** @throws IllegalArgumentException unless maxShare is in (0, 1] */
    public CappedRule {
        Objects.requireNonNull(inner, "inner");
        if (!(maxShare > 0 && maxShare <= 1)) {
            throw new IllegalArgumentException("maxShare must be in (0, 1], was " + maxShare);
        }
    }

    @Override
    public double allocate(double pool, Contributions contributions, double[] rewards) {
        Allocations.check(pool, contributions, rewards);
        double unallocated = inner.allocate(pool, contributions, rewards);
        return unallocated + WaterFilling.capInPlace(rewards, maxShare * pool);
    }
}
