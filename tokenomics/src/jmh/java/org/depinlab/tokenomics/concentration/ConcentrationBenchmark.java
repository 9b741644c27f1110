package org.depinlab.tokenomics.concentration;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Every concentration metric of one reward distribution with {@code recipients} holders
 * (lognormal, sigma 2, fixed seed, one in ten holding nothing).
 *
 * <p>{@code allMetrics} is {@link ConcentrationMetrics#of(double[])}. {@code sortCopyBaseline}
 * copies and sorts the same array, the floor of any O(n log n) method: the ratio of the two says
 * how much the metric passes cost on top of the one sort.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class ConcentrationBenchmark {

    @Param({"1000000"})
    int recipients;

    double[] rewards;

    @Setup
    public void drawRewards() {
        SplittableRandom random = new SplittableRandom(20_240_601L);
        rewards = new double[recipients];
        for (int i = 0; i < recipients; i++) {
            rewards[i] = random.nextInt(10) == 0 ? 0.0 : Math.exp(2 * random.nextGaussian());
        }
    }

    @Benchmark
    public Concentration allMetrics() {
        return ConcentrationMetrics.of(rewards);
    }

    @Benchmark
    public double[] sortCopyBaseline() {
        double[] copy = rewards.clone();
        Arrays.sort(copy);
        return copy;
    }
}
