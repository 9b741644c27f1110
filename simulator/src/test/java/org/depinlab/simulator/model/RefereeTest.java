package org.depinlab.simulator.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.depinlab.gpubench.profile.ServiceTimeModel.Precision;
import org.depinlab.simulator.adversary.Adversaries;
import org.depinlab.simulator.adversary.AdversaryEpoch;
import org.depinlab.simulator.adversary.AdversaryResult;
import org.depinlab.simulator.adversary.CheckPayer;
import org.depinlab.simulator.adversary.Cheater;
import org.depinlab.simulator.adversary.FraudBoard;
import org.depinlab.simulator.adversary.Penalties;
import org.depinlab.simulator.adversary.Strategy;
import org.depinlab.simulator.adversary.Verification;
import org.depinlab.simulator.market.Matching;
import org.depinlab.simulator.network.NetworkConfig;
import org.depinlab.simulator.network.NodeSpec;
import org.depinlab.simulator.network.Population;
import org.depinlab.simulator.workload.ArrivalProcess;
import org.depinlab.simulator.workload.Distribution;
import org.depinlab.simulator.workload.JobClass;
import org.depinlab.simulator.workload.WorkloadConfig;
import org.junit.jupiter.api.Test;

/**
 * A referee deciding spot checks' mismatches, on a network laid out so that each party's role is
 * known: customers' 100-second jobs (price cap 100 USD/GPU-hour) run on one-GPU H100 nodes asking 1;
 * the first node is an 8-GPU A100 asking 200, which only re-executions (no price cap) can use, and
 * first fit tries its model first, so every spot check runs there and no referee can (it avoids the
 * checker). Every node is drawn a faking cheater; the test makes the honest ones honest on the board.
 */
class RefereeTest {

    private static final double JOB_SECONDS = 100;
    private static final int H100_NODES = 6;

    private static AdversaryResult run(boolean checkerCheats, int cheatingH100s, double spotCheckShare,
                                       double falsePositive, boolean referee, double jobsPerSecond) {
        List<NodeSpec> nodes = new ArrayList<>();
        nodes.add(new NodeSpec("checker", "A100-80GB", 8, "eu", 0.2, 200, 1_000, 1));
        for (int n = 0; n < H100_NODES; n++) {
            // the cheaters are the cheapest, so first fit gives them customers' jobs first
            nodes.add(new NodeSpec("op" + n, "H100-SXM", 1, "eu", 0.2, n < cheatingH100s ? 0.5 : 1.0, 1_000, 1));
        }
        NetworkConfig network = new NetworkConfig(new Population.Listed(nodes), null, null, true, 3,
                TestNetworks.UNPRICED, 0);
        WorkloadConfig jobs = new WorkloadConfig.Synthetic(new ArrivalProcess.Poisson(jobsPerSecond),
                List.of(new JobClass("fixed", 1, new Distribution.Deterministic(JOB_SECONDS * TestNetworks.PEAK),
                        new Distribution.Deterministic(0), new Distribution.Deterministic(0), Precision.FP32, 1, 1, 1,
                        List.of(), 100, null)), 100_000);
        Adversaries adversaries = new Adversaries(List.of(new Cheater("explicit", 1, Strategy.FAKE_COMPLETION, 0, 0.1,
                false)), new Verification(spotCheckShare, falsePositive, 0, 3, CheckPayer.CUSTOMER, referee),
                Penalties.NONE);
        NetworkModel model = new NetworkModel(new ModelConfig(network, jobs, Matching.FIRST_FIT, 10 * 86_400, 3_600,
                Optional.empty(), Optional.of(adversaries)), 3, TestNetworks.exactProfiles());
        FraudBoard board = model.fraudBoard().orElseThrow();
        board.setCheating(0, checkerCheats);
        for (int n = 0; n < H100_NODES; n++) {
            board.setCheating(1 + n, n < cheatingH100s);
        }
        return model.run().adversaries().orElseThrow();
    }

    /**
     * Honest checked nodes and a cheating checker: every check mismatches, every mismatch is refereed by
     * an honest node, which flags the checker; an honest checked node is flagged only when its result
     * failed by a false positive, Binomial(referee runs, p).
     */
    @Test
    void aCheatingCheckerIsFlaggedAndHonestCheckedNodesOnlyByFalsePositives() {
        double p = 0.05;
        AdversaryResult result = run(true, 0, 0.5, p, true, 0.01);
        long checks = result.checks();
        long referees = result.refereeRuns();
        assertTrue(checks > 3_000, checks + " checks");
        // a check's referee still running at the end is not counted yet
        assertTrue(checks - referees >= 0 && checks - referees <= 3, checks + " checks, " + referees + " referees");
        assertEquals(0, result.wrongResults());
        assertEquals(0, result.detections());
        assertEquals(0, result.refereeWrongVerdicts(), "a referee ran on the cheating checker");
        assertEquals(referees, result.checkersCaught());
        assertEquals(p * referees, result.falseFlags(), 4 * Math.sqrt(p * (1 - p) * referees));
        double checkGpuSeconds = result.epochs().stream().mapToDouble(AdversaryEpoch::checkGpuSeconds).sum();
        assertEquals((checkGpuSeconds + referees * JOB_SECONDS) / (result.delivered() * JOB_SECONDS),
                result.verificationOverheadShare(), 1e-12);
    }

    /** The defect a referee mends: without one, the cheating checker gets every honest checked node flagged. */
    @Test
    void withoutARefereeACheatingCheckerFlagsEveryHonestNodeItChecks() {
        AdversaryResult result = run(true, 0, 0.5, 0.05, false, 0.01);
        assertTrue(result.checks() > 3_000);
        assertEquals(result.checks(), result.falseFlags());
        assertEquals(0, result.refereeRuns());
        assertEquals(0, result.checkersCaught());
    }

    /**
     * A cheating checked node and an honest checker: every check of a faked job is refereed by an honest
     * node and caught, as it was without a referee, and nothing else is flagged.
     */
    @Test
    void aCheatingCheckedNodeIsCaughtAsWithoutAReferee() {
        double share = 0.3;
        AdversaryResult refereed = run(false, 1, share, 0, true, 0.005);
        AdversaryResult alone = run(false, 1, share, 0, false, 0.005);
        assertTrue(refereed.wrongResults() > 1_000, refereed.wrongResults() + " wrong results");
        assertEquals(refereed.refereeRuns(), refereed.detections());
        assertEquals(0, refereed.falseFlags());
        assertEquals(0, refereed.checkersCaught());
        assertEquals(0, refereed.refereeWrongVerdicts());
        for (AdversaryResult result : List.of(refereed, alone)) {
            long wrong = result.wrongResults();
            assertEquals(share, result.detectionRate(), 4 * Math.sqrt(share * (1 - share) / wrong) + 3.0 / wrong);
        }
    }

    /** Where every node cheats, the referee colludes with the faked results it should judge: nothing is caught. */
    @Test
    void aCheatingRefereeClearsTheCheatingParties() {
        AdversaryResult result = run(true, H100_NODES, 0.3, 0, true, 0.01);
        assertTrue(result.refereeRuns() > 1_000);
        assertEquals(result.refereeRuns(), result.refereeWrongVerdicts());
        assertEquals(0, result.detections());
        assertEquals(0, result.checkersCaught());
        assertEquals(0, result.falseFlags());
    }
}
