package org.depinlab.simulator.workload;

/**
 * Demand's response in one epoch: what it observed and the multiplier it set for the next.
 *
 * @param epoch                       index from 0
 * @param networkPriceUsdPerGpuHour   fees paid / GPU-hours delivered in the epoch; with nothing
 *                                    delivered, the GPU-weighted mean ask of the nodes in service
 * @param completionShare             completed / (completed + dropped + reneged + lost) in the epoch;
 *                                    1 when no job ended
 * @param meanWaitSeconds             mean wait of the jobs completed in the epoch (response time less
 *                                    service time); 0 when none completed
 * @param target                      the multiplier price and quality call for
 * @param multiplier                  the smoothed multiplier set for the next epoch
 */
public record DemandEpoch(int epoch, double networkPriceUsdPerGpuHour, double completionShare,
                          double meanWaitSeconds, double target, double multiplier) {
}
