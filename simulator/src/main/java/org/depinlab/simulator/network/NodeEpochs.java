package org.depinlab.simulator.network;

import java.util.Arrays;

/**
 * What each node contributed in the epoch just closed, for the protocol: GPU-seconds of jobs it
 * completed (verifiable work), FLOP of those jobs, fees earned, seconds in service and online
 * (uptime), faults (job runs lost or interrupted by its failure) and energy drawn. Filled by the
 * model as the epoch runs; read by {@link EpochObserver}s at its end.
 */
public final class NodeEpochs {

    private final Network network;
    private final double[] workGpuSeconds;
    private final double[] flop;
    private final double[] feesUsd;
    private final double[] downSeconds;
    private final int[] faults;
    private double start;
    private double end;

    NodeEpochs(Network network) {
        this.network = network;
        int nodes = network.nodeCount();
        workGpuSeconds = new double[nodes];
        flop = new double[nodes];
        feesUsd = new double[nodes];
        downSeconds = new double[nodes];
        faults = new int[nodes];
    }

    /** Start of the epoch, seconds. */
    public double start() {
        return start;
    }

    /** End of the epoch, seconds. */
    public double end() {
        return end;
    }

    public double workGpuSeconds(int node) {
        return workGpuSeconds[node];
    }

    public double flop(int node) {
        return flop[node];
    }

    public double feesUsd(int node) {
        return feesUsd[node];
    }

    public int faults(int node) {
        return faults[node];
    }

    /** Seconds of the epoch the node was online (in service, not failed, operator online). */
    public double uptimeSeconds(int node) {
        return Math.max(0, end - start - downSeconds[node]);
    }

    /**
     * Energy drawn, joules: idle power of its GPUs while online, plus the extra busy power over the
     * GPU-seconds of work it completed in the epoch.
     */
    public double energyJoules(int node) {
        return network.idleWattsPerGpu[node] * network.gpus[node] * uptimeSeconds(node)
                + (network.busyWattsPerGpu[node] - network.idleWattsPerGpu[node]) * workGpuSeconds[node];
    }

    void completed(int node, double gpuSeconds, double jobFlop, double fee) {
        workGpuSeconds[node] += gpuSeconds;
        flop[node] += jobFlop;
        feesUsd[node] += fee;
    }

    void fault(int node) {
        faults[node]++;
    }

    /** The node was down from {@code since} to {@code now}; only the part inside this epoch counts. */
    void down(int node, double since, double now) {
        downSeconds[node] += now - Math.max(since, start);
    }

    void close(double epochEnd) {
        end = epochEnd;
    }

    void reset(double epochStart) {
        start = epochStart;
        Arrays.fill(workGpuSeconds, 0);
        Arrays.fill(flop, 0);
        Arrays.fill(feesUsd, 0);
        Arrays.fill(downSeconds, 0);
        Arrays.fill(faults, 0);
    }
}
