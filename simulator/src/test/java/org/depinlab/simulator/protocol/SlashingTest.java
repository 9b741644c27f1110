package org.depinlab.simulator.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.depinlab.gpubench.profile.ServiceTimeModel.Precision;
import org.depinlab.simulator.market.Matching;
import org.depinlab.simulator.model.ModelConfig;
import org.depinlab.simulator.model.NetworkModel;
import org.depinlab.simulator.model.RunResult;
import org.depinlab.simulator.model.TestNetworks;
import org.depinlab.simulator.network.FailureModel;
import org.depinlab.simulator.network.NetworkConfig;
import org.depinlab.simulator.network.NodeSpec;
import org.depinlab.simulator.network.Population;
import org.depinlab.simulator.workload.ArrivalProcess;
import org.depinlab.simulator.workload.Distribution;
import org.depinlab.simulator.workload.JobClass;
import org.depinlab.simulator.workload.WorkloadConfig;
import org.depinlab.tokenomics.emission.ConstantEmission;
import org.depinlab.tokenomics.reward.ProRataWork;
import org.junit.jupiter.api.Test;

/**
 * Slashing for honest faults on networks whose failures fall at fixed times: a failure or an
 * outage is one fault of each node it takes offline, however many jobs it interrupts, and the stake
 * slashed from a node in one epoch is bounded.
 */
class SlashingTest {

    private static final double STAKE = 1_000;
    private static final double HOUR = 3_600;

    /** Half-GPU jobs of 10^5 s on the exact test H100, arriving once a second. */
    private static final WorkloadConfig HALF_GPU_JOBS = new WorkloadConfig.Synthetic(new ArrivalProcess.Poisson(1),
            List.of(new JobClass("half", 1, new Distribution.Deterministic(1e5 * TestNetworks.PEAK),
                    new Distribution.Deterministic(0), new Distribution.Deterministic(0), Precision.FP32, 1, 0.5, 1,
                    List.of(), 100, null)), 100_000);

    /** {@code nodes} nodes of {@code gpus} H100s of one operator, each staking {@link #STAKE}; null: no failures. */
    private static ModelConfig network(int nodes, int gpus, FailureModel failures, FailureModel outages,
                                       WorkloadConfig workload, double epochSeconds) {
        List<NodeSpec> specs = new ArrayList<>();
        for (int n = 0; n < nodes; n++) {
            specs.add(new NodeSpec("op", "H100-SXM", gpus, "eu", 0.2, 1.0, STAKE, 1));
        }
        NetworkConfig network = new NetworkConfig(new Population.Listed(specs), failures, outages, true, 3,
                TestNetworks.UNPRICED, 0);
        return new ModelConfig(network, workload, Matching.FIRST_FIT, HOUR, epochSeconds);
    }

    private static FailureModel every(double upSeconds, double downSeconds) {
        return new FailureModel(new Distribution.Deterministic(upSeconds), new Distribution.Deterministic(downSeconds));
    }

    private static ProtocolConfig slashing(double perFault, double maxPerEpoch) {
        return new ProtocolConfig(new ConstantEmission(100), new ProRataWork(), ProtocolConfig.WorkMeasure.GPU_SECONDS,
                0.1, false, new PriceModel.Constant(1), 0, List.of(), perFault, maxPerEpoch, 0, 0.5, 1_000,
                Optional.empty(), Optional.empty());
    }

    /** The run of {@code model} under {@code protocol}, its network result and its protocol. */
    private record Run(RunResult network, Protocol protocol, ProtocolResult result) {

        static Run of(ModelConfig model, ProtocolConfig protocol) {
            NetworkModel networkModel = new NetworkModel(model, 5, TestNetworks.exactProfiles());
            Protocol economy = new Protocol(protocol, networkModel.network(), networkModel.stream("market"));
            networkModel.addEpochObserver(economy);
            RunResult network = networkModel.run();
            return new Run(network, economy, economy.result());
        }

        void assertSupplyConserved() {
            var ledger = protocol.ledger();
            assertEquals(ledger.genesis() + ledger.minted() - ledger.burned(), ledger.supply(), 1e-9 * ledger.supply());
        }
    }

    @Test
    void oneFailureOfAnEightGpuNodeRunningSixteenJobsSlashesOnce() {
        Run run = Run.of(network(1, 8, every(1_800, 1e6), null, HALF_GPU_JOBS, HOUR), slashing(0.05, 1));

        assertEquals(16, run.network().interrupted(), "the failure interrupts the 16 half-GPU jobs running");
        assertEquals(0.05 * STAKE, run.result().epochs().get(0).slashedTokens(), 1e-9);
        assertEquals(0.95 * STAKE, run.protocol().stakes().bonded(0), 1e-9);
        assertEquals(0.05 * STAKE, run.result().operators().get(0).slashedTokens(), 1e-9);
        run.assertSupplyConserved();
    }

    @Test
    void anOperatorOutageSlashesEachOfItsNodesOnceIdleOrBusy() {
        WorkloadConfig none = new WorkloadConfig.Synthetic(new ArrivalProcess.Poisson(1e-9), HALF_GPU_JOBS.classes(),
                10);
        Run run = Run.of(network(3, 8, null, every(1_800, 1e6), none, HOUR), slashing(0.05, 1));

        assertEquals(0, run.network().interrupted(), "the nodes were idle");
        for (int n = 0; n < 3; n++) {
            assertEquals(0.95 * STAKE, run.protocol().stakes().bonded(n), 1e-9, "node " + n);
        }
        assertEquals(3 * 0.05 * STAKE, run.result().operators().get(0).slashedTokens(), 1e-9);
        run.assertSupplyConserved();
    }

    @Test
    void theStakeSlashedInOneEpochStaysWithinItsBound() {
        // up 100 s, down 100 s: nine failures in each half-hour epoch, 1 − 0.95^9 = 37 % unbounded
        Run run = Run.of(network(1, 8, every(100, 100), null, HALF_GPU_JOBS, HOUR / 2), slashing(0.05, 0.1));

        List<ProtocolEpoch> epochs = run.result().epochs();
        assertEquals(0.1 * STAKE, epochs.get(0).slashedTokens(), 1e-9);
        assertEquals(0.1 * 0.9 * STAKE, epochs.get(1).slashedTokens(), 1e-9);
        assertEquals(0.81 * STAKE, run.protocol().stakes().bonded(0), 1e-9);
        run.assertSupplyConserved();
    }
}
