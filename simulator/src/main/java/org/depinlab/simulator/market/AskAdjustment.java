package org.depinlab.simulator.market;

/**
 * Asks that follow utilization: at every epoch end each operator compares the utilization of its
 * GPUs online in the epoch with a target band and moves the asks of all its nodes one
 * multiplicative step, up when busier, down when idler, within bounds per node.
 *
 * @param targetUtilization busy GPU-time over online GPU-time the operator aims at, in (0, 1)
 * @param tolerance         half-width of the band around the target within which asks stay put
 * @param step              relative step: an ask rises × (1 + step) or falls ÷ (1 + step)
 * @param minFactor         floor as a multiple of the node's initial ask (never below the
 *                          electricity of a busy GPU-hour, unless that is above the cap)
 * @param maxFactor         cap as a multiple of the node's initial ask
 */
public record AskAdjustment(double targetUtilization, double tolerance, double step, double minFactor,
                            double maxFactor) {

    public AskAdjustment {
        if (!(targetUtilization > 0 && targetUtilization < 1)) {
            throw new IllegalArgumentException("target utilization must be in (0, 1), got " + targetUtilization);
        }
        if (!(tolerance >= 0 && tolerance < 1)) {
            throw new IllegalArgumentException("tolerance must be in [0, 1), got " + tolerance);
        }
        if (!(step > 0 && step <= 10)) {
            throw new IllegalArgumentException("step must be in (0, 10], got " + step);
        }
        if (!(minFactor > 0 && minFactor <= 1)) {
            throw new IllegalArgumentException("min factor must be in (0, 1], got " + minFactor);
        }
        if (!(maxFactor >= 1 && maxFactor <= 1e6)) {
            throw new IllegalArgumentException("max factor must be in [1, 1e6], got " + maxFactor);
        }
    }

    /** The factor an ask moves by at {@code utilization}: 1 + step, 1 / (1 + step), or 1 inside the band. */
    public double factor(double utilization) {
        if (utilization > targetUtilization + tolerance) {
            return 1 + step;
        }
        if (utilization < targetUtilization - tolerance) {
            return 1 / (1 + step);
        }
        return 1;
    }
}
