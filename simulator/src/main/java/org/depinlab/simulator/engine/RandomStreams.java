package org.depinlab.simulator.engine;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.random.RandomGeneratorFactory;

/**
 * Named, independent random streams derived from one master seed.
 *
 * <p>Each component of a model (arrivals, service, failures, matching, market, …) asks for its
 * own stream by name. A stream depends only on (master seed, name): asking for a new stream, or
 * drawing more from one, never shifts another. That gives common random numbers across scenario
 * variants: change the failure model and the arrival sequence stays the same.
 *
 * <p><b>Generator.</b> Each stream is an {@code L64X128MixRandom}, the JDK's (17+) member of the
 * LXM family (Steele and Vigna, "LXM: better splittable pseudorandom number generators", OOPSLA
 * 2021). It was chosen because LXM generators are designed for many independent instances: each
 * instance's 64-bit LCG additive parameter differs, so two streams are different generators, not
 * two offsets into one sequence; it passes BigCrush and PractRand; its period is
 * 2<sup>64</sup>(2<sup>128</sup>−1); its state is 4 longs; and a draw costs a few nanoseconds,
 * several times less than Commons Math's {@code Well19937c} or {@code MersenneTwister}, which
 * matters with hundreds of millions of draws per run. The stream's seed is a 64-bit hash of the
 * name (FNV-1a over UTF-8) mixed with the master seed by two rounds of the SplitMix64 finalizer.
 * A test pins the first draws of a known stream, so a JDK that changed the algorithm would be
 * caught rather than silently change results.
 */
public final class RandomStreams {

    private static final String ALGORITHM = "L64X128MixRandom";
    private static final RandomGeneratorFactory<?> FACTORY = RandomGeneratorFactory.of(ALGORITHM);

    private final long masterSeed;
    private final Map<String, RandomStream> streams = new LinkedHashMap<>();

    /** Streams derived from {@code masterSeed}. */
    public RandomStreams(long masterSeed) {
        this.masterSeed = masterSeed;
    }

    /** The master seed. */
    public long masterSeed() {
        return masterSeed;
    }

    /** The stream called {@code name}, created on first use; the same object afterwards. */
    public RandomStream stream(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a random stream needs a non-blank name");
        }
        return streams.computeIfAbsent(name,
                n -> new RandomStream(n, FACTORY.create(streamSeed(masterSeed, n))));
    }

    /**
     * The seed of stream {@code name} under {@code masterSeed}: a pure function of the two.
     */
    public static long streamSeed(long masterSeed, String name) {
        return mix64(mix64(masterSeed) ^ fnv1a64(name));
    }

    /**
     * A seed for the {@code index}-th independent child run (replication, sweep point) of a
     * master seed; distinct indices give unrelated seeds, and so do distinct master seeds.
     */
    public static long childSeed(long masterSeed, long index) {
        return mix64(mix64(masterSeed) + 0x9E3779B97F4A7C15L * (index + 1));
    }

    private static long fnv1a64(String name) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return hash;
    }

    /** SplitMix64's finalizer: a bijection on 64-bit values with full avalanche. */
    private static long mix64(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
