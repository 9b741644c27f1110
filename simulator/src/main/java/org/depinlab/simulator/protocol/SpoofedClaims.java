package org.depinlab.simulator.protocol;

import org.depinlab.simulator.engine.RandomStream;
import org.depinlab.simulator.network.Network;
import org.depinlab.simulator.network.NodeEpochs;

/**
 * What each node claims to the protocol, against what it has: a spoofing operator's nodes claim
 * {@code claimed_gpu_multiple} GPUs per real one and, with fake uptime, the whole epoch online while in
 * service. Matching never sees claims (it serves jobs on real GPUs only); the rules that read uptime and
 * capacity do. A node whose challenge failed has its claims struck: from then on it is credited no
 * uptime and no capacity, real GPUs included, since the protocol no longer believes it.
 */
public final class SpoofedClaims {

    private final Network network;
    /** Per operator class: what its spoofers claim, or null when none of it spoofs. */
    private final Spoofing.Spoofer[] byClass;
    /** Per operator slot (entrants' included): its uniform draw; it spoofs when below its class's share. */
    private final double[] draw;
    private final boolean[] struck;

    SpoofedClaims(Network network, Spoofing.Spoofer[] byClass, double[] draw) {
        this.network = network;
        this.byClass = byClass.clone();
        this.draw = draw.clone();
        this.struck = new boolean[network.nodeCount()];
    }

    /**
     * Draws once which operators spoof: one uniform per operator slot, in slot order, on {@code stream}
     * ({@code "spoofing"}); an operator spoofs when its draw is below its class's share (an entrant's
     * class is known once it enters, so the draw waits in its slot).
     */
    public static SpoofedClaims draw(Spoofing spoofing, Network network, RandomStream stream) {
        Spoofing.Spoofer[] byClass = new Spoofing.Spoofer[network.operatorClasses.size()];
        for (Spoofing.Spoofer s : spoofing.spoofers()) {
            byClass[network.operatorClasses.indexOf(s.operatorClass())] = s;
        }
        double[] draw = new double[network.operatorCapacity()];
        for (int o = 0; o < draw.length; o++) {
            draw[o] = stream.nextDouble();
        }
        return new SpoofedClaims(network, byClass, draw);
    }

    /** What operator {@code o} claims, or null when it is honest. */
    private Spoofing.Spoofer spooferOf(int o) {
        Spoofing.Spoofer s = byClass[network.operatorClass[o]];
        return s != null && draw[o] < s.share() ? s : null;
    }

    /** What the node's operator claims, or null when it is honest. */
    private Spoofing.Spoofer spoofer(int node) {
        return spooferOf(network.operator[node]);
    }

    /** Whether operator {@code o} claims what it does not have. */
    boolean spoofingOperator(int o) {
        Spoofing.Spoofer s = spooferOf(o);
        return s != null && s.spoofs();
    }

    /** Whether the node belongs to an operator that claims what it does not have. */
    boolean spoofs(int node) {
        return spoofingOperator(network.operator[node]);
    }

    /** Whether the node claims uptime it did not have in the epoch (fake uptime while it was offline). */
    boolean fakesUptime(int node, NodeEpochs nodes) {
        Spoofing.Spoofer s = spoofer(node);
        return s != null && s.fakeUptime() && network.active(node) && claimedUptimeSeconds(node, nodes)
                > nodes.uptimeSeconds(node);
    }

    /** Whether the node claims GPUs it does not have. */
    boolean claimsGhostGpus(int node) {
        Spoofing.Spoofer s = spoofer(node);
        return s != null && s.claimedGpuMultiple() > 1;
    }

    boolean struck(int node) {
        return struck[node];
    }

    void strike(int node) {
        struck[node] = true;
    }

    /** GPUs the node claims (0 once struck). */
    double claimedGpus(int node) {
        if (struck[node]) {
            return 0;
        }
        Spoofing.Spoofer s = spoofer(node);
        return s == null ? network.gpus[node] : network.gpus[node] * s.claimedGpuMultiple();
    }

    /** Seconds of the epoch the node claims to have been online (0 once struck). */
    double claimedUptimeSeconds(int node, NodeEpochs nodes) {
        if (struck[node]) {
            return 0;
        }
        Spoofing.Spoofer s = spoofer(node);
        return s != null && s.fakeUptime() && network.active(node) ? nodes.end() - nodes.start()
                : nodes.uptimeSeconds(node);
    }

    /** GPU-seconds online the node claims in the epoch. */
    double claimedGpuSeconds(int node, NodeEpochs nodes) {
        return claimedGpus(node) * claimedUptimeSeconds(node, nodes);
    }

    /** The part of {@link #claimedGpuSeconds} that did not exist: ghost GPUs and offline time claimed. */
    double spoofedGpuSeconds(int node, NodeEpochs nodes) {
        return struck[node] ? 0 : claimedGpuSeconds(node, nodes) - network.gpus[node] * nodes.uptimeSeconds(node);
    }

    /** GPUs the node claims that do not exist (0 once struck or out of service). */
    double ghostGpus(int node) {
        return struck[node] || !network.active(node) ? 0 : claimedGpus(node) - network.gpus[node];
    }
}
