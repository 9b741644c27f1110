package org.depinlab.simulator.market;

import org.depinlab.simulator.network.EpochObserver;
import org.depinlab.simulator.network.Network;
import org.depinlab.simulator.network.NetworkControl;
import org.depinlab.simulator.network.NodeEpochs;
import org.depinlab.simulator.workload.Job;

/**
 * Moves every operator's asks at each epoch end by its {@link AskAdjustment}, then has matching
 * re-read them (once, and only when an ask moved).
 *
 * <p>An operator's utilization in the epoch is the busy GPU-time of its nodes (an exact integral:
 * jobs that ran across the epoch's bounds count for the part inside it) over the GPU-time they were
 * online; an operator with no GPU online in the epoch keeps its asks. Node n's ask stays within
 * [min(max(minFactor·a₀, p), maxFactor·a₀), maxFactor·a₀], a₀ its initial ask and p the electricity
 * of one busy GPU-hour at its operator's price. O(nodes + running jobs) per epoch.
 */
public final class AskAdjuster implements EpochObserver {

    private final AskAdjustment rule;
    private final Network network;
    private final double[] floor;
    private final double[] cap;
    /** Per node: busy milli-GPU-seconds from the start of the run to the end of the last epoch. */
    private final double[] busyBefore;
    /** Per operator: the utilization of the epoch just closed (NaN: no GPU online). */
    private final double[] utilization;

    public AskAdjuster(AskAdjustment rule, Network network) {
        this.rule = rule;
        this.network = network;
        int nodes = network.nodeCount();
        floor = new double[nodes];
        cap = new double[nodes];
        busyBefore = new double[nodes];
        utilization = new double[network.operatorCapacity()];
        for (int n = 0; n < nodes; n++) {
            bound(n);
        }
    }

    /** Node {@code n}'s bounds from its initial ask (an entrant's is drawn when it enters). */
    private void bound(int n) {
        double initial = network.askUsdPerGpuHour[n];
        double power = network.busyWattsPerGpu[n] / 1000 * network.electricityUsdPerKwh[network.operator[n]];
        cap[n] = rule.maxFactor() * initial;
        floor[n] = Math.min(Math.max(rule.minFactor() * initial, power), cap[n]);
    }

    @Override
    public void epochEnded(int epoch, NodeEpochs nodes, NetworkControl control) {
        boolean moved = false;
        for (int o = 0; o < network.operatorCount(); o++) {
            double busy = 0;
            double online = 0;
            for (int n = network.firstNode[o]; n < network.firstNode[o] + network.nodeCount[o]; n++) {
                if (cap[n] == 0) {
                    // an entrant's node: its ask was drawn when it entered
                    bound(n);
                }
                double busyNow = busyMilliSeconds(n, nodes.end());
                busy += (busyNow - busyBefore[n]) / 1000;
                busyBefore[n] = busyNow;
                online += nodes.uptimeSeconds(n) * network.gpus[n];
            }
            utilization[o] = online > 0 ? busy / online : Double.NaN;
            double factor = online > 0 ? rule.factor(utilization[o]) : 1;
            if (factor != 1) {
                for (int n = network.firstNode[o]; n < network.firstNode[o] + network.nodeCount[o]; n++) {
                    double ask = Math.min(cap[n], Math.max(floor[n], network.askUsdPerGpuHour[n] * factor));
                    if (ask != network.askUsdPerGpuHour[n]) {
                        network.askUsdPerGpuHour[n] = ask;
                        moved = true;
                    }
                }
            }
        }
        if (moved) {
            control.reindex();
        }
    }

    /** Operator {@code o}'s utilization in the epoch last closed; NaN when none of its GPUs was online. */
    public double utilization(int o) {
        return utilization[o];
    }

    /** Node {@code n}'s lowest ask. */
    public double floor(int n) {
        return floor[n];
    }

    /** Node {@code n}'s highest ask. */
    public double cap(int n) {
        return cap[n];
    }

    /** Busy milli-GPU-seconds of node {@code n} from the start to {@code now}, the running jobs' part included. */
    private double busyMilliSeconds(int n, double now) {
        double busy = network.busyMilliSeconds[n];
        for (Job job = network.running[n]; job != null; job = job.nextOnNode) {
            busy += job.milliGpus * (now - job.startTime);
        }
        return busy;
    }
}
