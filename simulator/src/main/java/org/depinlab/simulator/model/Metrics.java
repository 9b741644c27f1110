package org.depinlab.simulator.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.HdrHistogram.Histogram;
import org.depinlab.simulator.network.Network;
import org.depinlab.simulator.workload.Job;

/**
 * Counters, time integrals and latency histograms of a running model. Busy and online GPU time per
 * model, GPU time in service and power per region are integrated exactly at each change (piecewise
 * constant between events), so utilization and energy need no sampling. Package-private: the model
 * feeds it.
 */
final class Metrics {

    private static final double MICROS = 1e6;

    private final Network network;
    private final List<String> classNames;
    private final EnergyGroups energyGroups;

    long arrived;
    long completed;
    long droppedNoEligibleNode;
    long droppedQueueFull;
    long reneged;
    long lost;
    long interrupted;
    long retried;
    long queued;
    long running;
    double deliveredFlop;
    double gpuSecondsDelivered;
    double feeRevenueUsd;
    long onlineGpus;
    long inServiceGpus;

    private final long[] busyMilli;
    private final long[] onlineMilli;
    private final double[] busyArea;
    private final double[] onlineArea;
    private final double[] modelClock;
    private final double[] idleWatts;
    private final double[] extraWatts;
    private final double[] energy;
    private final double[] idleFloor;
    private final double[] regionClock;
    private double inServiceArea;
    private double serviceClock;
    private final Histogram[] wait;
    private final Histogram[] response;
    private final Histogram[] slowdown;
    private final List<EpochStats> epochs = new ArrayList<>();
    private Counts previous = new Counts(0, 0, 0, 0, 0, 0);
    private double previousFlop;
    private double previousGpuSeconds;
    private double previousFees;
    private double[] previousBusyArea;
    private double[] previousOnlineArea;
    private double[] previousEnergy;
    private double previousInServiceArea;

    /** @param facilityOverhead whether some operator has a PUE above 1 (see {@link EnergyGroups}) */
    Metrics(Network network, List<String> classNames, Map<String, Double> carbonGPerKwh, boolean facilityOverhead) {
        this.network = network;
        this.classNames = List.copyOf(classNames);
        energyGroups = new EnergyGroups(network, carbonGPerKwh, facilityOverhead);
        int models = network.models.size();
        int regions = network.regions.size();
        busyMilli = new long[models];
        onlineMilli = new long[models];
        busyArea = new double[models];
        onlineArea = new double[models];
        modelClock = new double[models];
        idleWatts = new double[regions];
        extraWatts = new double[regions];
        energy = new double[regions];
        idleFloor = new double[regions];
        regionClock = new double[regions];
        previousBusyArea = new double[models];
        previousOnlineArea = new double[models];
        previousEnergy = new double[regions];
        wait = new Histogram[classNames.size()];
        response = new Histogram[classNames.size()];
        slowdown = new Histogram[classNames.size()];
        for (int c = 0; c < classNames.size(); c++) {
            wait[c] = new Histogram(3);
            response[c] = new Histogram(3);
            slowdown[c] = new Histogram(3);
        }
    }

    /** {@code deltaMilli} GPU thousandths of {@code node} became busy (negative: became free). */
    void busyChange(double now, int node, int deltaMilli) {
        int m = network.model[node];
        advanceModel(m, now);
        busyMilli[m] += deltaMilli;
        int r = network.region[node];
        advanceRegion(r, now);
        double busyWatts = network.busyWattsPerGpu[node];
        double idleWatts = network.idleWattsPerGpu[node];
        extraWatts[r] += (busyWatts - idleWatts) * deltaMilli / 1000.0;
        energyGroups.busyChange(now, node, m, r, busyWatts * deltaMilli / 1000.0, idleWatts * deltaMilli / 1000.0);
    }

    /** {@code node} came online ({@code up}) or went offline. */
    void onlineChange(double now, int node, boolean up) {
        int m = network.model[node];
        advanceModel(m, now);
        int sign = up ? 1 : -1;
        onlineMilli[m] += sign * network.gpus[node] * 1000L;
        onlineGpus += sign * network.gpus[node];
        int r = network.region[node];
        advanceRegion(r, now);
        double watts = network.idleWattsPerGpu[node] * network.gpus[node];
        idleWatts[r] += sign * watts;
        energyGroups.onlineChange(now, node, m, r, sign * watts);
    }

    /** A run of {@code gpuSeconds} on {@code node} was interrupted: its work, and the energy it drew, lost. */
    void interrupted(int node, double gpuSeconds) {
        interrupted++;
        energyGroups.wasted(node, gpuSeconds);
    }

    /** {@code node} was put in service ({@code in}) or taken out of it (an operator's decision). */
    void serviceChange(double now, int node, boolean in) {
        advanceService(now);
        inServiceGpus += in ? network.gpus[node] : -network.gpus[node];
    }

