package org.depinlab.simulator.adversary;

/**
 * The decision of a rational cheater for one epoch: cheat when the expected gain beats the expected
 * penalty, {@code gain > p × (slash + future income lost)}, {@code p} its estimate of the chance
 * that cheating this epoch is caught. So it stops at {@code p* = gain / (slash + future loss)}.
 *
 * <p>Its estimate comes from what it sees: each of its delivered jobs was checked or not, a Beta
 * posterior on the per-job check probability (prior Beta(1, 1): an operator that has seen nothing
 * assumes one job in two may be checked), and a run of {@code m} cheated jobs is caught when any is
 * checked, {@code 1 - (1 - p̂)^m}.
 */
public final class RationalCheating {

    private RationalCheating() {
    }

    /** Whether cheating pays: {@code gain > detection × (slash + futureLoss)}, all in USD. */
    public static boolean cheats(double gainUsd, double detectionProbability, double slashUsd, double futureLossUsd) {
        return gainUsd > detectionProbability * (slashUsd + futureLossUsd);
    }

    /** The detection probability at which cheating stops paying, {@code gain / (slash + future loss)}. */
    public static double threshold(double gainUsd, double slashUsd, double futureLossUsd) {
        double penalty = slashUsd + futureLossUsd;
        return penalty > 0 ? gainUsd / penalty : Double.POSITIVE_INFINITY;
    }

    /** Posterior mean of the per-job check probability after {@code checked} of {@code delivered} jobs were checked. */
    public static double checkProbability(long checked, long delivered) {
        return (1.0 + checked) / (2.0 + delivered);
    }

    /** The chance that at least one of {@code jobs} cheated jobs is checked, each with probability {@code perJob}. */
    public static double detection(double perJob, double jobs) {
        return 1 - Math.pow(1 - perJob, jobs);
    }
}
