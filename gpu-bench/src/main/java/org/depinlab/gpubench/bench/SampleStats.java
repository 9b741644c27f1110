package org.depinlab.gpubench.bench;

import org.apache.commons.math3.stat.descriptive.rank.Percentile;
import org.apache.commons.math3.stat.descriptive.rank.Percentile.EstimationType;

/**
 * Median and interquartile range of timing samples. Quantiles use linear interpolation between
 * order statistics (Hyndman–Fan type 7, the default of R and NumPy).
 *
 * @param median the median
 * @param q1     first quartile
 * @param q3     third quartile
 */
public record SampleStats(double median, double q1, double q3) {

    /** Statistics of {@code samples} (at least one). */
    public static SampleStats of(double[] samples) {
        if (samples.length == 0) {
            throw new IllegalArgumentException("no samples");
        }
        Percentile percentile = new Percentile().withEstimationType(EstimationType.R_7);
        percentile.setData(samples);
        return new SampleStats(percentile.evaluate(50), percentile.evaluate(25), percentile.evaluate(75));
    }

    /** Interquartile range q3 − q1. */
    public double iqr() {
        return q3 - q1;
    }
}
