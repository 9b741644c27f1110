package org.depinlab.simulator.check;

import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.depinlab.simulator.engine.Simulation;
import org.depinlab.simulator.engine.Steppable;

/**
 * One replication of a {@link QueueCase} on the engine: Poisson arrivals (stream
 * {@code "arrivals"}), service times (stream {@code "service"}), FIFO, the first free server.
 *
 * <p>Customers are numbered in arrival order, which under FIFO is also the order in which they
 * start service. The first {@code warmupCustomers} are discarded (the queue starts empty, not in
 * steady state); the waits of the next {@code measuredCustomers} are averaged, and the run stops
 * when the last of them starts service. Over the whole run it also integrates the number in
 * system over time, for Little's law.
 */
public final class FifoQueueSimulation {

    private final Simulation sim;
    private final RealDistribution interarrival;
    private final RealDistribution service;
    private final long warmupCustomers;
    private final long lastMeasured;

    private final DoubleFifo waitingArrivalTimes = new DoubleFifo();
    private final int[] freeServers;
    private int freeCount;
    private final double[] sojournInService;
    private final Steppable[] departures;

    private long started;
    private long arrived;
    private long departed;
    private double measuredWaitSum;
    private double sojournSum;
    private int inSystem;
    private double areaInSystem;
    private double lastChange;

    /** A replication of {@code queue} whose random streams derive from {@code seed}. */
    public FifoQueueSimulation(QueueCase queue, long seed, long warmupCustomers, long measuredCustomers) {
        if (warmupCustomers < 0 || measuredCustomers < 1) {
            throw new IllegalArgumentException("need warm-up >= 0 and measured customers >= 1, got "
                    + warmupCustomers + " and " + measuredCustomers);
        }
        this.sim = new Simulation(seed);
        this.interarrival = new ExponentialDistribution(sim.stream("arrivals"), 1 / queue.arrivalRate());
        this.service = queue.service().distribution(sim.stream("service"));
        this.warmupCustomers = warmupCustomers;
        this.lastMeasured = warmupCustomers + measuredCustomers;
        int servers = queue.servers();
        this.freeServers = new int[servers];
        for (int k = 0; k < servers; k++) {
            freeServers[k] = servers - 1 - k;
        }
        this.freeCount = servers;
        this.sojournInService = new double[servers];
        this.departures = new Steppable[servers];
        for (int k = 0; k < servers; k++) {
            int server = k;
            departures[k] = s -> depart(server);
        }
    }

    /** Runs to the end of the measured window. */
    public ReplicationResult run() {
        Steppable arrival = new Steppable() {
            @Override
            public void step(Simulation s) {
                arrive();
                s.schedule().scheduleIn(interarrival.sample(), this);
            }
        };
        sim.schedule().scheduleIn(interarrival.sample(), arrival);
        sim.runUntilEmpty();
        accumulateArea();
        double elapsed = sim.now();
        return new ReplicationResult(
                measuredWaitSum / (lastMeasured - warmupCustomers),
                lastMeasured - warmupCustomers,
                arrived / elapsed,
                departed == 0 ? 0 : sojournSum / departed,
                areaInSystem / elapsed,
                elapsed,
                sim.eventsFired());
    }

    private void arrive() {
        accumulateArea();
        arrived++;
        inSystem++;
        if (freeCount > 0) {
            startService(sim.now(), freeServers[--freeCount]);
        } else {
            waitingArrivalTimes.add(sim.now());
        }
    }

    private void depart(int server) {
        accumulateArea();
        inSystem--;
        departed++;
        sojournSum += sojournInService[server];
        if (waitingArrivalTimes.isEmpty()) {
            freeServers[freeCount++] = server;
        } else {
            startService(waitingArrivalTimes.remove(), server);
        }
    }

    private void startService(double arrivalTime, int server) {
        double now = sim.now();
        double wait = now - arrivalTime;
        long customer = started++;
        if (customer >= warmupCustomers) {
            measuredWaitSum += wait;
        }
        double serviceTime = service.sample();
        sojournInService[server] = wait + serviceTime;
        sim.schedule().scheduleIn(serviceTime, departures[server]);
        if (started == lastMeasured) {
            sim.stop();
        }
    }

    private void accumulateArea() {
        double now = sim.now();
        areaInSystem += inSystem * (now - lastChange);
        lastChange = now;
    }
}
