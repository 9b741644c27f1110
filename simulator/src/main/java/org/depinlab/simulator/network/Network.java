package org.depinlab.simulator.network;

import java.util.List;

import org.depinlab.gpubench.catalog.GpuSpec;
import org.depinlab.gpubench.profile.GpuProfile;
import org.depinlab.gpubench.profile.ServiceTimeModel;
import org.depinlab.simulator.workload.Job;

/**
 * The GPU nodes and operators of one run, as parallel arrays indexed by node and by operator (a
 * million nodes stay compact and cache-friendly). Static attributes are set by
 * {@link PopulationBuilder}; the running model updates free capacity, availability and ledgers.
 * The nodes of one operator are contiguous: {@code [firstNode[o], firstNode[o] + nodeCount[o])}.
 */
public final class Network {

    /**
     * Live heap per node in a running model, measured (its arrays, capacity index, failure events
     * and ledgers; see {@code scenario.ResourceEstimate}).
     */
    public static final long BYTES_PER_NODE = 330;

    /** Catalogue models present, indexed 0..models−1 (at most 64, for job model masks). */
    public final List<GpuSpec> models;
    /** Profile per model index, with its labels (measured, derived or spec). */
    public final List<GpuProfile> profiles;
    public final ServiceTimeModel[] serviceModels;
    public final List<String> regions;
    public final List<String> operatorClasses;

    // per node
    public final int[] operator;
    public final int[] model;
    public final int[] gpus;
    public final int[] region;
    public final double[] askUsdPerGpuHour;
    /** Tokens bonded: as built at genesis, then the protocol's bonded stake after each epoch. */
    public final double[] stakeTokens;
    /** In [0, 1]: as built, then the protocol's reputation when reputation follows outcomes. */
    public final double[] reputation;
    public final double[] busyWattsPerGpu;
    public final double[] idleWattsPerGpu;
    public final double[] hardwareCostUsd;
    public final long[] vramBytes;
    public final int[] freeMilli;
    public final long[] freeVram;
    private final boolean[] failed;
    /** not failed, operator online and active, kept in one array: the hot paths read it for every job */
    private final boolean[] online;
    /** false for capacity an operator holds in reserve (not yet bought, or shut down) */
    private final boolean[] active;
    public final Job[] running;
    public final double[] revenueUsd;
    public final double[] busyMilliSeconds;

    // per operator
    public final String[] operatorName;
    public final int[] operatorClass;
    public final int[] firstNode;
    public final int[] nodeCount;
    public final double[] electricityUsdPerKwh;
    /** Power usage effectiveness of the operator's site: facility energy / IT energy (1 for listed nodes). */
    public final double[] pue;
    private final boolean[] operatorOffline;
    /** Operators and nodes in use; the slots past them are the entrant pool, inert until an entrant takes them. */
    private int operatorsInUse;
    private int nodesInUse;

    Network(List<GpuSpec> models, List<GpuProfile> profiles, List<String> regions, List<String> operatorClasses,
            int nodes, int operators) {
        this(models, profiles, regions, operatorClasses, nodes, operators, 0, 0);
    }

