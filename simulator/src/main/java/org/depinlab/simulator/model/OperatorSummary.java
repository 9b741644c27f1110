package org.depinlab.simulator.model;

/**
 * One operator at the end of a run.
 *
 * @param name           operator name
 * @param operatorClass  its class
 * @param nodes          nodes owned
 * @param gpus           GPUs owned
 * @param feeRevenueUsd  fees earned
 * @param busyGpuSeconds GPU-seconds of completed and interrupted runs
 * @param downSeconds    node-seconds its nodes were down (failed or operator offline)
 * @param hardwareCostUsd price of its hardware
 */
public record OperatorSummary(String name, String operatorClass, int nodes, long gpus, double feeRevenueUsd,
                              double busyGpuSeconds, double downSeconds, double hardwareCostUsd) {
}
