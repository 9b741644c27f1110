package org.depinlab.simulator.model;

import java.util.List;
import java.util.OptionalDouble;

/**
 * A run's headline figures over its epochs after the warm-up. The warm-up is the epochs that
 * start before {@code warmup_days} when the scenario sets it, otherwise the truncation
 * {@link Mser5} finds in the series of each epoch's completions per second.
 *
 * @param warmupEpochs            epochs left out, from the first
 * @param warmupRule              how they were chosen: {@value #MSER_5} or {@value #WARMUP_DAYS}
 * @param jobsPerSecond           completions per second after the warm-up
 * @param deliveredPflopPerSecond FLOP of completed jobs per second after the warm-up, in PFLOP/s
 * @param gpuUtilization          busy GPU-seconds / online GPU-seconds after the warm-up (0 with none online)
 */
public record SteadyState(int warmupEpochs, String warmupRule, double jobsPerSecond, double deliveredPflopPerSecond,
                          double gpuUtilization) {

    /** The rule's name when MSER-5 chose the warm-up. */
    public static final String MSER_5 = "mser-5";
    /** The rule's name when the scenario's {@code warmup_days} set it. */
    public static final String WARMUP_DAYS = "warmup_days";

    /**
     * The figures of {@code epochs} (at least one) after the warm-up {@code warmupDays} sets, or
     * MSER-5's when it is empty.
     *
     * @throws IllegalArgumentException when the warm-up would leave no epoch
     */
    public static SteadyState of(List<EpochStats> epochs, OptionalDouble warmupDays) {
        int warmup;
        String rule;
        if (warmupDays.isPresent()) {
            double warmupSeconds = warmupDays.getAsDouble() * 86_400;
            warmup = 0;
            while (warmup < epochs.size() && start(epochs, warmup) < warmupSeconds) {
                warmup++;
            }
            rule = WARMUP_DAYS;
        } else {
            warmup = Mser5.warmup(epochs.stream().mapToDouble(EpochStats::jobsPerSecond).toArray());
            rule = MSER_5;
        }
        if (warmup >= epochs.size()) {
            throw new IllegalArgumentException("a warm-up of " + warmup + " epochs leaves none of the "
                    + epochs.size());
        }
        double seconds = epochs.get(epochs.size() - 1).endSeconds() - start(epochs, warmup);
        long completed = 0;
        double flop = 0;
        double busy = 0;
        double online = 0;
        for (int e = warmup; e < epochs.size(); e++) {
            EpochStats epoch = epochs.get(e);
            completed += epoch.completed();
            flop += epoch.deliveredFlopPerSecond() * (epoch.endSeconds() - start(epochs, e));
            busy += epoch.busyGpuSeconds();
            online += epoch.onlineGpuSeconds();
        }
        return new SteadyState(warmup, rule, completed / seconds, flop / seconds / 1e15,
                online > 0 ? busy / online : 0.0);
    }

    private static double start(List<EpochStats> epochs, int epoch) {
        return epoch == 0 ? 0 : epochs.get(epoch - 1).endSeconds();
    }
}
