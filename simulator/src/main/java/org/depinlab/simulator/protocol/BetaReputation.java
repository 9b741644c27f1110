package org.depinlab.simulator.protocol;

import org.depinlab.simulator.network.Network;
import org.depinlab.simulator.network.NetworkControl;
import org.depinlab.simulator.network.NodeEpochs;

/**
 * Every node's reputation by its {@link ReputationRule}, updated at each epoch end from the jobs it
 * completed and the faults it caused, and handed to matching where it moved. O(nodes) per epoch,
 * and O(log nodes) more for each node whose reputation moved.
 */
final class BetaReputation {

    private final double keep;
    private final double priorWeight;
    private final double[] prior;
    /** False for an entrant pool's node until its operator enters and its reputation is drawn. */
    private final boolean[] priorKnown;
    private final double[] positive;
    private final double[] negative;

    BetaReputation(ReputationRule rule, Network network) {
        keep = 1 - rule.decayPerEpoch();
        priorWeight = rule.priorWeight();
        prior = network.reputation.clone();
        priorKnown = new boolean[network.nodeCount()];
        for (int n = 0; n < priorKnown.length; n++) {
            priorKnown[n] = network.gpus[n] > 0;
        }
        positive = new double[network.nodeCount()];
        negative = new double[network.nodeCount()];
    }

    /** Forgets a share of the evidence, adds the epoch's outcomes and tells matching of each reputation that moved. */
    void update(NodeEpochs nodes, NetworkControl control) {
        double[] current = control.network().reputation;
        for (int n = 0; n < positive.length; n++) {
            if (!priorKnown[n] && control.network().gpus[n] > 0) {
                // an entrant's node: its reputation was drawn when it entered
                prior[n] = current[n];
                priorKnown[n] = true;
            }
            positive[n] = keep * positive[n] + nodes.completions(n);
            negative[n] = keep * negative[n] + nodes.faults(n);
            double reputation = reputation(n);
            if (reputation != current[n]) {
                control.setReputation(n, reputation);
            }
        }
    }

    /** A fraud: node {@code n}'s earned reputation is forgotten (its drawn prior, less any faults on record). */
    void reset(int n, NetworkControl control) {
        positive[n] = 0;
        double reputation = reputation(n);
        if (reputation != control.network().reputation[n]) {
            control.setReputation(n, reputation);
        }
    }

    /** Node {@code n}'s reputation now: its drawn one until it has any evidence. */
    double reputation(int n) {
        double evidence = positive[n] + negative[n];
        return evidence == 0 ? prior[n] : (positive[n] + priorWeight * prior[n]) / (evidence + priorWeight);
    }
}
