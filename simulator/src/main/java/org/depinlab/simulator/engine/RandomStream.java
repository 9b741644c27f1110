package org.depinlab.simulator.engine;

import org.apache.commons.math3.random.RandomGenerator;

/**
 * One named random stream, usable directly or as a Commons Math 3 {@link RandomGenerator}, so that
 * Commons Math distributions ({@code new ExponentialDistribution(stream, mean)}) draw from it.
 *
 * <p>A stream's seed is fixed by its name and the master seed (see {@link RandomStreams}); the
 * {@code setSeed} methods of the Commons Math interface are refused, because reseeding one
 * stream would silently break the independence and reproducibility that the naming guarantees.
 */
public final class RandomStream implements RandomGenerator {

    private final String name;
    private final java.util.random.RandomGenerator generator;

    RandomStream(String name, java.util.random.RandomGenerator generator) {
        this.name = name;
        this.generator = generator;
    }

    /** The stream's name. */
    public String name() {
        return name;
    }

    @Override
    public void setSeed(int seed) {
        throw reseedRefused();
    }

    @Override
    public void setSeed(int[] seed) {
        throw reseedRefused();
    }

    @Override
    public void setSeed(long seed) {
        throw reseedRefused();
    }

    @Override
    public void nextBytes(byte[] bytes) {
        generator.nextBytes(bytes);
    }

    @Override
    public int nextInt() {
        return generator.nextInt();
    }

    @Override
    public int nextInt(int bound) {
        return generator.nextInt(bound);
    }

    @Override
    public long nextLong() {
        return generator.nextLong();
    }

    @Override
    public boolean nextBoolean() {
        return generator.nextBoolean();
    }

    @Override
    public float nextFloat() {
        return generator.nextFloat();
    }

    /** Uniform on [0, 1), 53 random bits. */
    @Override
    public double nextDouble() {
        return generator.nextDouble();
    }

    @Override
    public double nextGaussian() {
        return generator.nextGaussian();
    }

    /** An exponential variate with mean 1 (the JDK's ziggurat method: no logarithm per draw). */
    public double nextExponential() {
        return generator.nextExponential();
    }

    private UnsupportedOperationException reseedRefused() {
        return new UnsupportedOperationException("random stream '" + name
                + "' cannot be reseeded: streams are seeded from the master seed and their name");
    }
}
