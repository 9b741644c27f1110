package org.depinlab.simulator.network;

/**
 * One node given explicitly (e.g. from a trace's node list) rather than drawn from operator classes.
 *
 * @param operator             owning operator's name
 * @param model                catalogue id (or alias) of its GPUs
 * @param gpus                 GPU count
 * @param region               region name
 * @param electricityUsdPerKwh power price
 * @param askUsdPerGpuHour     asking price
 * @param stakeTokens          stake
 * @param reputation           reputation in [0, 1]
 */
public record NodeSpec(String operator, String model, int gpus, String region, double electricityUsdPerKwh,
                       double askUsdPerGpuHour, double stakeTokens, double reputation) {
}
