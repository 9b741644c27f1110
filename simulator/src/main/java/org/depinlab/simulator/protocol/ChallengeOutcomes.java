package org.depinlab.simulator.protocol;

import java.util.Arrays;

/**
 * The epoch's capacity and liveness challenges, node by node, as the protocol sees them: which nodes were
 * challenged and which failed. A failed node is flagged for fraud penalties; its claims are struck. The
 * protocol cannot tell a spoofer's failure from an honest node's false one; the figures can.
 */
public final class ChallengeOutcomes {

    private final boolean[] challenged;
    private final boolean[] failed;

    ChallengeOutcomes(int nodes) {
        challenged = new boolean[nodes];
        failed = new boolean[nodes];
    }

    /** Whether {@code node} was challenged in the epoch. */
    public boolean challenged(int node) {
        return challenged[node];
    }

    /** Whether {@code node} failed its challenge in the epoch: the flag for fraud penalties. */
    public boolean failed(int node) {
        return failed[node];
    }

    void clear() {
        Arrays.fill(challenged, false);
        Arrays.fill(failed, false);
    }

    void record(int node, boolean fail) {
        challenged[node] = true;
        failed[node] = fail;
    }
}
