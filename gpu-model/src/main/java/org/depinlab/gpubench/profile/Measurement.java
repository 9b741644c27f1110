package org.depinlab.gpubench.profile;

import java.util.List;

/**
 * One microbenchmark at one size: every raw timing sample and its summary.
 *
 * @param benchmark     e.g. {@code device_copy}, {@code matmul_fp32}
 * @param parameter     what varied, e.g. {@code 67108864 bytes} or {@code n=2048}
 * @param work          work done by one repetition, in {@code workUnit}
 * @param workUnit      {@code bytes}, {@code FLOP}, {@code hashes} or {@code launches}
 * @param samplesSeconds every timed repetition, seconds, in run order (warm-up excluded)
 * @param medianSeconds median of the samples
 * @param iqrSeconds    interquartile range of the samples
 * @param rate          work / median time, in {@code rateUnit}
 * @param rateUnit      e.g. {@code B/s}, {@code FLOP/s}
 * @param method        how it was timed
 */
public record Measurement(String benchmark, String parameter, double work, String workUnit,
                          List<Double> samplesSeconds, double medianSeconds, double iqrSeconds, double rate,
                          String rateUnit, String method) {

    public Measurement {
        samplesSeconds = samplesSeconds == null ? List.of() : List.copyOf(samplesSeconds);
    }

    /** IQR relative to the median: the spread of the samples. */
    public double relativeSpread() {
        return medianSeconds == 0 ? 0 : iqrSeconds / medianSeconds;
    }
}
