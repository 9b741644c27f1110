package org.depinlab.simulator.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.depinlab.simulator.model.TestNetworks;
import org.depinlab.simulator.network.Network;
import org.depinlab.simulator.network.NodeEpochs;
import org.depinlab.simulator.network.NodeSpec;
import org.depinlab.simulator.network.RecordingControl;
import org.depinlab.simulator.workload.Job;
import org.junit.jupiter.api.Test;

class AskAdjusterTest {

    private static final double HOUR = 3_600;
    private static final AskAdjustment RULE = new AskAdjustment(0.6, 0.05, 0.1, 0.5, 2);

    /** Operators busy (2 nodes), idle, in the band, and idle with power dearer than half its ask (H100: 700 W). */
    private static Network network() {
        return TestNetworks.build(List.of(new NodeSpec("busy", "H100-SXM", 1, "eu", 0.2, 1.0, 1, 1),
                new NodeSpec("busy", "H100-SXM", 1, "eu", 0.2, 1.5, 1, 1),
                new NodeSpec("idle", "H100-SXM", 1, "eu", 0.2, 1.0, 1, 1),
                new NodeSpec("steady", "H100-SXM", 1, "eu", 0.2, 1.0, 1, 1),
                new NodeSpec("dear-power", "H100-SXM", 1, "eu", 1.0, 1.0, 1, 1)));
    }

    /** One hourly epoch in which each node was busy the given share of the hour. */
    private static void epoch(int k, Network network, NodeEpochs nodes, AskAdjuster adjuster,
                              RecordingControl control, double... busyShare) {
        nodes.reset(k * HOUR);
        for (int n = 0; n < busyShare.length; n++) {
            network.busyMilliSeconds[n] += busyShare[n] * HOUR * 1000;
        }
        nodes.close((k + 1) * HOUR);
        adjuster.epochEnded(k, nodes, control);
    }

    @Test
    void asksRiseAboveTheTargetFallBelowItAndStayInsideTheBand() {
        Network network = network();
        NodeEpochs nodes = new NodeEpochs(network);
        RecordingControl control = new RecordingControl(network);
        AskAdjuster adjuster = new AskAdjuster(RULE, network);
        epoch(0, network, nodes, adjuster, control, 0.9, 0.8, 0.1, 0.62, 0.0);
        assertEquals(0.85, adjuster.utilization(network.operator[0]), 1e-12, "busy GPU-time over online GPU-time of both nodes");
        assertEquals(1.1, network.askUsdPerGpuHour[0], 1e-12);
        assertEquals(1.65, network.askUsdPerGpuHour[1], 1e-12, "each node moves by the operator's step");
        assertEquals(1 / 1.1, network.askUsdPerGpuHour[2], 1e-12);
        assertEquals(1.0, network.askUsdPerGpuHour[3], "0.62 lies inside 0.6 ± 0.05");
        assertEquals(1, control.reindexed, "matching re-reads the asks once");
        epoch(1, network, nodes, adjuster, control, 0.6, 0.6, 0.6, 0.6, 0.6);
        assertEquals(1, control.reindexed, "no ask moved: no reindex");
    }

    @Test
    void asksNeverLeaveTheirBounds() {
        Network network = network();
        NodeEpochs nodes = new NodeEpochs(network);
        RecordingControl control = new RecordingControl(network);
        AskAdjuster adjuster = new AskAdjuster(RULE, network);
        for (int k = 0; k < 40; k++) {
            epoch(k, network, nodes, adjuster, control, 1, 1, 0, 0.6, 0);
            for (int n = 0; n < network.nodeCount(); n++) {
                double ask = network.askUsdPerGpuHour[n];
                assertTrue(ask >= adjuster.floor(n) && ask <= adjuster.cap(n), "node " + n + " epoch " + k);
            }
        }
        assertEquals(2.0, network.askUsdPerGpuHour[0], "cap: twice the initial ask");
        assertEquals(3.0, network.askUsdPerGpuHour[1], "cap: twice the initial ask");
        assertEquals(0.5, network.askUsdPerGpuHour[2], "floor: half the initial ask (power is 0.14 USD/GPU-hour)");
        assertEquals(0.7, network.askUsdPerGpuHour[4], 1e-12, "floor: 700 W at 1 USD/kWh is dearer than half the ask");
    }

    @Test
    void utilizationCountsTheRunningJobsPartInsideTheEpoch() {
        Network network = TestNetworks.build(List.of(new NodeSpec("a", "H100-SXM", 1, "eu", 0.2, 1.0, 1, 1)));
        NodeEpochs nodes = new NodeEpochs(network);
        RecordingControl control = new RecordingControl(network);
        AskAdjuster adjuster = new AskAdjuster(RULE, network);
        Job job = new Job(1, 0, 0, 1, 0, 0, 1000, 0, -1L, 10, Double.POSITIVE_INFINITY, Double.NaN, -1, null);
        job.startTime = 1_800;
        network.running[0] = job;
        epoch(0, network, nodes, adjuster, control, 0);
        assertEquals(0.5, adjuster.utilization(0), 1e-12, "started half-way through the hour, still running");
        network.running[0] = null;
        network.busyMilliSeconds[0] += 1000 * (5_400 - 1_800);
        epoch(1, network, nodes, adjuster, control, 0);
        assertEquals(0.5, adjuster.utilization(0), 1e-12, "completed half-way through the next hour");
    }

    @Test
    void anOperatorWithNothingOnlineKeepsItsAsks() {
        Network network = network();
        NodeEpochs nodes = new NodeEpochs(network);
        RecordingControl control = new RecordingControl(network);
        AskAdjuster adjuster = new AskAdjuster(RULE, network);
        nodes.reset(0);
        nodes.down(2, 0, HOUR);
        nodes.close(HOUR);
        adjuster.epochEnded(0, nodes, control);
        assertTrue(Double.isNaN(adjuster.utilization(network.operator[2])));
        assertEquals(1.0, network.askUsdPerGpuHour[2]);
    }
}
