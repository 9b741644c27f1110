package org.depinlab.simulator.model;

import java.util.List;

/**
 * One epoch of a run. Counts are for the epoch; {@code inSystem} and {@code queued} are at its end.
 *
 * @param epoch                  index from 0
 * @param endSeconds             end of the epoch, simulated seconds
 * @param arrived                jobs that arrived
 * @param completed              jobs that completed
 * @param dropped                jobs dropped on arrival (no eligible node, queue full)
 * @param reneged                jobs that gave up waiting
 * @param lost                   jobs lost to failures
 * @param interrupted            job runs interrupted by failures (retried or lost)
 * @param inSystem               jobs queued or running at the end
 * @param queued                 jobs queued at the end
 * @param jobsPerSecond          completions per second
 * @param deliveredFlopPerSecond FLOP of completed jobs per second
 * @param gpuSecondsDelivered    GPU-seconds of completed runs
 * @param utilization            per model: busy GPU time / online GPU time
 * @param energyJoules           per region: energy drawn by online nodes, busy and idle
 * @param feeRevenueUsd          fees paid to nodes for completed jobs
 * @param onlineGpus             GPUs online at the end
 * @param busyGpuSeconds         GPU-seconds jobs occupied, completed and interrupted runs alike
 * @param onlineGpuSeconds       GPU-seconds of online GPUs (in service, not failed, operator online)
 * @param inServiceGpuSeconds    GPU-seconds of GPUs in service (not held back), online or down
 * @param gpusInService          GPUs in service at the end
 */
public record EpochStats(int epoch, double endSeconds, long arrived, long completed, long dropped, long reneged,
                         long lost, long interrupted, long inSystem, long queued, double jobsPerSecond,
                         double deliveredFlopPerSecond, double gpuSecondsDelivered, List<Double> utilization,
                         List<Double> energyJoules, double feeRevenueUsd, long onlineGpus, double busyGpuSeconds,
                         double onlineGpuSeconds, double inServiceGpuSeconds, long gpusInService) {

    public EpochStats {
        utilization = List.copyOf(utilization);
        energyJoules = List.copyOf(energyJoules);
    }
}
