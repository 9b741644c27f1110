package org.depinlab.simulator.engine;

import java.util.Arrays;

/**
 * The far tier of the {@link Schedule}: events later than its boundary, unsorted, in parallel
 * primitive arrays. Appending is O(1); {@link Schedule} moves a slab of the earliest into its heap
 * when the heap runs empty, so the heap stays small (and in cache) however many events wait far
 * ahead (node failures months out, completions hours out).
 */
final class FarEvents {

    private static final int SAMPLES = 128;
    private static final int MOVE_ALL_BELOW = 1024;

    private double[] time = new double[64];
    private long[] key = new long[64];
    private int[] slot = new int[64];
    private int size;
    private final double[] samples = new double[SAMPLES];

    int size() {
        return size;
    }

    void add(double t, long k, int s) {
        if (size == time.length) {
            int capacity = size * 2;
            time = Arrays.copyOf(time, capacity);
            key = Arrays.copyOf(key, capacity);
            slot = Arrays.copyOf(slot, capacity);
        }
        time[size] = t;
        key[size] = k;
        slot[size] = s;
        size++;
    }

    /**
     * The next boundary: roughly the earliest eighth of the far events lies at or before it (from
     * {@value #SAMPLES} evenly spaced samples, so it is deterministic); all of them when few. Never
     * below the earliest far time, so at least one event moves.
     */
    double nextBoundary() {
        if (size <= MOVE_ALL_BELOW) {
            double latest = Double.NEGATIVE_INFINITY;
            for (int i = 0; i < size; i++) {
                latest = Math.max(latest, time[i]);
            }
            return latest;
        }
        for (int i = 0; i < SAMPLES; i++) {
            samples[i] = time[(int) ((long) i * size / SAMPLES)];
        }
        Arrays.sort(samples);
        return samples[SAMPLES / 8 - 1];
    }

    /** Receives the entries that leave the far tier. */
    interface Sink {
        /** @return true to take the entry out of the far tier, false to keep it */
        boolean take(double time, long key, int slot);
    }

    /** Offers every entry to {@code sink} and keeps, in order, those it declines. */
    void drain(Sink sink) {
        int kept = 0;
        for (int i = 0; i < size; i++) {
            if (!sink.take(time[i], key[i], slot[i])) {
                time[kept] = time[i];
                key[kept] = key[i];
                slot[kept] = slot[i];
                kept++;
            }
        }
        size = kept;
    }
}
