package org.depinlab.simulator.study;

import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.depinlab.simulator.sweep.PairedDifference;
import org.depinlab.simulator.sweep.SweepSummary;

/**
 * One estimated figure with its 95 % interval.
 *
 * @param label what it estimates (a variant, a factor, a pair of factors)
 * @param mean  the estimate
 * @param low   lower end of the 95 % interval
 * @param high  upper end of the 95 % interval
 */
public record Estimate(String label, double mean, double low, double high) {

    /**
     * The mean of {@code values}, one per replication, with Student's t interval: replications share
     * their seeds across design points, so a figure computed within each replication is paired.
     */
    static Estimate ofReplications(String label, double[] values) {
        SummaryStatistics stats = new SummaryStatistics();
        for (double v : values) {
            if (Double.isFinite(v)) {
                stats.addValue(v);
            }
        }
        double[] interval = SweepSummary.interval(stats);
        return new Estimate(label, interval[0], interval[1], interval[2]);
    }

    static Estimate of(String label, PairedDifference difference) {
        return new Estimate(label, difference.mean(), difference.low(), difference.high());
    }

    /** Whether the interval lies wholly above or below 0. */
    public boolean excludesZero() {
        return low > 0 || high < 0;
    }
}
