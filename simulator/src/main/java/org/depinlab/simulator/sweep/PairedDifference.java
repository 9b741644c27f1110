package org.depinlab.simulator.sweep;

import java.util.Map;

import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * The difference between two sets of runs paired replication by replication (common random
 * numbers: the same seed on both sides): the mean of the differences and its 95 % interval
 * (Student's t with pairs − 1 degrees of freedom).
 *
 * @param pairs the replications both sides ran
 * @param mean  mean difference, value − reference (NaN without pairs)
 * @param low   lower end of the 95 % interval (NaN with fewer than two pairs)
 * @param high  upper end of the 95 % interval (NaN with fewer than two pairs)
 */
public record PairedDifference(long pairs, double mean, double low, double high) {

    /** {@code values} − {@code reference}, each by replication, over the replications both have. */
    public static PairedDifference of(Map<Integer, Double> values, Map<Integer, Double> reference) {
        SummaryStatistics differences = new SummaryStatistics();
        values.forEach((replication, value) -> {
            Double paired = reference.get(replication);
            if (paired != null) {
                differences.addValue(value - paired);
            }
        });
        double[] interval = SweepSummary.interval(differences);
        return new PairedDifference(differences.getN(), interval[0], interval[1], interval[2]);
    }

    /** The upper end of the interval; with one pair, the difference itself. */
    public double upper() {
        return pairs == 1 ? mean : high;
    }

    /** Whether the interval lies wholly above or below 0 (never with fewer than two pairs). */
    public boolean excludesZero() {
        return pairs >= 2 && (low > 0 || high < 0);
    }
}
