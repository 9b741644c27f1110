package org.depinlab.simulator.model;

import java.util.List;

import org.HdrHistogram.Histogram;

/**
 * The wait in queue of every completed job of every class: the classes' wait histograms merged
 * (HdrHistogram's {@code add}, 3 significant digits), so nothing is recorded twice.
 *
 * @param completed completed jobs, all classes
 * @param mean      mean wait, seconds (0 with none completed)
 * @param p50       median wait, seconds
 * @param p95       95th percentile wait, seconds
 * @param p99       99th percentile wait, seconds
 */
public record AllJobsWait(long completed, double mean, double p50, double p95, double p99) {

    /** The merged summary of the classes' waits, recorded in microseconds. */
    static AllJobsWait of(List<Histogram> waitsMicros) {
        Histogram all = new Histogram(3);
        waitsMicros.forEach(all::add);
        double micros = 1e6;
        return new AllJobsWait(all.getTotalCount(), all.getMean() / micros, all.getValueAtPercentile(50) / micros,
                all.getValueAtPercentile(95) / micros, all.getValueAtPercentile(99) / micros);
    }
}
