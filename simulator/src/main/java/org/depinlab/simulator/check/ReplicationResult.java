package org.depinlab.simulator.check;

/**
 * What one replication of a reference queue measured.
 *
 * @param meanWait              mean time in queue of the measured customers, seconds
 * @param measuredCustomers     how many customers that mean covers
 * @param arrivalRate           arrivals per second over the whole run (λ)
 * @param meanSojourn           mean time in system of the customers that departed, seconds (W)
 * @param timeAverageInSystem   time-average number of customers in system over the run (L)
 * @param elapsed               simulated seconds
 * @param events                events fired
 */
public record ReplicationResult(double meanWait, long measuredCustomers, double arrivalRate, double meanSojourn,
                                double timeAverageInSystem, double elapsed, long events) {
}
