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
import org.depinlab.simulator.adversary.Penalties;
import org.depinlab.simulator.adversary.Strategy;
import org.depinlab.simulator.adversary.Verification;
import org.depinlab.simulator.market.Matching;
import org.depinlab.simulator.network.NetworkConfig;
import org.depinlab.simulator.network.NodeSpec;
import org.depinlab.simulator.network.Population;
import org.depinlab.simulator.protocol.FraudOutcome;
import org.depinlab.simulator.protocol.OperatorLedger;
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
        return network(adversaries, 8, Matching.FIRST_FIT, 0.04, 2);
    }

    private static ModelConfig network(Adversaries adversaries, int nodeCount, Matching matching, double jobsPerSecond,
                                       int days) {
        List<NodeSpec> nodes = new ArrayList<>();
        for (int n = 0; n < nodeCount; n++) {
            nodes.add(new NodeSpec("op" + n, "H100-SXM", 1, "eu", 0.2, 1.0, 1_000, 1));
        }
        NetworkConfig network = new NetworkConfig(new Population.Listed(nodes), null, null, true, 3,
                TestNetworks.UNPRICED, 0);
        WorkloadConfig jobs = new WorkloadConfig.Synthetic(new ArrivalProcess.Poisson(jobsPerSecond),
                List.of(new JobClass("fixed", 1, new Distribution.Deterministic(JOB_SECONDS * TestNetworks.PEAK),
                        new Distribution.Deterministic(0), new Distribution.Deterministic(0), Precision.FP32, 1, 1, 1,
                        List.of(), 100, null)), 100_000);
        return new ModelConfig(network, jobs, matching, days * 86_400, 3_600, Optional.empty(),
                Optional.of(adversaries));
    }

    private static AdversaryResult run(Adversaries adversaries) {
        return run(network(adversaries));
    }

    private static AdversaryResult run(ModelConfig config) {
        return new NetworkModel(config, 3, TestNetworks.exactProfiles()).run().adversaries().orElseThrow();
    }

    @Test
    void withoutVerificationAllTheWorkNotRunIsPaid() {
        AdversaryResult result = run(new Adversaries(List.of(new Cheater("explicit", 1, Strategy.LAZY, 0.3, 0.1,
                false)), Verification.NONE, Penalties.NONE));
        assertTrue(result.delivered() > 1_000);
        assertEquals(result.delivered(), result.wrongResults());
        assertEquals(1, result.wrongResultShare());
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
    void withoutARefereeEverySpotCheckOfAFakedJobCatchesIt() {
        AdversaryResult result = run(new Adversaries(List.of(new Cheater("explicit", 1, Strategy.FAKE_COMPLETION, 0,
                0.1, false)), new Verification(0.1, 0, 0, 3, CheckPayer.CUSTOMER, false), Penalties.NONE));
        // checks run on cheaters too, and without a referee a wrong original is caught whatever the checker did
        // (with one, every referee here cheats too and clears it: RefereeTest)
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

    /**
     * Three runs on distinct nodes drawn uniformly (stake-weighted matching on equal stakes, a lightly
     * loaded network): with m cheaters among N nodes, the vote is wrong when two or three runs cheated,
     * [C(m,2)(N-m) + C(m,3)] / C(N,3), which is 3c^2 - 2c^3 for independent draws with c = m / N.
     */
    @Test
    void aRedundantJobDeliversAWrongResultOnlyWhenMostOfItsRunsCheated() {
        int nodes = 200;
        AdversaryResult result = run(network(new Adversaries(List.of(new Cheater("explicit", 0.3, Strategy.LAZY, 0.9,
                        0.1, false)), new Verification(0, 0, 1, 3, CheckPayer.CUSTOMER), Penalties.NONE), nodes,
                Matching.STAKE_WEIGHTED, 0.005, 10));
        double m = result.cheaters().stream().filter(c -> c).count();
        double n = nodes;
        double triples = n * (n - 1) * (n - 2) / 6;
        double majority = (m * (m - 1) / 2 * (n - m) + m * (m - 1) * (m - 2) / 6) / triples;
        double c = m / n;
        double independent = 3 * c * c - 2 * c * c * c;
        long votes = result.votes();
        assertTrue(votes > 3_000, "votes " + votes);
        double share = (double) result.wrongResults() / votes;
        double sigma = Math.sqrt(majority * (1 - majority) / votes);
        assertEquals(majority, share, 4 * sigma);
        assertEquals(independent, share, 4 * sigma + Math.abs(independent - majority));
        // one cheater among three is outvoted, and so is one honest run among two cheaters
        double oneCheater = m * (n - m) * (n - m - 1) / 2 / triples;
        double oneHonest = m * (m - 1) / 2 * (n - m) / triples;
        assertEquals(oneCheater, (double) result.outvoted() / votes, 4 * Math.sqrt(oneCheater / votes));
        assertEquals(oneHonest, (double) result.falseFlags() / votes, 4 * Math.sqrt(oneHonest / votes));
    }

    @Test
    void redundancyOverheadIsTheExtraRunsTimesTheRedundantJobsGpuTime() {
        int runs = 5;
        double share = 0.25;
        AdversaryResult result = run(new Adversaries(List.of(), new Verification(0, 0, share, runs,
                CheckPayer.CUSTOMER), Penalties.NONE));
        long delivered = result.delivered();
        long votes = result.votes();
        long copies = result.copies();
        // copies of the jobs whose vote was still open at the end are counted, their votes not yet
        assertTrue(copies >= (runs - 1) * votes && copies < (runs - 1) * (votes + 8), copies + " copies, " + votes
                + " votes");
        assertEquals(copies * JOB_SECONDS / (delivered * JOB_SECONDS), result.verificationOverheadShare(), 1e-12);
        assertEquals((runs - 1) * share, result.verificationOverheadShare(),
                (runs - 1) * (4 * Math.sqrt(share * (1 - share) / delivered) + 8.0 / delivered));
        assertEquals(0, result.checks());
        assertEquals(0, result.wrongResults());
        assertEquals(0, result.falseFlags());
    }

    /**
     * The same spot checks paid by the customer (through the fee split) or by the protocol (in full,
     * from its take of 10 %, short every epoch since checks of 30 % of the jobs cost more than the take).
     */
    @Test
    void checksPaidByTheProtocolComeOutOfItsTakeAndTheShortfallIsRecorded() {
        double take = 0.1;
        EconomyRun byCustomer = economy(new Verification(0.3, 0), take);
        EconomyRun byProtocol = economy(new Verification(0.3, 0, 0, 3, CheckPayer.PROTOCOL), take);
        AdversaryResult checks = byProtocol.network().adversaries().orElseThrow();
        assertEquals(checks.epochs(), byCustomer.network().adversaries().orElseThrow().epochs());
        double customerFees = checks.feesUsd();
        double checkFees = checks.verificationFeesUsd();
        assertEquals(checks.checks() * JOB_SECONDS / 3_600, checkFees, 1e-9);
        double funded = 0;
        double unfunded = 0;
        for (AdversaryEpoch epoch : checks.epochs()) {
            funded += Math.min(take * epoch.feesUsd(), epoch.verificationFeesUsd());
            unfunded += Math.max(0, epoch.verificationFeesUsd() - take * epoch.feesUsd());
        }
        assertTrue(unfunded > 0);
        FraudOutcome protocol = byProtocol.protocol().fraud().orElseThrow();
        assertEquals(funded, protocol.checksProtocolUsd(), 1e-9);
        assertEquals(unfunded, protocol.checksUnfundedUsd(), 1e-9);
        assertEquals((1 - take) * customerFees + checkFees, operatorFees(byProtocol), 1e-9);
        FraudOutcome customer = byCustomer.protocol().fraud().orElseThrow();
        assertEquals(0, customer.checksProtocolUsd());
        assertEquals(0, customer.checksUnfundedUsd());
        assertEquals(checkFees, byCustomer.network().adversaries().orElseThrow().verificationFeesCustomerUsd(), 1e-9);
        assertEquals(0, checks.verificationFeesCustomerUsd());
        assertEquals((1 - take) * (customerFees + checkFees), operatorFees(byCustomer), 1e-9);
    }

    private static EconomyRun economy(Verification verification, double take) {
        ProtocolConfig protocol = new ProtocolConfig(new ConstantEmission(100), new ProRataWork(),
                ProtocolConfig.WorkMeasure.GPU_SECONDS, take, false, new PriceModel.Constant(1), 0, List.of(), 0, 1,
                0, 0.5, 1_000_000, Optional.empty(), Optional.empty());
        return EconomyRun.run(network(new Adversaries(List.of(), verification, Penalties.NONE)), protocol, 3,
                TestNetworks.exactProfiles());
    }

    /**
     * A rational cheater inside a run, running half of each job's FLOP. By hand, for these figures: a
     * node half busy (1 800 GPU-seconds of work an epoch) saves about 0.03 USD of busy power (600 W
     * above idle, half the time, at 0.2 USD/kWh) and resells the freed 900 GPU-seconds at its ask of
     * 1 USD/GPU-hour and utilization of about 0.5, about 0.13 USD: a gain of about 0.16 USD an epoch
     * against a slash of 0.0004 x 1 000 tokens x 1 USD = 0.4 USD, so cheating pays while the chance of
     * being caught in an epoch is below p* = 0.4, a per-job check share of 1 - (1 - 0.4)^(1/J), about
     * 0.03 with J = 18 jobs an epoch (fewer when it cheats: lazy runs end early and it gets more
     * jobs). Well below (0.001), it cheats in nearly every epoch once its estimate has settled; well
     * above (0.3), never.
     */
    @Test
    void aRationalCheaterCheatsWellBelowTheBreakEvenCheckShareAndNotWellAbove() {
        double below = cheatedEpochShare(0.001);
        double above = cheatedEpochShare(0.3);
        assertTrue(below > 0.9, "cheated in " + below + " of the epochs well below p*");
        assertEquals(0, above, "cheated in " + above + " of the epochs well above p*");
    }

    /** Over the rational cheaters and the epochs after the first five (its estimate of p settling), the share it cheated in. */
    private static double cheatedEpochShare(double spotCheckShare) {
        Adversaries adversaries = new Adversaries(List.of(new Cheater("explicit", 0.5, Strategy.LAZY, 0.5, 0.1, true)),
                new Verification(spotCheckShare, 0), new Penalties(0.0004, false, 0));
        ProtocolConfig protocol = new ProtocolConfig(new ConstantEmission(100), new ProRataWork(),
                ProtocolConfig.WorkMeasure.GPU_SECONDS, 0.1, false, new PriceModel.Constant(1), 0, List.of(), 0, 1,
                0, 0.5, 1_000_000, Optional.empty(), Optional.empty());
        List<boolean[]> cheated = new ArrayList<>();
        EconomyRun run = EconomyRun.run(network(adversaries), protocol, 3, TestNetworks.exactProfiles(),
                (epoch, nodes, control) -> {
                    boolean[] operators = new boolean[control.network().operatorCount()];
                    for (int n = 0; n < control.network().nodeCount(); n++) {
                        operators[control.network().operator[n]] |= nodes.unrunGpuSeconds(n) > 0;
                    }
                    cheated.add(operators);
                });
        List<Boolean> cheaters = run.network().adversaries().orElseThrow().cheaters();
        assertTrue(cheaters.contains(true));
        long epochs = 0;
        long cheating = 0;
        for (boolean[] epoch : cheated.subList(5, cheated.size())) {
            for (int o = 0; o < cheaters.size(); o++) {
                if (cheaters.get(o)) {
                    epochs++;
                    cheating += epoch[o] ? 1 : 0;
                }
            }
        }
        return (double) cheating / epochs;
    }

    private static double operatorFees(EconomyRun run) {
        return run.protocol().operators().stream().mapToDouble(OperatorLedger::feeRevenueUsd).sum();
    }
}
