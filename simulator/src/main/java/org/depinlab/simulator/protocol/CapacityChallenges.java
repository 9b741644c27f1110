package org.depinlab.simulator.protocol;

import org.depinlab.simulator.engine.RandomStream;
import org.depinlab.simulator.network.Network;
import org.depinlab.simulator.network.NodeEpochs;

/**
 * Draws the epoch's challenges on stream {@code "challenges"}: every node in service whose claims still
 * stand is challenged with probability {@code share_per_epoch} (one uniform per such node, in node order).
 * A node claiming GPUs it lacks fails; one claiming uptime while it was offline fails when the challenge
 * falls in its offline time (uniform over the epoch); any other fails with the false positive
 * probability. A challenged node runs the workload on each real GPU: the GPU-seconds are verification
 * overhead and their extra power over idle is billed to its operator.
 */
final class CapacityChallenges {

    private final Spoofing.Challenges rule;
    private final Network network;
    private final RandomStream stream;

    CapacityChallenges(Spoofing.Challenges rule, Network network, RandomStream stream) {
        this.rule = rule;
        this.network = network;
        this.stream = stream;
    }

    /** Challenges the epoch's nodes into {@code outcomes}, strikes the claims of those that fail, bills the energy. */
    void run(NodeEpochs nodes, SpoofedClaims claims, ChallengeOutcomes outcomes, OperatorAccounts book) {
        outcomes.clear();
        double epoch = nodes.end() - nodes.start();
        for (int n = 0; n < network.nodeCount(); n++) {
            if (!network.active(n) || claims.struck(n) || stream.nextDouble() >= rule.sharePerEpoch()) {
                continue;
            }
            boolean fail;
            if (claims.claimsGhostGpus(n)) {
                fail = true;
            } else if (claims.fakesUptime(n, nodes)) {
                fail = stream.nextDouble() < (epoch - nodes.uptimeSeconds(n)) / epoch;
            } else {
                fail = rule.falsePositiveProbability() > 0 && stream.nextDouble() < rule.falsePositiveProbability();
            }
            outcomes.record(n, fail);
            if (fail) {
                claims.strike(n);
            }
            int o = network.operator[n];
            double joules = (network.busyWattsPerGpu[n] - network.idleWattsPerGpu[n]) * gpuSeconds(n);
            book.electricityUsd[o] += joules / 3.6e6 * network.electricityUsdPerKwh[o] * network.pue[o];
        }
    }

    /** GPU-seconds a challenge takes on {@code node}: the workload on each of its real GPUs. */
    double gpuSeconds(int node) {
        return network.gpus[node] * rule.gpuSecondsPerChallenge();
    }
}
