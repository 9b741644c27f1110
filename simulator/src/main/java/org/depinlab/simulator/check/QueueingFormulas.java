package org.depinlab.simulator.check;

/**
 * Closed-form mean waiting times (time in queue, before service) of classic queues.
 */
public final class QueueingFormulas {

    private QueueingFormulas() {
    }

    /**
     * Erlang C: the probability that an arrival to an M/M/c queue must wait, for offered load
     * {@code a = λ/μ} Erlangs on {@code c} servers (requires a &lt; c). Computed through the
     * Erlang B recursion B(k) = a·B(k−1) / (k + a·B(k−1)), which stays stable for thousands of
     * servers, then C = c·B / (c − a·(1 − B)).
     */
    public static double erlangC(int servers, double offeredLoad) {
        if (servers < 1) {
            throw new IllegalArgumentException("servers must be >= 1, got " + servers);
        }
        if (!(offeredLoad >= 0) || offeredLoad >= servers) {
            throw new IllegalArgumentException("offered load must be in [0, servers) for a stable queue, got "
                    + offeredLoad + " Erlangs on " + servers + " servers");
        }
        double blocking = 1.0;
        for (int k = 1; k <= servers; k++) {
            blocking = offeredLoad * blocking / (k + offeredLoad * blocking);
        }
        return servers * blocking / (servers - offeredLoad * (1 - blocking));
    }

    /** M/M/c mean wait: Wq = C(c, λ/μ) / (cμ − λ). */
    public static double mmcMeanWait(double arrivalRate, double serviceRate, int servers) {
        requirePositive(arrivalRate, "arrival rate");
        requirePositive(serviceRate, "service rate");
        double offeredLoad = arrivalRate / serviceRate;
        return erlangC(servers, offeredLoad) / (servers * serviceRate - arrivalRate);
    }

    /** Pollaczek–Khinchine M/G/1 mean wait: Wq = λ·E[S²] / (2(1 − ρ)), ρ = λ·E[S]. */
    public static double pollaczekKhinchineMeanWait(double arrivalRate, double meanService, double secondMoment) {
        requirePositive(arrivalRate, "arrival rate");
        requirePositive(meanService, "mean service time");
        requirePositive(secondMoment, "second moment of service time");
        double utilization = arrivalRate * meanService;
        if (utilization >= 1) {
            throw new IllegalArgumentException("utilization λ·E[S] = " + utilization + " must be < 1 for a stable queue");
        }
        return arrivalRate * secondMoment / (2 * (1 - utilization));
    }

    private static void requirePositive(double value, String name) {
        if (!(value > 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(name + " must be a finite number > 0, got " + value);
        }
    }
}
