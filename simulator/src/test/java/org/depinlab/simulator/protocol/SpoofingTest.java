package org.depinlab.simulator.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.depinlab.simulator.adversary.Adversaries;
import org.depinlab.simulator.adversary.FraudBoard;
import org.depinlab.simulator.adversary.Penalties;
import org.depinlab.simulator.adversary.Verification;
import org.depinlab.simulator.engine.RandomStreams;
import org.depinlab.simulator.model.TestNetworks;
import org.depinlab.simulator.network.Network;
import org.depinlab.simulator.network.NodeEpochs;
import org.depinlab.simulator.network.NodeSpec;
import org.depinlab.simulator.network.RecordingControl;
import org.depinlab.tokenomics.emission.ConstantEmission;
import org.depinlab.tokenomics.reward.ProRataUptime;
import org.junit.jupiter.api.Test;

/**
 * Spoofed claims against hand computations: operator a has 1 real GPU, operator b 2; 1 000 tokens an
 * hourly epoch pro rata to uptime (GPU-seconds online), at 2 USD a token, no fees.
 */
class SpoofingTest {

    private static final double TOLERANCE = 1e-9;

    private static Network network() {
        Network network = TestNetworks.build(List.of(new NodeSpec("a", "H100-SXM", 1, "eu", 0.1, 1, 0, 1),
                new NodeSpec("b", "H100-SXM", 2, "eu", 0.1, 1, 0, 1)));
        network.idleWattsPerGpu[0] = 100;
        network.busyWattsPerGpu[0] = 400;
        network.idleWattsPerGpu[1] = 100;
        network.busyWattsPerGpu[1] = 400;
        return network;
    }

    private static ProtocolConfig uptimeRule() {
        return new ProtocolConfig(new ConstantEmission(1_000), new ProRataUptime(),
                ProtocolConfig.WorkMeasure.GPU_SECONDS, 0, false, new PriceModel.Constant(2), 0, List.of(), 0, 1, 0,
                0, 8_760, Optional.empty(), Optional.empty());
    }

    /** Operator a spoofs as {@code spoofer} says, b is honest; challenges as {@code challenges} says. */
    private static Protocol protocol(Network network, Spoofing.Spoofer spoofer,
                                     Optional<Spoofing.Challenges> challenges) {
        Spoofing spoofing = new Spoofing(List.of(spoofer), challenges);
        SpoofedClaims claims = new SpoofedClaims(network, new Spoofing.Spoofer[] {spoofer}, new double[] {0, 1});
        ProtocolConfig config = uptimeRule().withSpoofing(Optional.of(spoofing));
        return new Protocol(config, network, new RandomStreams(1).stream("market"), null, Optional.empty(), Optional.empty(),
                new SpoofingAudit(spoofing, network, claims, new RandomStreams(1).stream("challenges")));
    }

    /** An hour in which node a is down {@code aDownSeconds}. */
    private static void epoch(Protocol protocol, Network network, int epoch, double aDownSeconds) {
        NodeEpochs nodes = new NodeEpochs(network);
        nodes.reset(epoch * 3_600.0);
        if (aDownSeconds > 0) {
            nodes.down(0, (epoch + 1) * 3_600.0 - aDownSeconds, (epoch + 1) * 3_600.0);
        }
        nodes.close((epoch + 1) * 3_600.0);
        protocol.epochEnded(epoch, nodes, OperatorAccountsTest.control(network));
    }

    @Test
    void withoutChallengesEveryGhostGpuIsPaidLikeARealOne() {
        Network network = network();
        Protocol protocol = protocol(network, new Spoofing.Spoofer("explicit", 0.5, 4, false), Optional.empty());
        epoch(protocol, network, 0, 0);
        // claimed GPU-seconds: a 4 x 3 600, b 2 x 3 600: a is paid 4/6 of 1 000, 3/4 of it for ghost GPUs
        ProtocolResult result = protocol.result();
        assertEquals(1_000 * 4 / 6.0, result.operators().get(0).rewardTokens(), TOLERANCE);
        assertEquals(1_000 * 2 / 6.0, result.operators().get(1).rewardTokens(), TOLERANCE);
        SpoofingResult spoofing = result.spoofing().orElseThrow();
        SpoofingEpoch e = spoofing.epochs().get(0);
        assertEquals(3, e.ghostGpus(), TOLERANCE);
        assertEquals(6 * 3_600, e.claimedGpuSeconds(), TOLERANCE);
        assertEquals(3 * 3_600, e.spoofedGpuSeconds(), TOLERANCE);
        assertEquals(500, e.spoofedRewardTokens(), TOLERANCE);
        assertEquals(0.5, spoofing.paidForSpoofedShare(), TOLERANCE);
        assertEquals(3, spoofing.meanGhostGpus(), TOLERANCE);
        assertEquals(3, spoofing.peakGhostGpus(), TOLERANCE);
        assertEquals(e.paidUsd() / 2, spoofing.paidForSpoofedUsd(), TOLERANCE);
        assertEquals(1, spoofing.spoofingNodes());
        assertEquals(0, spoofing.detectedNodes());
        assertEquals(List.of(true, false), spoofing.spoofers());
    }

