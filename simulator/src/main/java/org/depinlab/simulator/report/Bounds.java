package org.depinlab.simulator.report;

/**
 * Which figures are bounded to [0, 1], by their name in {@link Columns}: Gini coefficients, shares,
 * utilizations and the completion ratio. An interval around their mean (Student's t) can reach past the bound; a
 * report clamps it and says so.
 */
public final class Bounds {

    private Bounds() {
    }

    /** Whether the figure named {@code name} (a run.json key) lies in [0, 1]. */
    public static boolean unitInterval(String name) {
        return name.contains("gini") || name.endsWith("_share") || name.contains("_share_")
                || name.startsWith("gpu_utilization") || name.equals("completion_ratio");
    }

    /** {mean, low, high} with low and high clamped to [0, 1]; the array itself when nothing is clamped. */
    public static double[] clamp(double[] interval) {
        if (!(interval[1] < 0) && !(interval[2] > 1)) {
            return interval;
        }
        return new double[] {interval[0], Math.max(0, interval[1]), Math.min(1, interval[2])};
    }
}
