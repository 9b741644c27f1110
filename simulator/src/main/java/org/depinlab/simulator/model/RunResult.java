package org.depinlab.simulator.model;

import java.util.List;
import java.util.Optional;
import java.util.function.ToDoubleFunction;

import org.depinlab.simulator.adversary.AdversaryResult;
import org.depinlab.simulator.workload.DemandEpoch;

/**
 * What a run of the network model produced: totals, latency per job class, the per-epoch series
 * and the operators' ledgers. A pure function of (configuration, seed).
 *
 * @param seed            master seed
 * @param durationSeconds simulated seconds
 * @param models          catalogue ids of the network's GPU models, by index
 * @param profileLabels   per model, the label of its profile (measured, derived, spec)
 * @param regions         region names, by index
 * @param nodes           node count
 * @param gpus            GPU count
 * @param arrived         jobs arrived
 * @param completed       jobs completed
 * @param droppedNoEligibleNode jobs no node of the network could ever run (model, memory, GPUs, price)
 * @param droppedQueueFull jobs that found the queue full
 * @param reneged         jobs that gave up waiting
 * @param lost            jobs lost to failures
 * @param interrupted     job runs interrupted by failures
 * @param retried         interrupted runs queued again
 * @param queuedAtEnd     jobs still waiting at the end
 * @param runningAtEnd    jobs still running at the end
 * @param deliveredFlop   FLOP of completed jobs
 * @param gpuSecondsDelivered GPU-seconds of completed runs
 * @param energyJoules    per region, energy drawn
 * @param idleFloorJoules per region, the idle power of online nodes over time (energy can't be less)
 * @param latency         per job class
 * @param epochs          per epoch
 * @param operators       per operator
 * @param eventsFired     engine events fired
 * @param demand          per epoch, demand's response to price and service; empty when demand is fixed
 * @param energy          per (GPU model, region) that drew energy: facility energy, busy, idle and wasted
 * @param adversaries     cheating and verification; empty when the scenario has no adversaries
 * @param allJobsWait     the wait of every completed job, all classes together
 */
public record RunResult(long seed, double durationSeconds, List<String> models, List<String> profileLabels,
                        List<String> regions, int nodes, long gpus, long arrived, long completed,
                        long droppedNoEligibleNode, long droppedQueueFull, long reneged, long lost, long interrupted,
                        long retried, long queuedAtEnd, long runningAtEnd, double deliveredFlop,
                        double gpuSecondsDelivered, List<Double> energyJoules, List<Double> idleFloorJoules,
                        List<LatencySummary> latency, List<EpochStats> epochs, List<OperatorSummary> operators,
                        long eventsFired, List<DemandEpoch> demand, List<EnergyGroup> energy,
                        Optional<AdversaryResult> adversaries, AllJobsWait allJobsWait) {

    public RunResult {
        models = List.copyOf(models);
        profileLabels = List.copyOf(profileLabels);
        regions = List.copyOf(regions);
        energyJoules = List.copyOf(energyJoules);
        idleFloorJoules = List.copyOf(idleFloorJoules);
        latency = List.copyOf(latency);
        epochs = List.copyOf(epochs);
        operators = List.copyOf(operators);
        demand = List.copyOf(demand);
        energy = List.copyOf(energy);
    }

    /** Jobs dropped on arrival, for any reason. */
    public long dropped() {
        return droppedNoEligibleNode + droppedQueueFull;
    }

    /**
     * Busy GPU-seconds (every run a job occupied, interrupted ones included) / GPU-seconds online
     * (in service, not failed, operator online), both exact time integrals; 0 with nothing online.
     */
    public double gpuUtilization() {
        return ratio(EpochStats::busyGpuSeconds, EpochStats::onlineGpuSeconds);
    }

    /** Busy GPU-seconds / GPU-seconds of every GPU in service (bought, not held back), online or down. */
    public double gpuUtilizationOwned() {
        return ratio(EpochStats::busyGpuSeconds, EpochStats::inServiceGpuSeconds);
    }

    /** GPUs in service at the end. */
    public long gpusInServiceEnd() {
        return epochs.get(epochs.size() - 1).gpusInService();
    }

    private double ratio(ToDoubleFunction<EpochStats> part, ToDoubleFunction<EpochStats> whole) {
        double denominator = epochs.stream().mapToDouble(whole).sum();
        return denominator > 0 ? epochs.stream().mapToDouble(part).sum() / denominator : 0.0;
    }
}