    /** A run of {@code job} finished; {@code fee} was paid for it. */
    void completed(Job job, double now, double fee, double flop) {
        completed++;
        deliveredFlop += flop;
        gpuSecondsDelivered += job.milliGpus / 1000.0 * job.serviceSeconds;
        feeRevenueUsd += fee;
        energyGroups.completed(job.node, flop);
        double responseSeconds = now - job.arrivalTime;
        double waitSeconds = responseSeconds - job.serviceSeconds;
        int c = job.jobClass;
        wait[c].recordValue(Math.max(0, Math.round(waitSeconds * MICROS)));
        response[c].recordValue(Math.max(0, Math.round(responseSeconds * MICROS)));
        double slow = job.serviceSeconds > 0 ? responseSeconds / job.serviceSeconds : 1;
        slowdown[c].recordValue(Math.max(1000, Math.round(slow * 1000)));
    }

    /** Closes the epoch ending at {@code now}, {@code epochSeconds} long. */
    void endEpoch(double now, double epochSeconds) {
        for (int m = 0; m < busyArea.length; m++) {
            advanceModel(m, now);
        }
        for (int r = 0; r < energy.length; r++) {
            advanceRegion(r, now);
        }
        energyGroups.advanceAll(now);
        advanceService(now);
        Counts counts = new Counts(arrived, completed, droppedNoEligibleNode + droppedQueueFull, reneged, lost,
                interrupted);
        Counts epoch = counts.minus(previous);
        List<Double> utilization = new ArrayList<>(busyArea.length);
        double busyGpuSeconds = 0;
        double onlineGpuSeconds = 0;
        for (int m = 0; m < busyArea.length; m++) {
            double busy = busyArea[m] - previousBusyArea[m];
            double online = onlineArea[m] - previousOnlineArea[m];
            utilization.add(online > 0 ? busy / online : 0.0);
            busyGpuSeconds += busy;
            onlineGpuSeconds += online;
        }
        List<Double> epochEnergy = new ArrayList<>(energy.length);
        for (int r = 0; r < energy.length; r++) {
            epochEnergy.add(energy[r] - previousEnergy[r]);
        }
        epochs.add(new EpochStats(epochs.size(), now, epoch.arrived(), epoch.completed(), epoch.dropped(),
                epoch.reneged(), epoch.lost(), epoch.interrupted(), queued + running, queued,
                epoch.completed() / epochSeconds, (deliveredFlop - previousFlop) / epochSeconds,
                gpuSecondsDelivered - previousGpuSeconds, utilization, epochEnergy, feeRevenueUsd - previousFees,
                onlineGpus, busyGpuSeconds, onlineGpuSeconds, inServiceArea - previousInServiceArea, inServiceGpus));
        previous = counts;
        previousFlop = deliveredFlop;
        previousGpuSeconds = gpuSecondsDelivered;
        previousFees = feeRevenueUsd;
        previousBusyArea = busyArea.clone();
        previousOnlineArea = onlineArea.clone();
        previousEnergy = energy.clone();
        previousInServiceArea = inServiceArea;
    }

    List<EpochStats> epochs() {
        return epochs;
    }

    List<Double> energy() {
        return Arrays.stream(energy).boxed().toList();
    }

    /** Facility energy and emissions per (GPU model, region), up to the last epoch's end. */
    List<EnergyGroup> energyGroups() {
        return energyGroups.groups();
    }

    List<Double> idleFloor() {
        return Arrays.stream(idleFloor).boxed().toList();
    }

    /** The wait of every completed job, the classes' histograms merged. */
    AllJobsWait allJobsWait() {
        return AllJobsWait.of(Arrays.asList(wait));
    }

    List<LatencySummary> latency() {
        List<LatencySummary> summaries = new ArrayList<>();
        for (int c = 0; c < classNames.size(); c++) {
            Histogram w = wait[c];
            Histogram r = response[c];
            Histogram s = slowdown[c];
            summaries.add(new LatencySummary(classNames.get(c), w.getTotalCount(), w.getMean() / MICROS,
                    w.getValueAtPercentile(50) / MICROS, w.getValueAtPercentile(90) / MICROS,
                    w.getValueAtPercentile(99) / MICROS, r.getMean() / MICROS, r.getValueAtPercentile(50) / MICROS,
                    r.getValueAtPercentile(99) / MICROS, s.getMean() / 1000, s.getValueAtPercentile(99) / 1000.0));
        }
        return summaries;
    }

    private void advanceModel(int m, double now) {
        double dt = now - modelClock[m];
        if (dt > 0) {
            busyArea[m] += busyMilli[m] * dt / 1000;
            onlineArea[m] += onlineMilli[m] * dt / 1000;
            modelClock[m] = now;
        }
    }

    private void advanceService(double now) {
        inServiceArea += inServiceGpus * (now - serviceClock);
        serviceClock = now;
    }

    private void advanceRegion(int r, double now) {
        double dt = now - regionClock[r];
        if (dt > 0) {
            energy[r] += (idleWatts[r] + extraWatts[r]) * dt;
            idleFloor[r] += idleWatts[r] * dt;
            regionClock[r] = now;
        }
    }

    /** The job counters at an epoch's end, and one epoch's share of them. */
    private record Counts(long arrived, long completed, long dropped, long reneged, long lost, long interrupted) {

        Counts minus(Counts before) {
            return new Counts(arrived - before.arrived, completed - before.completed, dropped - before.dropped,
                    reneged - before.reneged, lost - before.lost, interrupted - before.interrupted);
        }
    }
}
