package org.depinlab.simulator.protocol;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Operators that claim GPUs or uptime they do not have, to capture uptime- and capacity-based rewards
 * (io.net, April 2024), and the protocol's capacity and liveness challenges that catch them.
 *
 * @param spoofers   per operator class, the share of its operators that spoof and what they claim
 * @param challenges the protocol's challenges; empty: claims are believed
 */
public record Spoofing(List<Spoofer> spoofers, Optional<Challenges> challenges) {

    public Spoofing {
        spoofers = List.copyOf(spoofers);
        Objects.requireNonNull(challenges, "challenges (empty for none)");
    }

    /**
     * @param operatorClass      the operator class
     * @param share              share of the class's operators that spoof, drawn once per operator
     * @param claimedGpuMultiple GPUs each of their nodes claims per real GPU, at least 1
     * @param fakeUptime         true: their nodes claim to be online the whole epoch, offline time included
     */
    public record Spoofer(String operatorClass, double share, double claimedGpuMultiple, boolean fakeUptime) {

        public Spoofer {
            if (!(share >= 0 && share <= 1)) {
                throw new IllegalArgumentException("spoofer share must be in [0, 1], got " + share);
            }
            if (!(claimedGpuMultiple >= 1 && Double.isFinite(claimedGpuMultiple))) {
                throw new IllegalArgumentException("claimed GPU multiple must be >= 1, got " + claimedGpuMultiple);
            }
        }

        /** Whether a node of such an operator claims anything it does not have. */
        boolean spoofs() {
            return claimedGpuMultiple > 1 || fakeUptime;
        }
    }

    /**
     * Capacity and liveness challenges (proof-of-time-lock style): each epoch a share of the nodes whose
     * claims still stand is challenged; a challenged node runs the workload on every GPU it has.
     *
     * @param sharePerEpoch            probability that a node is challenged in an epoch
     * @param gpuSecondsPerChallenge   GPU-seconds the workload takes on each real GPU of a challenged node
     * @param falsePositiveProbability probability that an honest node fails its challenge
     */
    public record Challenges(double sharePerEpoch, double gpuSecondsPerChallenge, double falsePositiveProbability) {

        public Challenges {
            if (!(sharePerEpoch >= 0 && sharePerEpoch <= 1)) {
                throw new IllegalArgumentException("challenge share must be in [0, 1], got " + sharePerEpoch);
            }
            if (!(gpuSecondsPerChallenge >= 0 && Double.isFinite(gpuSecondsPerChallenge))) {
                throw new IllegalArgumentException("GPU-seconds per challenge must be >= 0, got "
                        + gpuSecondsPerChallenge);
            }
            if (!(falsePositiveProbability >= 0 && falsePositiveProbability <= 1)) {
                throw new IllegalArgumentException("false positive probability must be in [0, 1], got "
                        + falsePositiveProbability);
            }
        }
    }
}
