package org.depinlab.simulator.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

import org.depinlab.simulator.engine.RandomStreams;
import org.depinlab.simulator.model.TestNetworks;
import org.depinlab.simulator.network.Network;
import org.depinlab.simulator.network.NodeSpec;
import org.depinlab.tokenomics.emission.ConstantEmission;
import org.depinlab.tokenomics.reward.ProRataWork;
import org.junit.jupiter.api.Test;

class ProtocolGenesisTest {

    @Test
    void stakesWhoseSumRoundsStillBondInFullWithNoOtherGenesisTokens() {
        // bonding stake by stake from their rounded sum left the treasury short of the last one in
        // about half of such draws
        for (int seed = 1; seed <= 20; seed++) {
            SplittableRandom random = new SplittableRandom(seed);
            List<NodeSpec> nodes = new ArrayList<>();
            double sum = 0;
            for (int i = 0; i < 200; i++) {
                double stake = random.nextDouble();
                sum += stake;
                nodes.add(new NodeSpec("op" + i, "T4", 1, "eu", 0.1, 1, stake, 1));
            }
            Network network = TestNetworks.build(nodes);
            ProtocolConfig config = new ProtocolConfig(new ConstantEmission(1), new ProRataWork(),
                    ProtocolConfig.WorkMeasure.GPU_SECONDS, 0, false, new PriceModel.Constant(1), 0, List.of(), 0, 1,
                    0, 0.5, 100, Optional.empty(), Optional.empty());
            Protocol protocol = new Protocol(config, network, new RandomStreams(1).stream("market"));
            assertEquals(sum, protocol.ledger().supply(), 1e-12 * sum, "seed " + seed);
            assertEquals(0, protocol.ledger().treasury(), 1e-12, "every token at genesis is bonded stake");
        }
    }
}
