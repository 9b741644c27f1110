package org.depinlab.simulator.protocol;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

import org.depinlab.simulator.network.Network;
import org.depinlab.tokenomics.reward.Contributions;
import org.depinlab.tokenomics.reward.RewardRule;

/**
 * Decides how many identities each operator runs. For each operator it replays the last epoch's
 * reward allocation with the operator's contributions split evenly over k identities (k in 1, 2,
 * 4, …, max, and no more than its nodes) and the rest of the network unchanged, and keeps the k with the highest reward value
 * minus identity cost. Operators are reviewed from the largest by work down; the review stops after
 * {@value #PATIENCE} operators in a row gain nothing by changing (under a pro-rata rule nobody does,
 * so the review ends at once).
 */
final class SybilAdvisor {

    static final int PATIENCE = 8;
    /** The least gain, relative to the operator's reward value, that makes a split worth it. */
    private static final double NO_GAIN = 1e-9;

    private final SybilSplitting rules;
    private final RewardRule rule;
    private final Identities identities;
    private double[] work = new double[0];
    private double[] uptime = new double[0];
    private double[] stake = new double[0];
    private double[] capacity = new double[0];
    private double[] trial = new double[0];

    SybilAdvisor(SybilSplitting rules, RewardRule rule, Identities identities) {
        this.rules = rules;
        this.rule = rule;
        this.identities = identities;
    }

    /** Whether operators reconsider their identities at the end of {@code epoch}. */
    boolean due(int epoch) {
        return epoch % rules.reviewEpochs() == 0;
    }

    void review(Contributions contributions, double pool, double[] rewards, double usd, Network network) {
        int slots = contributions.size();
        if (work.length != slots) {
            work = new double[slots];
            uptime = new double[slots];
            stake = new double[slots];
            capacity = new double[slots];
            trial = new double[slots];
        }
        int max = identities.max();
        double[] operatorWork = new double[network.operatorCapacity()];
        for (int i = 0; i < slots; i++) {
            operatorWork[identities.owner(i)] += contributions.work(i);
        }
        Integer[] order = IntStream.range(0, network.operatorCount()).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingDouble((Integer o) -> -operatorWork[o]).thenComparingInt(o -> o));
        int unchanged = 0;
        for (int o : order) {
            if (operatorWork[o] <= 0 || unchanged >= PATIENCE) {
                break;
            }
            int current = identities.count(o);
            double currentReward = 0;
            for (int k = 0; k < max; k++) {
                currentReward += rewards[o * max + k];
            }
            int best = current;
            // a split must gain more than the rounding of replaying the allocation: under pro rata
            // free identities would otherwise split on noise of the order of 1e-16 of the reward
            double bestGain = NO_GAIN * currentReward * usd;
            // an identity needs at least one node of its own
            int most = Math.min(max, network.nodeCount[o]);
            for (int k = 1; k <= most; k *= 2) {
                if (k == current) {
                    continue;
                }
                double gain = (rewardWith(contributions, pool, o, k) - currentReward) * usd
                        - (k - current) * rules.costUsdPerIdentityEpoch();
                if (gain > bestGain) {
                    best = k;
                    bestGain = gain;
                }
            }
            if (best != current) {
                identities.setCount(o, best);
                unchanged = 0;
            } else {
                unchanged++;
            }
        }
    }

    /** Operator {@code o}'s reward had its contributions been split evenly over {@code k} identities. */
    private double rewardWith(Contributions contributions, double pool, int o, int k) {
        int max = identities.max();
        double w = 0;
        double u = 0;
        double s = 0;
        double c = 0;
        boolean measured = contributions.hasCapacity();
        for (int i = 0; i < work.length; i++) {
            double ci = measured ? contributions.capacity(i) : 0;
            if (identities.owner(i) == o) {
                w += contributions.work(i);
                u += contributions.uptime(i);
                s += contributions.stake(i);
                c += ci;
                work[i] = 0;
                uptime[i] = 0;
                stake[i] = 0;
                capacity[i] = 0;
            } else {
                work[i] = contributions.work(i);
                uptime[i] = contributions.uptime(i);
                stake[i] = contributions.stake(i);
                capacity[i] = ci;
            }
        }
        for (int k2 = 0; k2 < k; k2++) {
            work[o * max + k2] = w / k;
            uptime[o * max + k2] = u / k;
            stake[o * max + k2] = s / k;
            capacity[o * max + k2] = c / k;
        }
        rule.allocate(pool, new Contributions(work, uptime, stake, measured ? capacity : null), trial);
        double total = 0;
        for (int k2 = 0; k2 < k; k2++) {
            total += trial[o * max + k2];
        }
        return total;
    }
}
