package org.depinlab.simulator.protocol;

/**
 * Spoofed claims and the challenges against them in one epoch.
 *
 * @param epoch                 index
 * @param ghostGpus             GPUs claimed that do not exist, by nodes in service whose claims stand
 * @param claimedGpuSeconds     GPU-seconds online claimed
 * @param spoofedGpuSeconds     of which did not exist (ghost GPUs and offline time claimed)
 * @param spoofedRewardTokens   rewards paid for spoofed claims (see {@link SpoofedRewards})
 * @param paidForSpoofedUsd     those at the epoch's opening price
 * @param paidUsd               all paid: rewards at the opening price plus fees
 * @param nodesChallenged       nodes challenged
 * @param gpusChallenged        real GPUs of the challenged nodes
 * @param challengeGpuSeconds   GPU-seconds the challenges took
 * @param detections            spoofing nodes that failed their challenge
 * @param falseFailures         honest nodes that failed theirs (false positives)
 * @param gpuSecondsDelivered   GPU-seconds of completed jobs
 */
public record SpoofingEpoch(int epoch, double ghostGpus, double claimedGpuSeconds, double spoofedGpuSeconds,
                            double spoofedRewardTokens, double paidForSpoofedUsd, double paidUsd,
                            int nodesChallenged, int gpusChallenged, double challengeGpuSeconds, int detections,
                            int falseFailures, double gpuSecondsDelivered) {

    /** Rewards paid for spoofed claims over all paid in the epoch; 0 when nothing was paid. */
    public double paidForSpoofedShare() {
        return paidUsd > 0 ? paidForSpoofedUsd / paidUsd : 0;
    }
}
