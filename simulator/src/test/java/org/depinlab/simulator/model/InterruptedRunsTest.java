package org.depinlab.simulator.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.depinlab.simulator.market.Matching;
import org.depinlab.simulator.network.Network;
import org.depinlab.simulator.workload.ArrivalProcess;
import org.depinlab.simulator.workload.Job;
import org.depinlab.simulator.workload.WorkloadConfig;
import org.junit.jupiter.api.Test;

/** The GPU-seconds of runs that end without completing reach the protocol's epoch figures. */
class InterruptedRunsTest {

    @Test
    void runsInterruptedAtAnEpochsEndAreCountedInTheNextEpoch() {
        ModelConfig config = new ModelConfig(TestNetworks.explicit(TestNetworks.identicalNodes("H100-SXM", 3)),
                new WorkloadConfig.Synthetic(new ArrivalProcess.Poisson(0.01),
                        List.of(TestNetworks.exponentialJobs("long", 5_000)), Integer.MAX_VALUE),
                Matching.FIRST_FIT, 3 * 3_600, 3_600);
        NetworkModel model = new NetworkModel(config, 5, TestNetworks.exactProfiles());
        Network network = model.network();
        double[] running = new double[network.nodeCount()];
        double[] seen = new double[network.nodeCount()];
        model.addEpochObserver((epoch, nodes, control) -> {
            for (int n = 0; n < network.nodeCount(); n++) {
                if (epoch == 0) {
                    assertEquals(0, nodes.interruptedGpuSeconds(n), "no failures, no interruptions yet");
                    for (Job job = network.running[n]; job != null; job = job.nextOnNode) {
                        running[n] += job.milliGpus / 1000.0 * (nodes.end() - job.startTime);
                    }
                    // taking the node out of service interrupts its runs after the epoch closed
                    control.deactivate(n);
                } else if (epoch == 1) {
                    seen[n] = nodes.interruptedGpuSeconds(n);
                }
            }
        });
        model.run();
        assertTrue(java.util.Arrays.stream(running).sum() > 0, "jobs must be running at the end of epoch 0");
        for (int n = 0; n < network.nodeCount(); n++) {
            assertEquals(running[n], seen[n], 1e-9, "node " + n);
        }
    }
}
