package org.depinlab.simulator.network;

import java.util.List;
import java.util.Map;

/**
 * The GPU network: either drawn from operator classes or given node by node.
 *
 * @param operators           number of operators to draw (class-based population)
 * @param totalNodes          exact number of nodes to apportion over them by their drawn sizes; 0 = as drawn
 * @param classes             operator classes (class-based population)
 * @param nodes               explicit nodes (instead of classes); empty for a drawn population
 * @param nodeFailures        failures and repairs of single nodes; null = none
 * @param operatorOutages     outages of whole operators (all their nodes); null = none
 * @param retryInterrupted    true: a job interrupted by a failure is queued again; false: it is lost
 * @param maxAttempts         attempts per job before an interrupted job counts as lost
 * @param hardwareCostUsdPerGpu price per GPU for models whose catalogue entry has none (catalogue id → USD)
 * @param reserveShare        share of the drawn operators that start outside the network (potential
 *                            entrants) and share of each other operator's nodes held in reserve
 *                            (capacity it may yet buy); 0 = everything in service
 */
public record NetworkConfig(int operators, int totalNodes, List<OperatorClass> classes, List<NodeSpec> nodes,
                            FailureModel nodeFailures, FailureModel operatorOutages, boolean retryInterrupted,
                            int maxAttempts, Map<String, Double> hardwareCostUsdPerGpu, double reserveShare) {

    public NetworkConfig {
        classes = classes == null ? List.of() : List.copyOf(classes);
        nodes = nodes == null ? List.of() : List.copyOf(nodes);
        hardwareCostUsdPerGpu = hardwareCostUsdPerGpu == null ? Map.of() : Map.copyOf(hardwareCostUsdPerGpu);
        if (classes.isEmpty() == nodes.isEmpty()) {
            throw new IllegalArgumentException("a network is either drawn from operator classes or given node by node");
        }
        if (!classes.isEmpty() && operators < 1) {
            throw new IllegalArgumentException("operators must be >= 1, got " + operators);
        }
        if (totalNodes < 0 || (totalNodes > 0 && totalNodes < operators)) {
            throw new IllegalArgumentException("total nodes must be 0 (as drawn) or at least one per operator");
        }
        if (!(reserveShare >= 0 && reserveShare < 1)) {
            throw new IllegalArgumentException("reserve share must be in [0, 1), got " + reserveShare);
        }
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("max attempts must be >= 1, got " + maxAttempts);
        }
    }
}
