package org.depinlab.simulator.scenario;

import java.util.Locale;
import java.util.Optional;

import org.depinlab.simulator.model.ModelConfig;
import org.depinlab.simulator.network.FailureModel;
import org.depinlab.simulator.network.Network;
import org.depinlab.simulator.network.NetworkConfig;
import org.depinlab.simulator.network.OperatorClass;
import org.depinlab.simulator.network.Population;
import org.depinlab.simulator.workload.ArrivalProcess;
import org.depinlab.simulator.workload.DemandResponse;
import org.depinlab.simulator.workload.Distribution;
import org.depinlab.simulator.workload.WorkloadConfig;

/**
 * What one run will hold and do, estimated from its configuration before anything is allocated,
 * and checked against {@link Limits}.
 *
 * <p>The byte costs are live heap measured on this model, rounded up (Java 17, ParallelGC; used
 * heap after {@code System.gc()}, read in an epoch observer; slopes between two sizes of the
 * reference scenario): per node {@value Network#BYTES_PER_NODE} (321 measured: 2.9 → 128.1 MB from
 * 10 000 to 400 000 nodes); per operator {@value #BYTES_PER_OPERATOR} (376: 29.9 → 48.3 MB from
 * 1 000 to 50 000 operators at 100 000 nodes); per job held {@value #BYTES_PER_JOB} (158: a
 * 200-node network under 100 jobs/s that finishes none, 120 → 689 MB over 3.6 million queued
 * jobs); per epoch {@value #BYTES_PER_EPOCH} plus {@value #BYTES_PER_OPERATOR_EPOCH} per operator
 * and epoch with a protocol (1 220 and 16.0: 2 000 nodes at 0.01-hour epochs, epochs 1 000 → 11 000,
 * 4.4 KB per epoch with 200 operators, 17.2 KB with 1 000); and {@value #BASE_BYTES} besides (9 MB
 * measured after loading, the rest room for the collector). The x100 scenario (1 000 000 nodes,
 * 20 000 operators, 8.6 million arrivals that mostly renege) is estimated at 1.8 GB and holds at
 * most 0.66 GB live: the queue bound is a worst case.
 *
 * @param nodes          nodes of the network (for a drawn population without total_nodes: operators
 *                       × the mean nodes per operator, or its 99th percentile when the mean is infinite)
 * @param operators      operators
 * @param jobsHeld       most jobs held at once: the queue bound, or all arrivals if fewer
 * @param epochs         epochs of the run
 * @param protocol       whether a token economy runs (its history grows with operators × epochs)
 * @param arrivals       expected arrivals
 * @param stateChanges   expected state changes of an MMPP arrival process
 * @param failures       expected failure and repair events of nodes and operators
 * @param nodesField     the scenario field that sets the node count, for messages
 * @param arrivalsField  the scenario field that sets the arrival rate, for messages
 * @param failuresField  the failure model that makes most of the failures, for messages
 */
