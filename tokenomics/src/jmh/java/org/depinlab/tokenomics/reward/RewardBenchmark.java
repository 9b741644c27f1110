package org.depinlab.tokenomics.reward;

import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.depinlab.tokenomics.concentration.Concentration;
import org.depinlab.tokenomics.concentration.ConcentrationMetrics;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One epoch's allocation among {@code recipients} recipients (work lognormal with sigma 2, one in
 * ten doing no work, one in twenty offline, stake lognormal; fixed seed) by each {@code rule}.
 *
 * <p>{@code CopyWorkBaseline} only copies each recipient's work into the rewards array, the floor of
 * any rule's pass over the contributions: a rule's ratio to it says what the rule costs on top.
 * {@code CappedProRataWork} caps at 0.1% of the pool, which binds on the largest few hundred.
 * {@code allocateAndMeasure} adds every concentration metric of the rewards: one protocol epoch.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class RewardBenchmark {

    @Param({"CopyWorkBaseline", "ProRataWork", "CappedProRataWork", "ConcaveWork", "TieredWork",
        "WeightedHybrid"})
    String rule;

    @Param({"1000000"})
    int recipients;

    Contributions contributions;
    RewardRule allocation;
    double[] rewards;

    @Setup
    public void drawEpoch() {
        SplittableRandom random = new SplittableRandom(20_240_601L);
        double[] work = new double[recipients];
        double[] uptime = new double[recipients];
        double[] stake = new double[recipients];
        for (int i = 0; i < recipients; i++) {
            work[i] = random.nextInt(10) == 0 ? 0.0 : Math.exp(2 * random.nextGaussian());
            uptime[i] = random.nextInt(20) == 0 ? 0.0 : 1.0;
            stake[i] = Math.exp(random.nextGaussian());
        }
        contributions = new Contributions(work, uptime, stake);
        rewards = new double[recipients];
        allocation = ruleNamed(rule);
    }

    private static RewardRule ruleNamed(String name) {
        return switch (name) {
            case "CopyWorkBaseline" -> (pool, c, out) -> {
                for (int i = 0; i < out.length; i++) {
                    out[i] = c.work(i);
                }
                return pool;
            };
            case "ProRataWork" -> new ProRataWork();
            case "CappedProRataWork" -> new CappedRule(new ProRataWork(), 0.001);
            case "ConcaveWork" -> new ConcaveWork(0.5);
            case "TieredWork" -> new TieredWork(List.of(0.0, 1.0, 10.0, 100.0), List.of(1.0, 1.1, 1.25, 1.5));
            case "WeightedHybrid" -> new WeightedHybrid(List.of(new ProRataWork(), new ProRataStake()),
                    List.of(0.7, 0.3));
            default -> throw new IllegalArgumentException("unknown rule " + name);
        };
    }

    @Benchmark
    public double[] allocate() {
        allocation.allocate(1_000_000.0, contributions, rewards);
        return rewards;
    }

    /** A whole protocol epoch's arithmetic: the allocation, then every concentration metric of it. */
    @Benchmark
    public Concentration allocateAndMeasure() {
        allocation.allocate(1_000_000.0, contributions, rewards);
        return ConcentrationMetrics.of(rewards);
    }
}
