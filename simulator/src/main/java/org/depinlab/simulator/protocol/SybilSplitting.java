package org.depinlab.simulator.protocol;

/**
 * Operators may run their nodes under several identities when the reward rule makes it pay (caps,
 * concave rewards): every {@code reviewEpochs} epochs each operator picks the identity count in
 * {1, 2, 4, …, maxIdentities} that would have maximised last epoch's reward value minus the cost of
 * the extra identities.
 *
 * @param maxIdentities         most identities per operator
 * @param costUsdPerIdentityEpoch what each identity beyond the first costs per epoch (KYC, stake
 *                              minimums, operations)
 * @param reviewEpochs          how often operators reconsider
 */
public record SybilSplitting(int maxIdentities, double costUsdPerIdentityEpoch, int reviewEpochs) {

    public SybilSplitting {
        if (maxIdentities < 1 || maxIdentities > 64) {
            throw new IllegalArgumentException("max identities must be 1 to 64, got " + maxIdentities);
        }
        if (!(costUsdPerIdentityEpoch >= 0) || reviewEpochs < 1) {
            throw new IllegalArgumentException("identity cost must be >= 0 and review period >= 1 epoch");
        }
    }
}