    @Test
    void fakeUptimeIsPaidForTheOfflineTimeItClaims() {
        Network network = network();
        Protocol protocol = protocol(network, new Spoofing.Spoofer("explicit", 0.5, 1, true), Optional.empty());
        epoch(protocol, network, 0, 1_800);
        // a claims 3 600 GPU-s of which 1 800 were offline; b 7 200: a is paid 1/3 of 1 000, half of it spoofed
        ProtocolResult result = protocol.result();
        assertEquals(1_000 / 3.0, result.operators().get(0).rewardTokens(), TOLERANCE);
        SpoofingEpoch e = result.spoofing().orElseThrow().epochs().get(0);
        assertEquals(0, e.ghostGpus(), TOLERANCE);
        assertEquals(1_800, e.spoofedGpuSeconds(), TOLERANCE);
        assertEquals(1_000 / 6.0, e.spoofedRewardTokens(), TOLERANCE);
    }

    @Test
    void aFailedChallengeStrikesTheClaimsAndCostsTheChallengedGpusTime() {
        Network network = network();
        Protocol protocol = protocol(network, new Spoofing.Spoofer("explicit", 0.5, 4, false),
                Optional.of(new Spoofing.Challenges(1, 60, 0)));
        epoch(protocol, network, 0, 0);
        epoch(protocol, network, 1, 0);
        ProtocolResult result = protocol.result();
        // epoch 0: both challenged, a fails before the rewards and earns nothing from then on; b takes all
        assertEquals(0, result.operators().get(0).rewardTokens(), TOLERANCE);
        assertEquals(2_000, result.operators().get(1).rewardTokens(), TOLERANCE);
        SpoofingResult spoofing = result.spoofing().orElseThrow();
        SpoofingEpoch first = spoofing.epochs().get(0);
        assertEquals(2, first.nodesChallenged());
        assertEquals(3, first.gpusChallenged());
        assertEquals(3 * 60, first.challengeGpuSeconds(), TOLERANCE);
        assertEquals(1, first.detections());
        assertEquals(0, first.falseFailures());
        assertEquals(0, first.ghostGpus(), TOLERANCE);
        assertEquals(0, spoofing.paidForSpoofedShare(), TOLERANCE);
        // epoch 1: only b is left to challenge
        assertEquals(2 * 60, spoofing.epochs().get(1).challengeGpuSeconds(), TOLERANCE);
        assertEquals(1, spoofing.detectionRate(), TOLERANCE);
        assertEquals(1, spoofing.meanEpochsToDetection(), TOLERANCE);
        // no job completed: the challenges' overhead has nothing to be measured against
        assertEquals(Double.NaN, spoofing.challengeOverheadShare());
        // b's electricity: idle 2 x 100 W for two hours, plus 300 W over 2 x 60 GPU-s in each epoch
        double joules = 2 * 100 * 7_200 + 2 * 300 * 120;
        assertEquals(joules / 3.6e6 * 0.1, result.operators().get(1).electricityUsd(), TOLERANCE);
    }

    @Test
    void honestNodesFailOnlyAtTheFalsePositiveProbability() {
        Network network = network();
        Protocol protocol = protocol(network, new Spoofing.Spoofer("explicit", 0.5, 1, true),
                Optional.of(new Spoofing.Challenges(1, 60, 1)));
        epoch(protocol, network, 0, 0);
        SpoofingResult spoofing = protocol.result().spoofing().orElseThrow();
        // a fakes no uptime when it was online all hour, so both fail falsely (the spoofer's counts as caught)
        assertEquals(1, spoofing.epochs().get(0).falseFailures());
        assertEquals(1, spoofing.epochs().get(0).detections());
        assertEquals(1, spoofing.falseChallengeFailures());
    }

