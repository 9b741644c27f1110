package org.depinlab.simulator.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

import org.junit.jupiter.api.Test;

/** Steady-state figures against a hand computation over a few epochs. */
class SteadyStateTest {

    /** An hourly epoch ending at {@code end} with these completions, FLOP and GPU-seconds. */
    private static EpochStats epoch(int index, double end, double seconds, long completed, double flop, double busy,
                                    double online) {
        return new EpochStats(index, end, completed, completed, 0, 0, 0, 0, 0, 0, completed / seconds, flop / seconds,
                busy, List.of(), List.of(), 0, 8, busy, online, online, 8);
    }

    private static final List<EpochStats> EPOCHS = List.of(
            epoch(0, 3_600, 3_600, 0, 0, 0, 28_800),
            epoch(1, 7_200, 3_600, 100, 2e18, 14_400, 28_800),
            epoch(2, 10_800, 3_600, 200, 4e18, 21_600, 28_800),
            // a last, partial epoch of half an hour
            epoch(3, 12_600, 1_800, 60, 1e18, 9_000, 14_400));

    @Test
    void warmupDaysLeavesOutTheEpochsThatStartBeforeIt() {
        SteadyState steady = SteadyState.of(EPOCHS, OptionalDouble.of(1.5 / 24));

        assertEquals(2, steady.warmupEpochs(), "epochs 0 and 1 start before 1.5 h");
        assertEquals(SteadyState.WARMUP_DAYS, steady.warmupRule());
        assertEquals((200 + 60) / 5_400.0, steady.jobsPerSecond(), 1e-12);
        assertEquals((4e18 + 1e18) / 5_400 / 1e15, steady.deliveredPflopPerSecond(), 1e-9);
        assertEquals((21_600 + 9_000) / (28_800 + 14_400.0), steady.gpuUtilization(), 1e-12);
    }

    @Test
    void noWarmupKeepsTheWholeRun() {
        SteadyState steady = SteadyState.of(EPOCHS, OptionalDouble.of(0));

        assertEquals(0, steady.warmupEpochs());
        assertEquals(360 / 12_600.0, steady.jobsPerSecond(), 1e-12);
    }

    @Test
    void withoutWarmupDaysMser5ChoosesTheWarmup() {
        List<EpochStats> epochs = new ArrayList<>();
        for (int e = 0; e < 60; e++) {
            long completed = e < 10 ? 0 : 100 + e % 3;
            epochs.add(epoch(e, 3_600.0 * (e + 1), 3_600, completed, 0, completed * 36, 28_800));
        }
        SteadyState steady = SteadyState.of(epochs, OptionalDouble.empty());

        assertEquals(10, steady.warmupEpochs());
        assertEquals(SteadyState.MSER_5, steady.warmupRule());
        long kept = epochs.subList(10, 60).stream().mapToLong(EpochStats::completed).sum();
        assertEquals(kept / (50 * 3_600.0), steady.jobsPerSecond(), 1e-12);
    }

    @Test
    void aWarmupCoveringEveryEpochIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> SteadyState.of(EPOCHS, OptionalDouble.of(1)));
    }
}
