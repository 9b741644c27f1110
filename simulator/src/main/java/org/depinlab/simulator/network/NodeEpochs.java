package org.depinlab.simulator.network;

import java.util.Arrays;

/**
 * What each node contributed in the epoch just closed, for the protocol: GPU-seconds of jobs it
 * completed (verifiable work), FLOP of those jobs, fees earned, jobs completed, seconds in service
 * and online (uptime), faults (failures and operator outages that took it offline: one each,
 * however many job runs they interrupted; a node already offline cannot fail visibly), GPU-seconds
 * of runs interrupted and energy drawn. Filled by the model as the epoch runs; read by
 * {@link EpochObserver}s at its end. A run is counted in the epoch it ends in (completed or
 * interrupted); a run interrupted by the observers themselves, after the epoch closed, counts in
 * the next one.
 */
public final class NodeEpochs {

    private static final int WORK = 0;
    private static final int FLOP = 1;
    private static final int FEES = 2;
    private static final int DOWN = 3;
    private static final int STRIDE = 4;

    private final Network network;
    /** Per node, side by side (one cache line per completion): work GPU-seconds, FLOP, fees, down seconds. */
    private final double[] values;
    private final int[] faults;
    /** Per node, GPU-seconds of runs released without completing (kept apart: interruptions are rare). */
    private final double[] interrupted;
    /** Those interrupted after {@link #close}, while the observers run: they belong to the next epoch. */
    private final double[] interruptedAfterClose;
    private boolean closed;
    private final int[] completions;
    /** Per node, GPU-seconds of completed work that were claimed but not run (fraud; kept apart: rare). */
    private final double[] unrun;
    private double start;
    private double end;

    /** For the model, which fills it; observers only read it. */
    public NodeEpochs(Network network) {
        this.network = network;
        int nodes = network.nodeCount();
        values = new double[nodes * STRIDE];
        faults = new int[nodes];
        interrupted = new double[nodes];
        interruptedAfterClose = new double[nodes];
        completions = new int[nodes];
        unrun = new double[nodes];
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
        return values[node * STRIDE + WORK];
    }

    public double flop(int node) {
        return values[node * STRIDE + FLOP];
    }

    public double feesUsd(int node) {
        return values[node * STRIDE + FEES];
    }

    /** Jobs the node completed in the epoch. */
    public int completions(int node) {
        return completions[node];
    }

    /** GPU-seconds of the node's completed work that it claimed without running them (fake or lazy runs). */
    public double unrunGpuSeconds(int node) {
        return unrun[node];
    }

    public int faults(int node) {
        return faults[node];
    }

    /** GPU-seconds of runs on the node that ended without completing (interrupted or taken offline). */
    public double interruptedGpuSeconds(int node) {
        return interrupted[node];
    }

    /** Seconds of the epoch the node was online (in service, not failed, operator online). */
    public double uptimeSeconds(int node) {
        return Math.max(0, end - start - values[node * STRIDE + DOWN]);
    }

    /**
     * Energy drawn, joules: idle power of its GPUs while online, plus the extra busy power over the
     * GPU-seconds of every run that ended in the epoch, completed or interrupted.
     */
    public double energyJoules(int node) {
        return network.idleWattsPerGpu[node] * network.gpus[node] * uptimeSeconds(node)
                + (network.busyWattsPerGpu[node] - network.idleWattsPerGpu[node])
                * (workGpuSeconds(node) - unrun[node] + interrupted[node]);
    }

    /** The model: {@code node} completed a job of that work, FLOP and fee. */
    public void completed(int node, double gpuSeconds, double jobFlop, double fee) {
        int at = node * STRIDE;
        values[at + WORK] += gpuSeconds;
        values[at + FLOP] += jobFlop;
        values[at + FEES] += fee;
        completions[node]++;
    }

    /** The model: {@code node} claimed {@code gpuSeconds} of a completed job's work without running them. */
    public void unrun(int node, double gpuSeconds) {
        unrun[node] += gpuSeconds;
    }

    /** The model: {@code node} failed, or its operator's outage took it offline (one fault per event). */
    public void fault(int node) {
        faults[node]++;
    }

    /** The model: a run of {@code gpuSeconds} on {@code node} ended without completing. */
    public void interrupted(int node, double gpuSeconds) {
        (closed ? interruptedAfterClose : interrupted)[node] += gpuSeconds;
    }

    /** The node was down from {@code since} to {@code now}; only the part inside this epoch counts. */
    public void down(int node, double since, double now) {
        values[node * STRIDE + DOWN] += now - Math.max(since, start);
    }

    /** The model: the epoch ends at {@code epochEnd}, seconds. */
    public void close(double epochEnd) {
        end = epochEnd;
        closed = true;
    }

    /** The model: a new epoch starts at {@code epochStart}, seconds; the contributions return to zero. */
    public void reset(double epochStart) {
        start = epochStart;
        Arrays.fill(values, 0);
        Arrays.fill(faults, 0);
        System.arraycopy(interruptedAfterClose, 0, interrupted, 0, interrupted.length);
        Arrays.fill(interruptedAfterClose, 0);
        closed = false;
        Arrays.fill(completions, 0);
        Arrays.fill(unrun, 0);
    }
}
