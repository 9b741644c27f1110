package org.depinlab.tokenomics.reward;

import java.util.List;
import java.util.Objects;

/**
 * Several rules side by side: the pool is split by weight, {@code pool * weight_k / sum weights}
 * going through rule k, and each recipient's reward is the sum over the rules. Example: rules
 * [ProRataWork, ProRataStake] with weights [0.7, 0.3] pay 70% for work and 30% for stake. The
 * unallocated part is the sum of what each rule left unallocated. Allocates one scratch array of n
 * doubles per call when there is more than one rule.
 *
 * @param rules the rules, at least one
 * @param weights one per rule, finite and > 0 (they need not sum to 1)
 */
public record WeightedHybrid(List<RewardRule> rules, List<Double> weights) implements RewardRule {

    /**
     * @throws IllegalArgumentException if the lists are empty or of different lengths, a rule is
     *     null, or a weight is not finite and > 0 (the message names the index)
     */
    public WeightedHybrid {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(weights, "weights");
        if (rules.isEmpty() || rules.size() != weights.size()) {
            throw new IllegalArgumentException(
                    "rules and weights must be non-empty and of the same length, got "
                    + rules.size() + " and " + weights.size());
        }
        for (int k = 0; k < rules.size(); k++) {
            if (rules.get(k) == null) {
                throw new IllegalArgumentException("rule at index " + k + " is null");
            }
            Double weight = weights.get(k);
            if (weight == null || !(weight > 0) || weight == Double.POSITIVE_INFINITY) {
                throw new IllegalArgumentException("weight at index " + k + " is " + weight
                        + ": weights must be finite and > 0");
            }
        }
        rules = List.copyOf(rules);
        weights = List.copyOf(weights);
    }

    @Override
    public double allocate(double pool, Contributions contributions, double[] rewards) {
        Allocations.check(pool, contributions, rewards);
        double totalWeight = 0;
        for (double weight : weights) {
            totalWeight += weight;
        }
        double unallocated = rules.get(0).allocate(pool * (weights.get(0) / totalWeight), contributions,
                rewards);
        if (rules.size() > 1) {
            double[] part = new double[rewards.length];
            for (int k = 1; k < rules.size(); k++) {
                unallocated += rules.get(k).allocate(pool * (weights.get(k) / totalWeight), contributions,
                        part);
                for (int i = 0; i < rewards.length; i++) {
                    rewards[i] += part[i];
                }
            }
        }
        return unallocated;
    }
}
