package org.depinlab.simulator.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.depinlab.simulator.market.Matching;
import org.depinlab.simulator.network.FailureModel;
import org.depinlab.simulator.network.NetworkConfig;
import org.depinlab.simulator.network.NodeSpec;
import org.depinlab.simulator.network.Population;
import org.depinlab.simulator.workload.AlibabaTrace;
import org.depinlab.simulator.workload.Distribution;
import org.depinlab.simulator.workload.TraceReplay;
import org.depinlab.simulator.workload.WorkloadConfig;
import org.junit.jupiter.api.Test;

/** GPU utilization as exact time integrals, against a hand computation on two nodes and two jobs. */
class GpuUtilizationTest {

    @Test
    void busyTimeOverOnlineTimeCountsInterruptedRunsAndLeavesOutDownAndHeldBackCapacity() {
        // two 8-GPU nodes, up 1 200 s and down 300 s in turn; node 1 is taken out of service at 600 s
        List<NodeSpec> nodes = List.of(new NodeSpec("op", "H100-SXM", 8, "eu", 0.2, 1, 1, 1),
                new NodeSpec("op", "H100-SXM", 8, "eu", 0.2, 1, 1, 1));
        NetworkConfig network = new NetworkConfig(new Population.Listed(nodes),
                new FailureModel(new Distribution.Deterministic(1_200), new Distribution.Deterministic(300)), null, true,
                3, TestNetworks.UNPRICED, 0);
        // a: 1 GPU for 500 s from 0; b: 4 GPUs from 100 s, interrupted at 1 200 and 2 700, back at 1 500 and 3 000
        List<AlibabaTrace.Pod> pods = List.of(new AlibabaTrace.Pod("a", 2, 0, 500, 1_000, List.of()),
                new AlibabaTrace.Pod("b", 3, 100, 10_000, 4_000, List.of()));
        TraceReplay replay = new TraceReplay(new AlibabaTrace.PodList(Path.of("pods.csv"), pods, 0, 0, 0), Map.of(),
                "H100-SXM", 100, null);
        ModelConfig config = new ModelConfig(network, new WorkloadConfig.Trace(replay, 10), Matching.FIRST_FIT, 3_600,
                600);
        NetworkModel model = new NetworkModel(config, 1, TestNetworks.exactProfiles());
        model.addEpochObserver((epoch, contributions, control) -> {
            if (epoch == 0) {
                control.deactivate(1);
            }
        });
        RunResult result = model.run();

        assertEquals(1, result.completed());
        assertEquals(2, result.interrupted());
        double busy = 1 * 500 + 4 * (1_200 - 100) + 4 * (2_700 - 1_500) + 4 * (3_600 - 3_000);
        double online = 8 * (3_600 - 2 * 300) + 8 * 600;
        double inService = 8 * 3_600 + 8 * 600;
        assertEquals(busy / online, result.gpuUtilization(), 1e-12);
        assertEquals(busy / inService, result.gpuUtilizationOwned(), 1e-12);
        assertEquals(8, result.gpusInServiceEnd());
        assertEquals(8 * 600, result.epochs().get(1).inServiceGpuSeconds(), 1e-9, "node 1 left service at 600 s");
        assertEquals(8 * 300, result.epochs().get(2).onlineGpuSeconds(), 1e-9, "node 0 was down 1 200-1 500 s");
    }
}
