package org.depinlab.simulator.protocol;

/**
 * The run's figures of the emission and fee mechanisms that are on (NaN for one that is off).
 *
 * @param feesBurnedUsd         USD of fees (the burn share, and the take under burn-and-mint) that bought
 *                              tokens which were burned, over the run
 * @param stakingIncomeUsd      the take paid to stakers over the run
 * @param networkTimeEndEpochs  baseline minting's effective network time θ after the last epoch, epochs
 *                              (the run's epochs when capacity kept pace with the baseline)
 */
public record MintAndBurn(double feesBurnedUsd, double stakingIncomeUsd, double networkTimeEndEpochs) {
}
