package org.depinlab.simulator.protocol;

import java.util.function.IntToDoubleFunction;

import org.depinlab.tokenomics.reward.CappedRule;
import org.depinlab.tokenomics.reward.Contributions;
import org.depinlab.tokenomics.reward.ProRataCapacity;
import org.depinlab.tokenomics.reward.ProRataUptime;
import org.depinlab.tokenomics.reward.RelativeCappedRule;
import org.depinlab.tokenomics.reward.RewardRule;
import org.depinlab.tokenomics.reward.WeightedHybrid;

/**
 * The part of an epoch's rewards paid for claims that did not exist: each identity's reward from a rule
 * that pays for uptime (capacity) times the share of its claimed uptime (capacity) that was spoofed. A
 * hybrid attributes each part's rewards by its own rule; a capped rule by the measure of the rule it caps;
 * rules that pay for work or stake pay nothing for claims.
 */
final class SpoofedRewards {

    private SpoofedRewards() {
    }

    /** Tokens of {@code rewards} (allocated by {@code rule} from {@code pool}) paid for spoofed claims. */
    static double tokens(RewardRule rule, double pool, Contributions claimed, double[] rewards, Identities identities) {
        if (rule instanceof ProRataUptime) {
            return spoofedPart(rewards, identities::spoofedUptime, claimed::uptime);
        }
        if (rule instanceof ProRataCapacity) {
            return spoofedPart(rewards, identities::spoofedCapacity, claimed::capacity);
        }
        if (rule instanceof CappedRule capped) {
            return tokens(capped.inner(), pool, claimed, rewards, identities);
        }
        if (rule instanceof RelativeCappedRule capped) {
            return tokens(capped.inner(), pool, claimed, rewards, identities);
        }
        if (rule instanceof WeightedHybrid hybrid) {
            double totalWeight = hybrid.weights().stream().mapToDouble(Double::doubleValue).sum();
            double[] part = new double[rewards.length];
            double paid = 0;
            for (int k = 0; k < hybrid.rules().size(); k++) {
                double partPool = pool * (hybrid.weights().get(k) / totalWeight);
                hybrid.rules().get(k).allocate(partPool, claimed, part);
                paid += tokens(hybrid.rules().get(k), partPool, claimed, part, identities);
            }
            return paid;
        }
        return 0;
    }

    /** Σ reward_i × spoofed_i / claimed_i over the identities paid. */
    private static double spoofedPart(double[] rewards, IntToDoubleFunction spoofed, IntToDoubleFunction claimed) {
        double paid = 0;
        for (int i = 0; i < rewards.length; i++) {
            if (rewards[i] > 0) {
                paid += rewards[i] * spoofed.applyAsDouble(i) / claimed.applyAsDouble(i);
            }
        }
        return paid;
    }
}