public record ResourceEstimate(double nodes, double operators, double jobsHeld, double epochs, boolean protocol,
                               double arrivals, double stateChanges, double failures, String nodesField,
                               String arrivalsField, String failuresField) {

    static final long BYTES_PER_OPERATOR = 380;
    static final long BYTES_PER_JOB = 160;
    static final long BYTES_PER_EPOCH = 1_250;
    static final long BYTES_PER_OPERATOR_EPOCH = 16;
    static final long BASE_BYTES = 64L << 20;

    /** A refusal: the scenario field to blame and what is wrong with it. */
    public record Problem(String field, String message) {
    }

    /** The estimate of {@code model}, run with a token economy or not. */
    public static ResourceEstimate of(ModelConfig model, boolean protocol) {
        NetworkConfig network = model.network();
        double duration = model.durationSeconds();
        double nodes;
        double operators;
        String nodesField;
        if (network.population() instanceof Population.Listed listed) {
            nodes = listed.nodes().size();
            operators = listed.nodes().stream().map(n -> n.operator()).distinct().count();
            nodesField = "network.trace_nodes.file";
        } else {
            Population.Drawn drawn = (Population.Drawn) network.population();
            operators = drawn.operators();
            nodes = drawn.totalNodes() > 0 ? drawn.totalNodes() : drawnNodes(drawn);
            nodesField = drawn.totalNodes() > 0 ? "network.total_nodes"
                    : "network.classes[" + largestClass(drawn) + "].nodes_per_operator";
            // expansion headroom is held beside each operator's nodes; the entrant pool is allocated up front
            nodes *= 1 + network.expansionHeadroom();
            if (network.entry() != null) {
                nodes += network.entry().maxNodes();
                operators += network.entry().maxOperators();
                nodesField = nodes - network.entry().maxNodes() < network.entry().maxNodes() ? "network.entry.max_nodes"
                        : nodesField;
            }
        }
        ArrivalProcess process = model.workload() instanceof WorkloadConfig.Synthetic synthetic
                ? synthetic.arrivals() : null;
        // demand that answers price can reach its most, and candidates come at that rate anyway
        double demand = model.workload().demandResponse().map(DemandResponse::maxMultiplier).orElse(1.0);
        double arrivals = process == null ? 0 : process.meanRatePerSecond() * demand * duration;
        double stateChanges = process instanceof ArrivalProcess.Mmpp mmpp
                ? duration * mmpp.meanHoldSeconds().size()
                        / mmpp.meanHoldSeconds().stream().mapToDouble(Double::doubleValue).sum()
                : 0;
        double nodeEvents = events(network.nodeFailures(), nodes, duration);
        double operatorEvents = events(network.operatorOutages(), operators, duration);
        return new ResourceEstimate(nodes, operators, Math.min(model.workload().maxQueue(), arrivals),
                Math.ceil(duration / model.epochSeconds() - 1e-9), protocol, arrivals, stateChanges,
                nodeEvents + operatorEvents, nodesField, arrivalsField(process), (nodeEvents >= operatorEvents
                        ? "network.node_failures" : "network.operator_outages") + ".time_to_failure_hours");
    }

    /** The heap the run needs, in bytes (may exceed {@link Long#MAX_VALUE} as a double). */
    public double heapBytes() {
        return BASE_BYTES + nodesBytes() + operators * BYTES_PER_OPERATOR + jobsHeld * BYTES_PER_JOB + epochsBytes();
    }

    /** The first limit this run is past, if any: the heap first (never lifted), then the work limits. */
    public Optional<Problem> check(Limits limits) {
        double need = heapBytes();
        if (need > limits.heapBytes()) {
            return Optional.of(heapProblem(need, limits.heapBytes()));
        }
        if (Double.isInfinite(failures)) {
            return Optional.of(new Problem(failuresField, "a time to failure and a repair time that are both always 0"
                    + " make failures without end at time 0 (allowed: a time to failure or repair time with a mean"
                    + " above 0)"));
        }
        if (limits.allowLong()) {
            return Optional.empty();
        }
        if (arrivals > Limits.MAX_ARRIVALS) {
            return Optional.of(new Problem(arrivalsField, "about " + count(arrivals) + " arrivals in the run, past the"
                    + " limit of " + count(Limits.MAX_ARRIVALS) + " (allowed: a lower rate or a shorter duration_days, "
                    + Limits.liftedBy() + ")"));
        }
        if (stateChanges > Limits.MAX_STATE_CHANGES) {
            return Optional.of(new Problem("workload.arrivals.mmpp.mean_hold_seconds", "hold times this short make"
                    + " about " + count(stateChanges) + " state changes in the run, past the limit of "
                    + count(Limits.MAX_STATE_CHANGES) + " (allowed: longer holds, " + Limits.liftedBy() + ")"));
        }
        if (failures > Limits.MAX_FAILURES) {
            return Optional.of(new Problem(failuresField, "failures and repairs make about " + count(failures)
                    + " events in the run, past the limit of " + count(Limits.MAX_FAILURES) + " (allowed: longer"
                    + " times to failure and repair, " + Limits.liftedBy() + ")"));
        }
        if (epochs > Limits.MAX_EPOCHS) {
            return Optional.of(new Problem("epoch_hours", "makes " + count(epochs) + " epochs, past the limit of "
                    + count(Limits.MAX_EPOCHS) + " (allowed: longer epochs or a shorter duration_days, "
                    + Limits.liftedBy() + ")"));
        }
        return Optional.empty();
    }

    private double nodesBytes() {
        return nodes * Network.BYTES_PER_NODE;
    }

    private double epochsBytes() {
        return epochs * (BYTES_PER_EPOCH + (protocol ? operators * BYTES_PER_OPERATOR_EPOCH : 0));
    }

    private Problem heapProblem(double need, long heap) {
        String advice = "raise -Xmx, e.g. DEPINLAB_JAVA_OPTS=-Xmx" + (long) Math.ceil(need * 1.25 / (1L << 30))
                + "g ./depinlab …, or ";
        double[] parts = {nodesBytes(), operators * BYTES_PER_OPERATOR, jobsHeld * BYTES_PER_JOB, epochsBytes()};
        int largest = 0;
        for (int i = 1; i < parts.length; i++) {
            largest = parts[i] > parts[largest] ? i : largest;
        }
        String needs = "needs about " + gigabytes(need) + " of heap for ";
        String may = "; this JVM may use " + gigabytes(heap) + " (";
        return switch (largest) {
            case 0 -> new Problem(nodesField, needs + count(nodes) + " nodes" + may + advice + "use fewer nodes)");
            case 1 -> new Problem("network.operators", needs + count(operators) + " operators" + may + advice
                    + "use fewer operators)");
            case 2 -> new Problem("workload.max_queue", needs + "a queue of up to " + count(jobsHeld) + " jobs" + may
                    + advice + "bound the queue lower)");
            default -> new Problem("epoch_hours", needs + count(epochs) + " epochs" + (protocol ? " of "
                    + count(operators) + " operators' history" : "") + may + advice + "use longer epochs)");
        };
    }

    private static double drawnNodes(Population.Drawn network) {
        double nodes = 0;
        for (OperatorClass c : network.classes()) {
            nodes += classNodes(network, c);
        }
        return nodes;
    }

    private static int largestClass(Population.Drawn network) {
        int largest = 0;
        for (int c = 1; c < network.classes().size(); c++) {
            largest = classNodes(network, network.classes().get(c)) > classNodes(network,
                    network.classes().get(largest)) ? c : largest;
        }
        return largest;
    }

    private static double classNodes(Population.Drawn network, OperatorClass c) {
        double weights = network.classes().stream().mapToDouble(OperatorClass::weight).sum();
        return network.operators() * c.weight() / weights * Math.max(1, typical(c.nodesPerOperator()));
    }

    /** The mean, or for a Pareto without one its 99th percentile. */
    private static double typical(Distribution size) {
        if (size instanceof Distribution.Pareto pareto && pareto.shape() <= 1) {
            return pareto.scale() * Math.pow(100, 1 / pareto.shape());
        }
        return size.mean();
    }

    private static double events(FailureModel model, double count, double duration) {
        if (model == null) {
            return 0;
        }
        double cycle = model.timeToFailureSeconds().mean() + model.repairSeconds().mean();
        return cycle > 0 ? 2 * count * duration / cycle : Double.POSITIVE_INFINITY;
    }

    private static String arrivalsField(ArrivalProcess process) {
        if (process instanceof ArrivalProcess.Poisson) {
            return "workload.arrivals.poisson.per_second";
        }
        if (process instanceof ArrivalProcess.Diurnal) {
            return "workload.arrivals.diurnal.mean_per_second";
        }
        return process instanceof ArrivalProcess.Mmpp ? "workload.arrivals.mmpp.per_second" : "workload.trace";
    }

    static String count(double value) {
        return Double.isFinite(value) && value < 1e15 ? String.format(Locale.ROOT, "%,.0f", value)
                : String.format(Locale.ROOT, "%.3g", value);
    }

    static String gigabytes(double bytes) {
        double gb = bytes / 1e9;
        return String.format(Locale.ROOT, gb < 10 ? "%.1f GB" : "%,.0f GB", gb);
    }
}
