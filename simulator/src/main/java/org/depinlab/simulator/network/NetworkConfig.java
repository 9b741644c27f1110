package org.depinlab.simulator.network;

import java.util.Map;

/**
 * The GPU network: its population, how it fails, and what its hardware costs.
 *
 * @param population          operators drawn from classes, or nodes listed one by one
 * @param nodeFailures        failures and repairs of single nodes; null = none
 * @param operatorOutages     outages of whole operators (all their nodes); null = none
 * @param retryInterrupted    true: a job interrupted by a failure is queued again; false: it is lost
 * @param maxAttempts         attempts per job before an interrupted job counts as lost
 * @param hardwareCostUsdPerGpu price per GPU for models whose catalogue entry has none (catalogue id → USD)
 * @param reserveShare        share of the drawn operators that start outside the network (potential
 *                            entrants) and share of each other operator's nodes held in reserve
 *                            (capacity it may yet buy); 0 = everything in service
 */
public record NetworkConfig(Population population, FailureModel nodeFailures, FailureModel operatorOutages,
                            boolean retryInterrupted, int maxAttempts, Map<String, Double> hardwareCostUsdPerGpu,
                            double reserveShare) {

    public NetworkConfig {
        if (population == null) {
            throw new IllegalArgumentException("a network needs a population: operator classes or a node list");
        }
        hardwareCostUsdPerGpu = hardwareCostUsdPerGpu == null ? Map.of() : Map.copyOf(hardwareCostUsdPerGpu);
        if (!(reserveShare >= 0 && reserveShare < 1)) {
            throw new IllegalArgumentException("reserve share must be in [0, 1), got " + reserveShare);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("max attempts must be >= 1, got " + maxAttempts);
        }
    }
}