    /**
     * N one-GPU spoofers challenged with probability q an epoch: the share still standing after e epochs is
     * (1 - q)^e, within four binomial standard errors; epochs to detection average 1/q within four standard
     * errors of a geometric mean (sd sqrt(1 - q) / q).
     */
    @Test
    void aSpooferSurvivesEEpochsWithProbabilityOneMinusQToTheE() {
        int n = 4_000;
        double q = 0.2;
        List<NodeSpec> specs = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            specs.add(new NodeSpec("o" + i, "H100-SXM", 1, "eu", 0.1, 1, 0, 1));
        }
        Network network = TestNetworks.build(specs);
        Spoofing.Spoofer spoofer = new Spoofing.Spoofer("explicit", 1, 2, false);
        Spoofing spoofing = new Spoofing(List.of(spoofer), Optional.of(new Spoofing.Challenges(q, 1, 0)));
        SpoofingAudit audit = new SpoofingAudit(spoofing, network, new RandomStreams(7).stream("spoofing"),
                new RandomStreams(7).stream("challenges"));
        OperatorAccounts book = new OperatorAccounts(network, 0);
        NodeEpochs nodes = new NodeEpochs(network);
        for (int e = 1; e <= 120; e++) {
            nodes.reset((e - 1) * 3_600.0);
            nodes.close(e * 3_600.0);
            audit.challenge(e - 1, nodes, book);
            if (e <= 10) {
                int standing = 0;
                for (int node = 0; node < n; node++) {
                    standing += audit.claims().struck(node) ? 0 : 1;
                }
                double expected = Math.pow(1 - q, e);
                double se = Math.sqrt(expected * (1 - expected) / n);
                assertEquals(expected, standing / (double) n, 4 * se, "standing after " + e + " epochs");
            }
        }
        SpoofingResult result = audit.result();
        assertEquals(n, result.spoofingNodes());
        assertEquals(n, result.detectedNodes());
        assertEquals(1 / q, result.meanEpochsToDetection(), 4 * Math.sqrt(1 - q) / q / Math.sqrt(n));
    }

    @Test
    void honestClaimsChangeNoReward() {
        Network plain = network();
        Protocol without = new Protocol(uptimeRule(), plain, new RandomStreams(1).stream("market"));
        epoch(without, plain, 0, 1_000);
        Network network = network();
        Protocol with = protocol(network, new Spoofing.Spoofer("explicit", 0, 4, true), Optional.empty());
        epoch(with, network, 0, 1_000);
        assertEquals(without.result().epochs(), with.result().epochs());
        assertFalse(with.result().spoofing().orElseThrow().epochs().get(0).spoofedRewardTokens() > 0);
        assertTrue(without.result().spoofing().isEmpty());
    }

    @Test
    void aFailedChallengeIsPenalizedAsAFraudAndAnHonestFailureAsAFalseSlash() {
        Network network = TestNetworks.build(List.of(new NodeSpec("a", "H100-SXM", 1, "eu", 0.1, 1, 100, 1),
                new NodeSpec("b", "H100-SXM", 2, "eu", 0.1, 1, 100, 1)));
        Spoofing.Spoofer spoofer = new Spoofing.Spoofer("explicit", 0.5, 4, false);
        Spoofing spoofing = new Spoofing(List.of(spoofer), Optional.of(new Spoofing.Challenges(1, 60, 1)));
        SpoofedClaims claims = new SpoofedClaims(network, new Spoofing.Spoofer[] {spoofer}, new double[] {0, 1});
        FraudBoard board = new FraudBoard(new Adversaries(List.of(), Verification.NONE, new Penalties(0.5, false, 2)),
                network, new RandomStreams(1).stream("adversaries"));
        Protocol protocol = new Protocol(uptimeRule().withSpoofing(Optional.of(spoofing)), network,
                new RandomStreams(1).stream("market"), null, Optional.empty(), Optional.of(board),
                new SpoofingAudit(spoofing, network, claims, new RandomStreams(1).stream("challenges")));
        NodeEpochs nodes = new NodeEpochs(network);
        nodes.reset(0);
        nodes.close(3_600);
        protocol.epochEnded(0, nodes, new RecordingControl(network));
        // both fail (false positives certain): a as the spoofer it is, b falsely; each loses half its 100
        FraudOutcome fraud = protocol.result().fraud().orElseThrow();
        assertEquals(100, fraud.fraudSlashedTokens(), TOLERANCE);
        assertEquals(1, fraud.falseSlashes());
        assertEquals(50, fraud.falseSlashTokens(), TOLERANCE);
        assertEquals(2, fraud.ejections());
        assertFalse(network.active(0));
        assertFalse(network.active(1));
        assertEquals(50, protocol.stakes().bonded(0), TOLERANCE);
        assertEquals(0, protocol.result().epochs().get(0).slashedTokens(), TOLERANCE, "a fraud is no fault's slash");
    }
}
