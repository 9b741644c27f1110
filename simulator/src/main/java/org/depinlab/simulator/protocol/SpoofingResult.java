package org.depinlab.simulator.protocol;

import java.util.List;

/**
 * Spoofed capacity over a run.
 *
 * @param epochs                 per epoch
 * @param challenges             whether the protocol challenged claims
 * @param spoofingNodes          nodes of spoofing operators that were in service with their claims standing
 * @param detectedNodes          of which failed a challenge
 * @param meanEpochsToDetection  over the detected ones, epochs from their first in service to the one they
 *                               failed in, both counted (NaN when none was detected)
 * @param spoofers               per operator, whether it was drawn a spoofer
 */
public record SpoofingResult(List<SpoofingEpoch> epochs, boolean challenges, int spoofingNodes, int detectedNodes,
                             double meanEpochsToDetection, List<Boolean> spoofers) {

    public SpoofingResult {
        epochs = List.copyOf(epochs);
        spoofers = List.copyOf(spoofers);
    }

    /** Rewards at their price paid for spoofed claims, over the run. */
    public double paidForSpoofedUsd() {
        return epochs.stream().mapToDouble(SpoofingEpoch::paidForSpoofedUsd).sum();
    }

    /** Rewards paid for spoofed claims over all paid (rewards at their price and fees), over the run. */
    public double paidForSpoofedShare() {
        double paid = epochs.stream().mapToDouble(SpoofingEpoch::paidUsd).sum();
        return paid > 0 ? paidForSpoofedUsd() / paid : 0;
    }

    /** Mean over epochs of the GPUs claimed that do not exist. */
    public double meanGhostGpus() {
        return epochs.stream().mapToDouble(SpoofingEpoch::ghostGpus).average().orElse(0);
    }

    /** The most GPUs claimed that do not exist in one epoch. */
    public double peakGhostGpus() {
        return epochs.stream().mapToDouble(SpoofingEpoch::ghostGpus).max().orElse(0);
    }

    /** Spoofing nodes detected / spoofing nodes; NaN when none spoofed. */
    public double detectionRate() {
        return spoofingNodes > 0 ? (double) detectedNodes / spoofingNodes : Double.NaN;
    }

    /** GPU-seconds of challenges / GPU-seconds of completed jobs over the run; NaN with nothing delivered. */
    public double challengeOverheadShare() {
        double delivered = epochs.stream().mapToDouble(SpoofingEpoch::gpuSecondsDelivered).sum();
        return delivered > 0 ? epochs.stream().mapToDouble(SpoofingEpoch::challengeGpuSeconds).sum() / delivered
                : Double.NaN;
    }

    /** Honest nodes that failed a challenge over the run. */
    public int falseChallengeFailures() {
        return epochs.stream().mapToInt(SpoofingEpoch::falseFailures).sum();
    }
}
