package org.depinlab.simulator.protocol;

import org.depinlab.simulator.network.Network;
import org.depinlab.simulator.network.NodeEpochs;
import org.depinlab.tokenomics.emission.CapacityContingentEmission;
import org.depinlab.tokenomics.emission.EmissionSchedule;

/**
 * A run's emission: the schedule asked epoch by epoch with what it minted so far, and, for a
 * capacity-contingent schedule (Filecoin's baseline minting), the network's capacity. The capacity of
 * an epoch is its GPUs online, time-averaged: the sum over nodes of GPUs × seconds online (in service,
 * not failed, operator online) / the epoch's seconds.
 */
final class Minting {

    private final EmissionSchedule schedule;
    /** The schedule when it answers capacity; null otherwise. */
    private final CapacityContingentEmission contingent;
    private final Network network;
    private double emitted;
    private double capped;

    Minting(EmissionSchedule schedule, Network network) {
        this.schedule = schedule;
        this.contingent = schedule instanceof CapacityContingentEmission c ? c : null;
        this.network = network;
    }

    /** The tokens to mint in {@code epoch}, counted as minted. */
    double next(int epoch, NodeEpochs nodes) {
        double emission;
        if (contingent == null) {
            emission = schedule.emission(epoch, emitted);
        } else {
            double after = capped + contingent.cappedCapacity(epoch, capacity(nodes));
            emission = contingent.emission(epoch, capped, after);
            capped = after;
        }
        emitted += emission;
        return emission;
    }

    /** The epoch's GPUs online, time-averaged. */
    double capacity(NodeEpochs nodes) {
        double seconds = nodes.end() - nodes.start();
        if (!(seconds > 0)) {
            return 0;
        }
        double gpuSeconds = 0;
        for (int n = 0; n < network.nodeCount(); n++) {
            gpuSeconds += network.gpus[n] * nodes.uptimeSeconds(n);
        }
        return gpuSeconds / seconds;
    }

    /** Whether the schedule answers capacity. */
    boolean contingent() {
        return contingent != null;
    }

    /** The effective time of the capacity so far, epochs; NaN unless the schedule answers capacity. */
    double effectiveTime() {
        return contingent == null ? Double.NaN : contingent.effectiveTime(capped);
    }
}
