package org.depinlab.simulator.check;

/**
 * A reference queue's analytic mean wait against the replications' mean and its confidence
 * interval.
 *
 * @param queue          the queue
 * @param analyticWait   the formula's mean wait, seconds
 * @param simulatedWait  mean over replications of each replication's mean wait, seconds
 * @param halfWidth      half-width of the confidence interval (Student's t), seconds
 * @param confidence     the interval's confidence level
 * @param replications   number of replications
 * @param eventsFired    events fired over all replications
 */
public record CaseResult(QueueCase queue, double analyticWait, double simulatedWait, double halfWidth,
                         double confidence, int replications, long eventsFired) {

    /** Lower end of the confidence interval. */
    public double lower() {
        return simulatedWait - halfWidth;
    }

    /** Upper end of the confidence interval. */
    public double upper() {
        return simulatedWait + halfWidth;
    }

    /** True when the analytic mean lies inside the confidence interval. */
    public boolean passed() {
        return analyticWait >= lower() && analyticWait <= upper();
    }

    /** (simulated − analytic) / analytic. */
    public double relativeError() {
        return (simulatedWait - analyticWait) / analyticWait;
    }
}
