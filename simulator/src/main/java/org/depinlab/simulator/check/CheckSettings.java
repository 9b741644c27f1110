package org.depinlab.simulator.check;

/**
 * How hard the queueing check works.
 *
 * @param replications      independent replications per queue (≥ 2; the CI uses Student's t)
 * @param warmupCustomers   customers discarded at the start of each replication
 * @param measuredCustomers customers whose waits each replication averages
 * @param confidence        confidence level of the interval, in (0, 1)
 * @param seed              master seed; each (queue, replication) gets its own derived seed
 */
public record CheckSettings(int replications, long warmupCustomers, long measuredCustomers, double confidence,
                            long seed) {

    public CheckSettings {
        if (replications < 2) {
            throw new IllegalArgumentException("replications (--replications) must be >= 2, got " + replications);
        }
        if (warmupCustomers < 0) {
            throw new IllegalArgumentException("warm-up customers (--warmup) must be >= 0, got " + warmupCustomers);
        }
        if (measuredCustomers < 1) {
            throw new IllegalArgumentException("measured customers (--customers) must be >= 1, got " + measuredCustomers);
        }
        if (!(confidence > 0 && confidence < 1)) {
            throw new IllegalArgumentException("confidence (--confidence) must be in (0, 1), got " + confidence);
        }
    }

    /** The defaults of {@code depinlab check}: 30 replications of 50 000 customers after 5 000. */
    public static CheckSettings defaults() {
        return new CheckSettings(30, 5_000, 50_000, 0.95, 1);
    }
}
