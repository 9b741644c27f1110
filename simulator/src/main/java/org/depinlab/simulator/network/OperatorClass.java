package org.depinlab.simulator.network;

import java.util.Map;
import java.util.TreeMap;

import org.depinlab.simulator.workload.Distribution;

/**
 * A kind of operator (data centre, prosumer, hobbyist, …) and the distributions its operators and
 * their nodes are drawn from. Economies of scale are parameters here (cheaper power, cheaper
 * hardware), never hard-coded outcomes.
 *
 * @param name                 class name
 * @param weight               share of the operator count
 * @param nodesPerOperator     nodes per operator (heavy-tailed, e.g. Pareto); rounded, at least 1
 * @param gpusPerNode          GPUs in each node
 * @param gpuModels            catalogue id → weight of nodes with that model
 * @param regions              region → weight of operators there
 * @param electricityUsdPerKwh the operator's power price
 * @param askUsdPerGpuHour     the operator's asking price
 * @param stakeTokens          tokens staked per node
 * @param reputation           reputation per node, in [0, 1]
 * @param hardwareCostFactor   multiplier on the catalogue price (bulk discount below 1)
 * @param idlePowerFraction    idle power as a fraction of TDP
 * @param entrantsPerMonth     potential entrants of this class arriving per month (Poisson); 0 = none
 * @param pue                  power usage effectiveness of its sites: facility energy / IT energy, at least 1
 *                             (1 = no cooling or conversion overhead)
 */
public record OperatorClass(String name, double weight, Distribution nodesPerOperator, int gpusPerNode,
                            Map<String, Double> gpuModels, Map<String, Double> regions,
                            Distribution electricityUsdPerKwh, Distribution askUsdPerGpuHour,
                            Distribution stakeTokens, Distribution reputation, double hardwareCostFactor,
                            double idlePowerFraction, double entrantsPerMonth, double pue) {

    /** A class of PUE 1 (no facility overhead). */
    public OperatorClass(String name, double weight, Distribution nodesPerOperator, int gpusPerNode,
                         Map<String, Double> gpuModels, Map<String, Double> regions,
                         Distribution electricityUsdPerKwh, Distribution askUsdPerGpuHour,
                         Distribution stakeTokens, Distribution reputation, double hardwareCostFactor,
                         double idlePowerFraction, double entrantsPerMonth) {
        this(name, weight, nodesPerOperator, gpusPerNode, gpuModels, regions, electricityUsdPerKwh, askUsdPerGpuHour,
                stakeTokens, reputation, hardwareCostFactor, idlePowerFraction, entrantsPerMonth, 1);
    }

    /** A class without entrants. */
    public OperatorClass(String name, double weight, Distribution nodesPerOperator, int gpusPerNode,
                         Map<String, Double> gpuModels, Map<String, Double> regions,
                         Distribution electricityUsdPerKwh, Distribution askUsdPerGpuHour,
                         Distribution stakeTokens, Distribution reputation, double hardwareCostFactor,
                         double idlePowerFraction) {
        this(name, weight, nodesPerOperator, gpusPerNode, gpuModels, regions, electricityUsdPerKwh, askUsdPerGpuHour,
                stakeTokens, reputation, hardwareCostFactor, idlePowerFraction, 0);
    }

    /** This class with {@code perMonth} potential entrants a month. */
    public OperatorClass withEntrantsPerMonth(double perMonth) {
        return new OperatorClass(name, weight, nodesPerOperator, gpusPerNode, gpuModels, regions, electricityUsdPerKwh,
                askUsdPerGpuHour, stakeTokens, reputation, hardwareCostFactor, idlePowerFraction, perMonth, pue);
    }

    public OperatorClass {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("an operator class needs a name");
        }
        if (!(weight > 0)) {
            throw new IllegalArgumentException("operator class " + name + ": weight must be > 0");
        }
        if (gpusPerNode < 1 || gpusPerNode > 64) {
            throw new IllegalArgumentException("operator class " + name + ": gpus per node must be 1 to 64, got "
                    + gpusPerNode);
        }
        if (gpuModels == null || gpuModels.isEmpty() || regions == null || regions.isEmpty()) {
            throw new IllegalArgumentException("operator class " + name + ": needs GPU models and regions");
        }
        if (!(hardwareCostFactor > 0) || !(idlePowerFraction >= 0 && idlePowerFraction <= 1)) {
            throw new IllegalArgumentException("operator class " + name
                    + ": hardware cost factor must be > 0 and idle power fraction in [0, 1]");
        }
        if (!(entrantsPerMonth >= 0)) {
            throw new IllegalArgumentException("operator class " + name + ": entrants per month must be >= 0");
        }
        if (!(pue >= 1)) {
            throw new IllegalArgumentException("operator class " + name + ": PUE must be >= 1, got " + pue);
        }
        // sorted: draws go through the entries in a fixed order
        gpuModels = new TreeMap<>(gpuModels);
        regions = new TreeMap<>(regions);
    }
}
