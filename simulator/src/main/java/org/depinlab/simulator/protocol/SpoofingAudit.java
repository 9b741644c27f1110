package org.depinlab.simulator.protocol;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.depinlab.simulator.engine.RandomStream;
import org.depinlab.simulator.network.Network;
import org.depinlab.simulator.network.NodeEpochs;
import org.depinlab.tokenomics.reward.Contributions;
import org.depinlab.tokenomics.reward.RewardRule;

/**
 * Spoofed claims in the protocol's epoch: before the rewards, the epoch's challenges (when on) strike the
 * claims of the nodes that fail; after them, what was paid for claims that did not exist. Keeps when each
 * spoofing node first stood in service and when it was caught.
 */
public final class SpoofingAudit {

    private final Network network;
    private final SpoofedClaims claims;
    /** Null when claims are believed. */
    private final CapacityChallenges challenges;
    private final ChallengeOutcomes outcomes;
    private final int[] firstEpoch;
    private final int[] detectedEpoch;
    private final List<SpoofingEpoch> epochs = new ArrayList<>();

    /**
     * @param spoofingStream   stream {@code "spoofing"}: which operators spoof
     * @param challengeStream  stream {@code "challenges"}: which nodes are challenged and how they fare;
     *                         read only when the protocol challenges
     */
    public SpoofingAudit(Spoofing spoofing, Network network, RandomStream spoofingStream,
                         RandomStream challengeStream) {
        this(spoofing, network, SpoofedClaims.draw(spoofing, network, spoofingStream), challengeStream);
    }

    SpoofingAudit(Spoofing spoofing, Network network, SpoofedClaims claims, RandomStream challengeStream) {
        this.network = network;
        this.claims = claims;
        this.challenges = spoofing.challenges().map(rule -> new CapacityChallenges(rule, network, challengeStream))
                .orElse(null);
        this.outcomes = new ChallengeOutcomes(network.nodeCount());
        firstEpoch = new int[network.nodeCount()];
        detectedEpoch = new int[network.nodeCount()];
        Arrays.fill(firstEpoch, -1);
        Arrays.fill(detectedEpoch, -1);
    }

    SpoofedClaims claims() {
        return claims;
    }

    /** The last epoch's challenges, node by node (the flags fraud penalties read). */
    public ChallengeOutcomes outcomes() {
        return outcomes;
    }

    /** Before the rewards: notes spoofing nodes in service, runs the epoch's challenges. */
    void challenge(int epoch, NodeEpochs nodes, OperatorAccounts book) {
        for (int n = 0; n < network.nodeCount(); n++) {
            if (firstEpoch[n] < 0 && network.active(n) && claims.spoofs(n)) {
                firstEpoch[n] = epoch;
            }
        }
        if (challenges != null) {
            challenges.run(nodes, claims, outcomes, book);
            for (int n = 0; n < network.nodeCount(); n++) {
                if (outcomes.failed(n) && claims.spoofs(n)) {
                    detectedEpoch[n] = epoch;
                }
            }
        }
    }

    /** After the rewards: the epoch's figures; {@code usd} is the opening price. */
    void record(int epoch, NodeEpochs nodes, RewardRule rule, double pool, Contributions claimed, double[] rewards,
                Identities identities, double usd) {
        double ghost = 0;
        double claimedSeconds = 0;
        double spoofedSeconds = 0;
        double fees = 0;
        double delivered = 0;
        int challenged = 0;
        int gpus = 0;
        double challengeSeconds = 0;
        int detections = 0;
        int falseFailures = 0;
        for (int n = 0; n < network.nodeCount(); n++) {
            ghost += claims.ghostGpus(n);
            claimedSeconds += claims.claimedGpuSeconds(n, nodes);
            spoofedSeconds += claims.spoofedGpuSeconds(n, nodes);
            fees += nodes.feesUsd(n);
            delivered += nodes.workGpuSeconds(n);
            if (challenges != null && outcomes.challenged(n)) {
                challenged++;
                gpus += network.gpus[n];
                challengeSeconds += challenges.gpuSeconds(n);
                if (outcomes.failed(n)) {
                    if (claims.spoofs(n)) {
                        detections++;
                    } else {
                        falseFailures++;
                    }
                }
            }
        }
        double paidTokens = 0;
        for (double reward : rewards) {
            paidTokens += reward;
        }
        double spoofedTokens = SpoofedRewards.tokens(rule, pool, claimed, rewards, identities);
        epochs.add(new SpoofingEpoch(epoch, ghost, claimedSeconds, spoofedSeconds, spoofedTokens,
                spoofedTokens * usd, paidTokens * usd + fees, challenged, gpus, challengeSeconds, detections,
                falseFailures, delivered));
    }

    SpoofingResult result() {
        int spoofing = 0;
        int detected = 0;
        double epochsToDetection = 0;
        for (int n = 0; n < network.nodeCount(); n++) {
            if (firstEpoch[n] >= 0) {
                spoofing++;
                if (detectedEpoch[n] >= 0) {
                    detected++;
                    epochsToDetection += detectedEpoch[n] - firstEpoch[n] + 1;
                }
            }
        }
        List<Boolean> spoofers = new ArrayList<>(network.operatorCount());
        for (int o = 0; o < network.operatorCount(); o++) {
            spoofers.add(claims.spoofingOperator(o));
        }
        return new SpoofingResult(epochs, challenges != null, spoofing, detected,
                detected > 0 ? epochsToDetection / detected : Double.NaN, spoofers);
    }
}
