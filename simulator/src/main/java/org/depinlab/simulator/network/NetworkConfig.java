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
 * @param expansionHeadroom   nodes each drawn operator (and each entrant) may yet buy, as a share of
 *                            its size (rounded down), drawn with it and held out of service until bought
 * @param entry               the entrant pool and when entrants enter; null = no entry
 * @param carbonGPerKwh       region → grid carbon intensity, gCO2e/kWh, over {@link CarbonIntensity}'s table
 */
public record NetworkConfig(Population population, FailureModel nodeFailures, FailureModel operatorOutages,
                            boolean retryInterrupted, int maxAttempts, Map<String, Double> hardwareCostUsdPerGpu,
                            double expansionHeadroom, EntryConfig entry, Map<String, Double> carbonGPerKwh) {

    /** A network on {@link CarbonIntensity}'s table alone. */
    public NetworkConfig(Population population, FailureModel nodeFailures, FailureModel operatorOutages,
                         boolean retryInterrupted, int maxAttempts, Map<String, Double> hardwareCostUsdPerGpu,
                         double expansionHeadroom, EntryConfig entry) {
        this(population, nodeFailures, operatorOutages, retryInterrupted, maxAttempts, hardwareCostUsdPerGpu,
                expansionHeadroom, entry, Map.of());
    }

    /** A network without entry. */
    public NetworkConfig(Population population, FailureModel nodeFailures, FailureModel operatorOutages,
                         boolean retryInterrupted, int maxAttempts, Map<String, Double> hardwareCostUsdPerGpu,
                         double expansionHeadroom) {
        this(population, nodeFailures, operatorOutages, retryInterrupted, maxAttempts, hardwareCostUsdPerGpu,
                expansionHeadroom, null);
    }

    public NetworkConfig {
        if (population == null) {
            throw new IllegalArgumentException("a network needs a population: operator classes or a node list");
        }
        hardwareCostUsdPerGpu = hardwareCostUsdPerGpu == null ? Map.of() : Map.copyOf(hardwareCostUsdPerGpu);
        carbonGPerKwh = carbonGPerKwh == null ? Map.of() : Map.copyOf(carbonGPerKwh);
        if (!(expansionHeadroom >= 0 && expansionHeadroom <= 10)) {
            throw new IllegalArgumentException("expansion headroom must be in [0, 10], got " + expansionHeadroom);
        }
        if (entry != null && !(population instanceof Population.Drawn)) {
            throw new IllegalArgumentException("entry needs operator classes to draw entrants from");
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("max attempts must be >= 1, got " + maxAttempts);
        }
    }

    /** Whether some operator class has a PUE above 1 (otherwise facility energy is IT energy). */
    public boolean facilityOverhead() {
        return population instanceof Population.Drawn drawn && drawn.classes().stream().anyMatch(c -> c.pue() > 1);
    }
}
