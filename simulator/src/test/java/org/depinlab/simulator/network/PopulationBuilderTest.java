package org.depinlab.simulator.network;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.depinlab.simulator.engine.RandomStreams;
import org.depinlab.simulator.model.TestNetworks;
import org.depinlab.simulator.workload.Distribution;
import org.junit.jupiter.api.Test;

class PopulationBuilderTest {

    @Test
    void aDrawOfMoreNodesThanTheHeapHoldsIsRefusedBeforeTheyAreAllocated() {
        OperatorClass giant = new OperatorClass("giant", 1, new Distribution.Deterministic(5e8), 1,
                Map.of("RTX-4090", 1.0), Map.of("eu", 1.0), new Distribution.Deterministic(0.1),
                new Distribution.Deterministic(1), new Distribution.Deterministic(0), new Distribution.Deterministic(1),
                1, 0.1);
        NetworkConfig config = new NetworkConfig(new Population.Drawn(1, 0, List.of(giant)), null, null, true, 3,
                Map.of(), 0);
        PopulationBuilder builder = new PopulationBuilder(TestNetworks.exactProfiles());
        IllegalArgumentException e = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThrows(
                IllegalArgumentException.class, () -> builder.build(config, new RandomStreams(1).stream("population"))));
        assertTrue(e.getMessage().startsWith("network.classes: the population drew 500,000,000 nodes (one giant"
                + " operator alone 500,000,000, from its nodes_per_operator): that needs about 165.0 GB of heap;"),
                e.getMessage());
    }
}
