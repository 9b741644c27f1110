package org.depinlab.simulator.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.depinlab.simulator.model.TestNetworks;
import org.depinlab.simulator.network.Network;
import org.depinlab.simulator.network.NodeEpochs;
import org.depinlab.simulator.network.NodeSpec;
import org.depinlab.simulator.network.RecordingControl;
import org.junit.jupiter.api.Test;

class BetaReputationTest {

    private static Network network(double... reputations) {
        return TestNetworks.build(java.util.Arrays.stream(reputations)
                .mapToObj(r -> new NodeSpec("a", "H100-SXM", 1, "eu", 0.2, 1, 1, r)).toList());
    }

    private static void outcomes(NodeEpochs nodes, int node, int completions, int faults) {
        for (int c = 0; c < completions; c++) {
            nodes.completed(node, 1, 1, 0);
        }
        for (int f = 0; f < faults; f++) {
            nodes.fault(node);
        }
    }

    @Test
    void reputationIsTheBetaMeanOfDecayedEvidenceOverTheDrawnPrior() {
        Network network = network(0.8, 0.3);
        NodeEpochs nodes = new NodeEpochs(network);
        RecordingControl control = new RecordingControl(network);
        BetaReputation reputation = new BetaReputation(new ReputationRule(0.5, 2), network);
        nodes.reset(0);
        outcomes(nodes, 0, 3, 1);
        reputation.update(nodes, control);
        // α = 3, β = 1: (3 + 2·0.8) / (4 + 2)
        assertEquals(4.6 / 6, network.reputation[0], 1e-12);
        assertEquals(0.3, network.reputation[1], "no evidence: the drawn reputation, untouched");
        assertEquals(1, control.weightsSet, "matching hears only of the reputation that moved");
        nodes.reset(3_600);
        outcomes(nodes, 0, 0, 2);
        reputation.update(nodes, control);
        // α = 0.5·3 = 1.5, β = 0.5·1 + 2 = 2.5: (1.5 + 1.6) / (4 + 2)
        assertEquals(3.1 / 6, network.reputation[0], 1e-12);
        nodes.reset(7_200);
        for (int k = 0; k < 200; k++) {
            reputation.update(nodes, control);
        }
        assertEquals(0.8, network.reputation[0], 1e-12, "evidence forgotten: back to the prior");
    }

    @Test
    void aUniformPriorOfWeightTwoIsJosangsFormula() {
        Network network = network(0.5);
        NodeEpochs nodes = new NodeEpochs(network);
        BetaReputation reputation = new BetaReputation(new ReputationRule(0, 2), network);
        nodes.reset(0);
        outcomes(nodes, 0, 7, 2);
        reputation.update(nodes, new RecordingControl(network));
        nodes.reset(3_600);
        outcomes(nodes, 0, 1, 3);
        reputation.update(nodes, new RecordingControl(network));
        assertEquals((8 + 1) / (8 + 5 + 2.0), network.reputation[0], 1e-12, "(α + 1) / (α + β + 2), nothing forgotten");
    }
}
