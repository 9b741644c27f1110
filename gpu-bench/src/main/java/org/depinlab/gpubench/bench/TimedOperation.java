package org.depinlab.gpubench.bench;

import java.util.function.DoubleSupplier;

/**
 * One microbenchmark at one size, ready to run: buffers are allocated, inputs filled. Each
 * {@link #runSeconds()} is one timed repetition; {@link #close()} frees what it holds.
 */
public interface TimedOperation extends AutoCloseable {

    /** Runs one repetition and returns its duration, seconds. */
    double runSeconds();

    /** Work done by one repetition (bytes, FLOP, hashes or launches; see {@link #workUnit()}). */
    double work();

    /** Unit of {@link #work()}. */
    String workUnit();

    /** How the repetition is timed, for the profile's provenance. */
    String method();

    @Override
    void close();

    /**
     * An operation from its parts.
     *
     * @param repetition runs one repetition and returns its seconds
     * @param release    frees what the operation holds
     */
    static TimedOperation of(double work, String workUnit, String method, DoubleSupplier repetition, Runnable release) {
        return new TimedOperation() {
            @Override
            public double runSeconds() {
                return repetition.getAsDouble();
            }

            @Override
            public double work() {
                return work;
            }

            @Override
            public String workUnit() {
                return workUnit;
            }

            @Override
            public String method() {
                return method;
            }

            @Override
            public void close() {
                release.run();
            }
        };
    }
}
