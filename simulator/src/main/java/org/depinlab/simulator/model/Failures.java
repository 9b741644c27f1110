package org.depinlab.simulator.model;

import org.depinlab.simulator.engine.Simulation;
import org.depinlab.simulator.engine.Steppable;
import org.depinlab.simulator.network.FailureModel;
import org.depinlab.simulator.network.Network;
import org.depinlab.simulator.network.NetworkConfig;
import org.depinlab.simulator.workload.Distribution;

/**
 * Node failures and repairs (stream {@code "failures"}) and whole-operator outages (stream
 * {@code "outages"}): each node, and each operator, alternates up and down times drawn from its
 * {@link FailureModel}. A node is online when it is up and its operator is up.
 */
final class Failures {

    private final NetworkModel model;
    private final Simulation sim;
    private final Network network;
    private final FailureModel nodeFailures;
    private final FailureModel operatorOutages;
    private final Distribution.Sampler nodeUp;
    private final Distribution.Sampler nodeDown;
    private final Distribution.Sampler operatorUp;
    private final Distribution.Sampler operatorDown;

    Failures(NetworkModel model, Simulation sim, NetworkConfig config) {
        this.model = model;
        this.sim = sim;
        this.network = model.network();
        this.nodeFailures = config.nodeFailures();
        this.operatorOutages = config.operatorOutages();
        nodeUp = nodeFailures == null ? null : nodeFailures.timeToFailureSeconds().sampler(sim.stream("failures"));
        nodeDown = nodeFailures == null ? null : nodeFailures.repairSeconds().sampler(sim.stream("failures"));
        operatorUp = operatorOutages == null ? null
                : operatorOutages.timeToFailureSeconds().sampler(sim.stream("outages"));
        operatorDown = operatorOutages == null ? null : operatorOutages.repairSeconds().sampler(sim.stream("outages"));
    }

    /** Schedules every node's first failure and every operator's first outage. */
    void start() {
        if (nodeFailures != null) {
            for (int n = 0; n < network.nodeCount(); n++) {
                sim.schedule().scheduleIn(nodeUp.sample(), new NodeCycle(n));
            }
        }
        if (operatorOutages != null) {
            // the entrant pool's slots too: an entrant's outages run from the start, unseen until it enters
            for (int o = 0; o < network.operatorCapacity(); o++) {
                sim.schedule().scheduleIn(operatorUp.sample(), new OperatorCycle(o));
            }
        }
    }

    /** One node's failure/repair cycle; the same object is rescheduled for each transition. */
    private final class NodeCycle implements Steppable {
        private final int node;

        NodeCycle(int node) {
            this.node = node;
        }

        @Override
        public void step(Simulation s) {
            boolean wasOnline = network.online(node);
            network.setFailed(node, !network.failed(node));
            if (network.failed(node)) {
                if (wasOnline) {
                    model.goOffline(node);
                }
                s.schedule().scheduleIn(nodeDown.sample(), this);
            } else {
                if (network.online(node)) {
                    model.goOnline(node);
                }
                s.schedule().scheduleIn(nodeUp.sample(), this);
            }
        }
    }

    /** One operator's outage cycle: all its nodes go offline together. */
    private final class OperatorCycle implements Steppable {
        private final int operator;

        OperatorCycle(int operator) {
            this.operator = operator;
        }

        @Override
        public void step(Simulation s) {
            int first = network.firstNode[operator];
            int end = first + network.nodeCount[operator];
            if (!network.operatorOffline(operator)) {
                network.setOperatorOffline(operator, true);
                // all of them leave the index before any interrupted job looks for a new node
                for (int n = first; n < end; n++) {
                    model.refreshIndex(n);
                }
                for (int n = first; n < end; n++) {
                    if (!network.failed(n) && network.active(n)) {
                        model.goOffline(n);
                    }
                }
                s.schedule().scheduleIn(operatorDown.sample(), this);
            } else {
                network.setOperatorOffline(operator, false);
                for (int n = first; n < end; n++) {
                    if (network.online(n)) {
                        model.goOnline(n);
                    }
                }
                s.schedule().scheduleIn(operatorUp.sample(), this);
            }
        }
    }
}
