package org.depinlab.simulator.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.depinlab.gpubench.profile.ServiceTimeModel.Precision;
import org.depinlab.simulator.adversary.Adversaries;
import org.depinlab.simulator.adversary.AdversaryResult;
import org.depinlab.simulator.adversary.Cheater;
import org.depinlab.simulator.adversary.Penalties;
import org.depinlab.simulator.adversary.Strategy;
import org.depinlab.simulator.adversary.Verification;
import org.depinlab.simulator.market.Matching;
import org.depinlab.simulator.network.NetworkConfig;
import org.depinlab.simulator.network.NodeSpec;
import org.depinlab.simulator.network.Population;
import org.depinlab.simulator.protocol.FraudOutcome;
import org.depinlab.simulator.protocol.PriceModel;
import org.depinlab.simulator.protocol.ProtocolConfig;
import org.depinlab.simulator.workload.ArrivalProcess;
import org.depinlab.simulator.workload.Distribution;
import org.depinlab.simulator.workload.JobClass;
import org.depinlab.simulator.workload.WorkloadConfig;
import org.depinlab.tokenomics.emission.ConstantEmission;
import org.depinlab.tokenomics.reward.ProRataWork;
import org.junit.jupiter.api.Test;

/**
 * Cheating and spot checks in the running model, on identical one-GPU H100 nodes of the exact test
 * profile running 100-second jobs.
 */
class AdversariesRunTest {

    private static final double JOB_SECONDS = 100;

    private static ModelConfig network(Adversaries adversaries) {
        List<NodeSpec> nodes = new ArrayList<>();
        for (int n = 0; n < 8; n++) {
            nodes.add(new NodeSpec("op" + n, "H100-SXM", 1, "eu", 0.2, 1.0, 1_000, 1));
        }
        NetworkConfig network = new NetworkConfig(new Population.Listed(nodes), null, null, true, 3,
                TestNetworks.UNPRICED, 0);
        WorkloadConfig jobs = new WorkloadConfig.Synthetic(new ArrivalProcess.Poisson(0.04),
                List.of(new JobClass("fixed", 1, new Distribution.Deterministic(JOB_SECONDS * TestNetworks.PEAK),
                        new Distribution.Deterministic(0), new Distribution.Deterministic(0), Precision.FP32, 1, 1, 1,
                        List.of(), 100, null)), 100_000);
        return new ModelConfig(network, jobs, Matching.FIRST_FIT, 2 * 86_400, 3_600, Optional.empty(),
                Optional.of(adversaries));
    }

    private static AdversaryResult run(Adversaries adversaries) {
        return new NetworkModel(network(adversaries), 3, TestNetworks.exactProfiles()).run().adversaries()
                .orElseThrow();
    }

    @Test
    void withoutVerificationAllTheWorkNotRunIsPaid() {
        AdversaryResult result = run(new Adversaries(List.of(new Cheater("explicit", 1, Strategy.LAZY, 0.3, 0.1,
                false)), Verification.NONE, Penalties.NONE));
        assertTrue(result.delivered() > 1_000);
        assertEquals(result.delivered(), result.wrongResults());
        assertEquals(0.7, result.unrunFeesUsd() / result.feesUsd(), 1e-12);
        assertEquals(0, result.checks());
        assertEquals(0, result.detections());
    }

    @Test
    void verificationOverheadIsTheCheckedShareTimesTheGpuTimeReexecuted() {
        double share = 0.2;
        AdversaryResult result = run(new Adversaries(List.of(), new Verification(share, 0), Penalties.NONE));
        long delivered = result.delivered();
        long checks = result.checks();
        double expected = checks * JOB_SECONDS / (delivered * JOB_SECONDS);
        assertEquals(expected, result.verificationOverheadShare(), 1e-12);
        double sigma = Math.sqrt(share * (1 - share) / delivered);
        assertEquals(share, (double) checks / delivered, 4 * sigma + 2.0 / delivered);
        assertEquals(0, result.falseFlags());
        assertEquals(0, result.wrongResults());
    }

    @Test
    void everySpotCheckOfAFakedJobCatchesIt() {
        AdversaryResult result = run(new Adversaries(List.of(new Cheater("explicit", 1, Strategy.FAKE_COMPLETION, 0,
                0.1, false)), new Verification(0.1, 0), Penalties.NONE));
        // checks of checks run on cheaters too, and a wrong original is caught whatever the checker did
        assertEquals(result.checks(), result.detections());
        assertEquals(1.0, result.unrunFeesUsd() / result.feesUsd(), 1e-12);
        assertEquals(0, result.meanEpochsToDetection(), 1);
    }

    @Test
    void fraudIsNeverAFaultAndSlashingItConservesSupply() {
        Adversaries adversaries = new Adversaries(List.of(new Cheater("explicit", 0.5, Strategy.FAKE_COMPLETION, 0,
                0.1, false)), new Verification(0.2, 0.01), new Penalties(0.5, false, 5));
        ProtocolConfig protocol = new ProtocolConfig(new ConstantEmission(100), new ProRataWork(),
                ProtocolConfig.WorkMeasure.GPU_SECONDS, 0.1, false, new PriceModel.Constant(1), 0, List.of(), 0.2, 1,
                0, 0.5, 1_000_000, Optional.empty(), Optional.empty());
        EconomyRun run = EconomyRun.run(network(adversaries), protocol, 3, TestNetworks.exactProfiles(),
                (epoch, nodes, control) -> {
                    for (int n = 0; n < control.network().nodeCount(); n++) {
                        assertEquals(0, nodes.faults(n), "a fraud counted as a fault");
                    }
                });
        FraudOutcome fraud = run.protocol().fraud().orElseThrow();
        assertTrue(fraud.fraudSlashedTokens() > 0);
        assertTrue(fraud.ejections() > 0);
        assertTrue(fraud.unrunRewardsUsd() > 0);
        assertEquals(0, run.protocol().epochs().stream().mapToDouble(e -> e.slashedTokens()).sum(), 0,
                "fraud slashed as a fault");
        // with no faults, every token the operators lost to slashing is a fraud's (the ledger checks
        // supply = genesis + minted - burned at every epoch end and would have thrown)
        assertEquals(fraud.fraudSlashedTokens(),
                run.protocol().operators().stream().mapToDouble(o -> o.slashedTokens()).sum(), 1e-6);
    }
}
