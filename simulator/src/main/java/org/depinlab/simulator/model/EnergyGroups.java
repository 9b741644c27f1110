package org.depinlab.simulator.model;

import java.util.ArrayList;
import java.util.List;

import org.depinlab.simulator.network.CarbonIntensity;
import org.depinlab.simulator.network.Network;

/**
 * Facility power per (GPU model, region) group, integrated exactly at the changes {@link Metrics}
 * sees (piecewise constant between events): full power of busy GPUs, idle power of the online GPUs
 * running nothing, each node's watts scaled by its site's PUE. A run whose work is thrown away
 * moves its energy from busy to wasted when it ends ({@link #wasted}); interruptions call it today,
 * and verification re-runs are to call it too. O(1) per change, no allocation.
 */
final class EnergyGroups {

    private final Network network;
    /** Whether some operator has a PUE above 1: otherwise facility watts are IT watts, no lookup needed. */
    private final boolean facilityOverhead;
    private final int regions;
    private final double[] carbon;
    private final double[] busyWatts;
    private final double[] idleWatts;
    private final double[] busy;
    private final double[] idle;
    private final double[] wasted;
    private final double[] flop;
    private final long[] completed;
    private final double[] clock;

    EnergyGroups(Network network, java.util.Map<String, Double> carbonGPerKwh, boolean facilityOverhead) {
        this.network = network;
        this.facilityOverhead = facilityOverhead;
        regions = network.regions.size();
        carbon = network.regions.stream().mapToDouble(r -> CarbonIntensity.of(r, carbonGPerKwh)).toArray();
        int groups = network.models.size() * regions;
        busyWatts = new double[groups];
        idleWatts = new double[groups];
        busy = new double[groups];
        idle = new double[groups];
        wasted = new double[groups];
        flop = new double[groups];
        completed = new long[groups];
        clock = new double[groups];
    }

    /**
     * GPUs of {@code node}, of model {@code model} in region {@code region}, became busy: its IT draw while busy
     * grew by {@code busyItWatts} and its idle draw fell by {@code idleItWatts} (both negative when
     * GPUs became free).
     */
    void busyChange(double now, int node, int model, int region, double busyItWatts, double idleItWatts) {
        int group = group(model, region);
        advanceGroup(group, now);
        double pue = pue(node);
        busyWatts[group] += busyItWatts * pue;
        idleWatts[group] -= idleItWatts * pue;
    }

    /** {@code node}, of {@code model} in {@code region}, came online: {@code idleItWatts} more idle draw (negative: offline). */
    void onlineChange(double now, int node, int model, int region, double idleItWatts) {
        int group = group(model, region);
        advanceGroup(group, now);
        idleWatts[group] += idleItWatts * pue(node);
    }

    void wasted(int node, double gpuSeconds) {
        int g = group(node);
        double joules = network.busyWattsPerGpu[node] * pue(node) * gpuSeconds;
        wasted[g] += joules;
        busy[g] -= joules;
    }

    /** {@code node} completed a job of {@code jobFlop}. */
    void completed(int node, double jobFlop) {
        int g = group(node);
        flop[g] += jobFlop;
        completed[g]++;
    }

    /** Brings every group's integrals up to {@code now}. */
    void advanceAll(double now) {
        for (int g = 0; g < clock.length; g++) {
            advanceGroup(g, now);
        }
    }

    /** The groups that drew energy or completed work, model by model, region by region. */
    List<EnergyGroup> groups() {
        List<EnergyGroup> groups = new ArrayList<>();
        for (int g = 0; g < clock.length; g++) {
            if (busy[g] + idle[g] + wasted[g] > 0 || completed[g] > 0) {
                groups.add(new EnergyGroup(network.models.get(g / regions).id(), network.regions.get(g % regions),
                        carbon[g % regions], busy[g], idle[g], wasted[g], flop[g], completed[g]));
            }
        }
        return groups;
    }

    private int group(int node) {
        return group(network.model[node], network.region[node]);
    }

    private int group(int model, int region) {
        return model * regions + region;
    }

    /** The PUE of {@code node}'s operator; 1 without a read when no operator has another. */
    private double pue(int node) {
        return facilityOverhead ? network.pue[network.operator[node]] : 1;
    }

    private void advanceGroup(int g, double now) {
        double dt = now - clock[g];
        if (dt > 0) {
            busy[g] += busyWatts[g] * dt;
            idle[g] += idleWatts[g] * dt;
            clock[g] = now;
        }
    }
}
