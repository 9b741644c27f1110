package org.depinlab.tokenomics.reward;

import java.util.Objects;

/**
 * What each of n recipients contributed in one epoch: work done (any unit, e.g. FLOPs or jobs),
 * uptime (any unit, e.g. the fraction of the epoch online; 0 means offline and never rewarded) and
 * stake (tokens); optionally capacity (any unit, e.g. GPU-seconds online weighted by a device
 * multiplier), measured only for the rules that read it ({@link ProRataCapacity}). Recipient i is
 * index i of the arrays.
 *
 * <p>Immutable: the arrays are copied in. Every value is finite and >= 0.
 */
public final class Contributions {

    private final double[] work;
    private final double[] uptime;
    private final double[] stake;
    /** Null when not measured. */
    private final double[] capacity;

    /**
     * @throws IllegalArgumentException if the arrays are empty or of different lengths, or a value
     *     is negative, NaN or infinite (the message names the array, the index and the value)
     */
    public Contributions(double[] work, double[] uptime, double[] stake) {
        this(work, uptime, stake, null);
    }

    /**
     * Contributions with capacity measured, or not when {@code capacity} is null.
     *
     * @throws IllegalArgumentException as the three-array constructor, and if {@code capacity} is
     *     of another length than the others or holds a value that is negative, NaN or infinite
     */
    public Contributions(double[] work, double[] uptime, double[] stake, double[] capacity) {
        Objects.requireNonNull(work, "work");
        Objects.requireNonNull(uptime, "uptime");
        Objects.requireNonNull(stake, "stake");
        if (work.length != uptime.length || work.length != stake.length) {
            throw new IllegalArgumentException("work, uptime and stake must have the same length, got "
                    + work.length + ", " + uptime.length + " and " + stake.length);
        }
        if (work.length == 0) {
            throw new IllegalArgumentException(
                    "contributions must not be empty: an epoch needs at least one recipient");
        }
        this.work = checkedCopy("work", work);
        this.uptime = checkedCopy("uptime", uptime);
        this.stake = checkedCopy("stake", stake);
        if (capacity != null && capacity.length != work.length) {
            throw new IllegalArgumentException("capacity must have the length of work, uptime and stake, "
                    + work.length + ", got " + capacity.length);
        }
        this.capacity = capacity == null ? null : checkedCopy("capacity", capacity);
    }

    private static double[] checkedCopy(String name, double[] values) {
        for (int i = 0; i < values.length; i++) {
            double value = values[i];
            if (!(value >= 0) || value == Double.POSITIVE_INFINITY) {
                throw new IllegalArgumentException(name + " at index " + i + " is " + value
                        + ": contributions must be finite and >= 0");
            }
        }
        return values.clone();
    }

    /** The number of recipients n, >= 1. */
    public int size() {
        return work.length;
    }

    public double work(int i) {
        return work[i];
    }

    public double uptime(int i) {
        return uptime[i];
    }

    public double stake(int i) {
        return stake[i];
    }

    /** Whether capacity was measured; {@link #capacity} may be read only then. */
    public boolean hasCapacity() {
        return capacity != null;
    }

    /** @throws IllegalStateException if capacity was not measured */
    public double capacity(int i) {
        if (capacity == null) {
            throw new IllegalStateException("capacity was not measured in these contributions");
        }
        return capacity[i];
    }

    /** Whether recipient i may be rewarded at all: uptime > 0. */
    boolean eligible(int i) {
        return uptime[i] > 0;
    }
}
