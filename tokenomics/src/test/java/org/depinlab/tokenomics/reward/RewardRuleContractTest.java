package org.depinlab.tokenomics.reward;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import org.depinlab.tokenomics.numeric.CompensatedSum;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The contract of {@link RewardRule}, checked for every rule on random epochs. */
class RewardRuleContractTest {

    static Stream<RewardRule> rules() {
        RewardRule tiers = new TieredWork(List.of(0.0, 1.0, 10.0), List.of(1.0, 2.0, 4.0));
        return Stream.of(
                new ProRataWork(),
                new ProRataUptime(),
                new ProRataStake(),
                new ConcaveWork(0.5),
                tiers,
                new WeightedHybrid(List.of(new ProRataWork(), new ProRataStake(), new ProRataUptime()),
                        List.of(0.5, 0.3, 0.2)),
                new ProRataCapacity(),
                new CappedRule(new ProRataWork(), 0.01),
                new RelativeCappedRule(new ProRataWork(), 2),
                new RelativeCappedRule(new ProRataCapacity(), 1),
                new CappedRule(new ProRataStake(), 0.2),
                new CappedRule(new WeightedHybrid(List.of(tiers, new ConcaveWork(0.3)), List.of(1.0, 2.0)),
                        0.05));
    }

    private static Contributions randomEpoch(long seed, int n) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] work = new double[n];
        double[] uptime = new double[n];
        double[] stake = new double[n];
        double[] capacity = new double[n];
        for (int i = 0; i < n; i++) {
            work[i] = random.nextInt(5) == 0 ? 0.0 : Math.exp(2 * random.nextGaussian());
            uptime[i] = random.nextInt(4) == 0 ? 0.0 : random.nextDouble();
            stake[i] = Math.exp(3 * random.nextGaussian());
            capacity[i] = random.nextInt(3) == 0 ? 0.0 : Math.exp(random.nextGaussian());
        }
        return new Contributions(work, uptime, stake, capacity);
    }

    @ParameterizedTest
    @MethodSource("rules")
    void rewardsPlusUnallocatedAddUpToThePool(RewardRule rule) {
        for (long seed = 1; seed <= 20; seed++) {
            Contributions c = randomEpoch(seed, 500);
            double pool = 1e6 * seed;
            double[] rewards = new double[c.size()];

            double unallocated = rule.allocate(pool, c, rewards);

            assertEquals(pool, CompensatedSum.of(rewards) + unallocated, 1e-9 * pool);
            assertTrue(unallocated >= 0, "unallocated " + unallocated);
        }
    }

    @ParameterizedTest
    @MethodSource("rules")
    void offlineRecipientsGetExactlyZeroAndNoOneGetsANegativeReward(RewardRule rule) {
        Contributions c = randomEpoch(99, 1000);
        double[] rewards = new double[c.size()];

        rule.allocate(5000, c, rewards);

        for (int i = 0; i < c.size(); i++) {
            if (c.uptime(i) == 0) {
                assertEquals(0.0, rewards[i], "recipient " + i);
            }
            assertTrue(rewards[i] >= 0 && Double.isFinite(rewards[i]), "recipient " + i + ": " + rewards[i]);
        }
    }

    @ParameterizedTest
    @MethodSource("rules")
    void emptyPoolPaysNothing(RewardRule rule) {
        Contributions c = randomEpoch(7, 100);
        double[] rewards = new double[c.size()];

        double unallocated = rule.allocate(0, c, rewards);

        assertEquals(0.0, unallocated);
        assertEquals(0.0, CompensatedSum.of(rewards));
    }
}
