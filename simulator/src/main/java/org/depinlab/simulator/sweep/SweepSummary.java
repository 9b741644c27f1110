package org.depinlab.simulator.sweep;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * The summary table of a sweep: one row per point with its parameter values, its replication count
 * and, for every output, the mean over replications and the 95 % confidence interval (Student's t;
 * empty with a single replication). Built from the results sorted by (point, replication), so it
 * is the same whatever order the runs finished in.
 */
public final class SweepSummary {

    private SweepSummary() {
    }

    /** The table as CSV text. */
    public static String csv(List<RunRecord> results, List<String> outputs) {
        Map<Integer, List<RunRecord>> byPoint = byPoint(results);
        Set<String> parameters = new LinkedHashSet<>();
        Set<String> names = new LinkedHashSet<>(outputs);
        for (List<RunRecord> runs : byPoint.values()) {
            for (RunRecord r : runs) {
                parameters.addAll(r.values().keySet());
                if (outputs.isEmpty()) {
                    names.addAll(r.figures().keySet());
                }
            }
        }
        StringBuilder csv = new StringBuilder("point");
        parameters.forEach(p -> csv.append(',').append(quote(p)));
        csv.append(",replications");
        names.forEach(n -> csv.append(',').append(n).append("_mean,").append(n).append("_ci95_low,").append(n)
                .append("_ci95_high"));
        csv.append('\n');
        byPoint.forEach((point, runs) -> {
            csv.append(point);
            Map<String, String> values = runs.get(0).values();
            parameters.forEach(p -> csv.append(',').append(quote(values.getOrDefault(p, ""))));
            csv.append(',').append(runs.size());
            for (String name : names) {
                double[] interval = interval(runs, name);
                for (double v : interval) {
                    csv.append(',').append(Double.isNaN(v) ? "" : Double.toString(v));
                }
            }
            csv.append('\n');
        });
        return csv.toString();
    }

    /** The results by point index, each point's runs by replication (from results in any order). */
    static Map<Integer, List<RunRecord>> byPoint(List<RunRecord> results) {
        Map<Integer, List<RunRecord>> byPoint = new TreeMap<>();
        results.stream().sorted(RunRecord.ORDER)
                .forEach(r -> byPoint.computeIfAbsent(r.point(), k -> new ArrayList<>()).add(r));
        return byPoint;
    }

    /** {mean, low, high} of one output over a point's replications. */
    static double[] interval(List<RunRecord> runs, String name) {
        SummaryStatistics stats = new SummaryStatistics();
        for (RunRecord r : runs) {
            Double value = r.figures().get(name);
            if (value != null && Double.isFinite(value)) {
                stats.addValue(value);
            }
        }
        return interval(stats);
    }

    /** {mean, low, high} of the values in {@code stats} (low and high NaN with fewer than two). */
    public static double[] interval(SummaryStatistics stats) {
        long n = stats.getN();
        if (n == 0) {
            return new double[] {Double.NaN, Double.NaN, Double.NaN};
        }
        if (n == 1) {
            return new double[] {stats.getMean(), Double.NaN, Double.NaN};
        }
        double half = new TDistribution(n - 1).inverseCumulativeProbability(0.975) * stats.getStandardDeviation()
                / Math.sqrt(n);
        return new double[] {stats.getMean(), stats.getMean() - half, stats.getMean() + half};
    }

    private static String quote(String s) {
        return s.indexOf(',') >= 0 || s.indexOf('"') >= 0 ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }
}
