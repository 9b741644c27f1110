package org.depinlab.simulator.check;

/**
 * A reference queue with a closed-form mean wait: Poisson arrivals, FIFO, {@code servers}
 * identical servers, infinite waiting room.
 *
 * <p>One server and any service distribution: Pollaczek–Khinchine. Several servers: only
 * exponential service (M/M/c, Erlang C) has a closed form, so other combinations are refused.
 */
public record QueueCase(int servers, double arrivalRate, ServiceTime service) {

    public QueueCase {
        if (servers < 1) {
            throw new IllegalArgumentException("servers must be >= 1, got " + servers);
        }
        if (!(arrivalRate > 0) || Double.isInfinite(arrivalRate)) {
            throw new IllegalArgumentException("arrival rate must be a finite number > 0, got " + arrivalRate);
        }
        if (servers > 1 && !(service instanceof ServiceTime.Exponential)) {
            throw new IllegalArgumentException("no closed form for M/" + service.kendall() + "/" + servers
                    + ": several servers need exponential service (M/M/c)");
        }
        if (utilization(servers, arrivalRate, service) >= 1) {
            throw new IllegalArgumentException("utilization " + utilization(servers, arrivalRate, service)
                    + " must be < 1 for a stable queue");
        }
    }

    /** Kendall notation, e.g. {@code M/M/10}. */
    public String kendall() {
        return "M/" + service.kendall() + "/" + servers;
    }

    /** Server utilization ρ = λ·E[S] / c. */
    public double utilization() {
        return utilization(servers, arrivalRate, service);
    }

    /** Which formula gives {@link #analyticMeanWait()}. */
    public String formula() {
        return servers == 1 ? "Pollaczek-Khinchine" : "Erlang C";
    }

    /** The exact mean time in queue, seconds. */
    public double analyticMeanWait() {
        if (servers == 1) {
            return QueueingFormulas.pollaczekKhinchineMeanWait(arrivalRate, service.mean(), service.secondMoment());
        }
        return QueueingFormulas.mmcMeanWait(arrivalRate, 1 / service.mean(), servers);
    }

    /** One line naming the queue and its parameters. */
    public String describe() {
        return kendall() + " λ=" + arrivalRate + "/s, service " + service.describe() + ", ρ="
                + Math.round(utilization() * 1000) / 1000.0;
    }

    private static double utilization(int servers, double arrivalRate, ServiceTime service) {
        return arrivalRate * service.mean() / servers;
    }
}