    /** A network of {@code nodes} and {@code operators} in use, plus a pool of slots for entrants. */
    Network(List<GpuSpec> models, List<GpuProfile> profiles, List<String> regions, List<String> operatorClasses,
            int nodes, int operators, int poolNodes, int poolOperators) {
        this.models = List.copyOf(models);
        this.profiles = List.copyOf(profiles);
        this.serviceModels = profiles.stream().map(p -> new ServiceTimeModel(p.figures()))
                .toArray(ServiceTimeModel[]::new);
        this.regions = List.copyOf(regions);
        this.operatorClasses = List.copyOf(operatorClasses);
        operatorsInUse = operators;
        nodesInUse = nodes;
        operators += poolOperators;
        nodes += poolNodes;
        operator = new int[nodes];
        model = new int[nodes];
        gpus = new int[nodes];
        region = new int[nodes];
        askUsdPerGpuHour = new double[nodes];
        stakeTokens = new double[nodes];
        reputation = new double[nodes];
        busyWattsPerGpu = new double[nodes];
        idleWattsPerGpu = new double[nodes];
        hardwareCostUsd = new double[nodes];
        vramBytes = new long[nodes];
        freeMilli = new int[nodes];
        freeVram = new long[nodes];
        failed = new boolean[nodes];
        online = new boolean[nodes];
        java.util.Arrays.fill(online, true);
        active = new boolean[nodes];
        java.util.Arrays.fill(active, 0, nodesInUse, true);
        java.util.Arrays.fill(online, nodesInUse, nodes, false);
        running = new Job[nodes];
        revenueUsd = new double[nodes];
        busyMilliSeconds = new double[nodes];
        operatorName = new String[operators];
        operatorClass = new int[operators];
        firstNode = new int[operators];
        nodeCount = new int[operators];
        electricityUsdPerKwh = new double[operators];
        pue = new double[operators];
        java.util.Arrays.fill(pue, 1);
        operatorOffline = new boolean[operators];
    }

    /** Node slots, the entrant pool's included (a pool slot has no GPUs and is never in service until taken). */
    public int nodeCount() {
        return operator.length;
    }

    /** Node slots taken: the initial operators' and the entrants' nodes, headroom included. */
    public int nodesInUse() {
        return nodesInUse;
    }

    /** Operators in the network so far: the initial ones, then the entrants in order of entry. */
    public int operatorCount() {
        return operatorsInUse;
    }

    /** Operator slots, the entrant pool's included (sizes per-operator arrays that must hold entrants). */
    public int operatorCapacity() {
        return operatorName.length;
    }

    /**
     * Takes the next operator slot and the next {@code nodes} node slots for an entrant, its nodes
     * contiguous from {@code firstNode[o]} (the caller writes the operator there). Returns the
     * operator's index, or -1 when the pool has no room (nothing is taken then).
     */
    int admit(int nodes) {
        if (!hasRoom(nodes)) {
            return -1;
        }
        int o = operatorsInUse++;
        firstNode[o] = nodesInUse;
        nodesInUse += nodes;
        return o;
    }

    /** True when an entrant of {@code nodes} nodes would find room in the pool. */
    public boolean hasRoom(int nodes) {
        return operatorsInUse < operatorName.length && nodes <= operator.length - nodesInUse;
    }

    /** True when the node can take work: in service, not failed, its operator online. */
    public boolean online(int node) {
        return online[node];
    }

    /** True when the node itself has failed (whatever its operator's state). */
    public boolean failed(int node) {
        return failed[node];
    }

    /** Marks the node failed or repaired. */
    public void setFailed(int node, boolean isFailed) {
        failed[node] = isFailed;
        refresh(node);
    }

    /** True when the node is in service (not held in reserve). */
    public boolean active(int node) {
        return active[node];
    }

    /** How many of the operator's nodes are in service (0: it is outside the network). */
    public int nodesInService(int operatorIndex) {
        int count = 0;
        for (int n = firstNode[operatorIndex]; n < firstNode[operatorIndex] + nodeCount[operatorIndex]; n++) {
            if (active[n]) {
                count++;
            }
        }
        return count;
    }

    /** Puts the node in service or takes it out (an operator expanding, shrinking, entering, exiting). */
    public void setActive(int node, boolean inService) {
        active[node] = inService;
        refresh(node);
    }

    private void refresh(int node) {
        online[node] = !failed[node] && !operatorOffline[operator[node]] && active[node];
    }

    /** True when the operator is offline. */
    public boolean operatorOffline(int operatorIndex) {
        return operatorOffline[operatorIndex];
    }

    /** Takes the operator, and so all its nodes, offline or back. */
    public void setOperatorOffline(int operatorIndex, boolean offline) {
        operatorOffline[operatorIndex] = offline;
        for (int n = firstNode[operatorIndex]; n < firstNode[operatorIndex] + nodeCount[operatorIndex]; n++) {
            refresh(n);
        }
    }
}
