package org.depinlab.simulator.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.depinlab.simulator.model.EconomyRun;
import org.depinlab.simulator.model.RunResult;
import org.depinlab.simulator.protocol.ProtocolEpoch;
import org.depinlab.simulator.scenario.Scenario;

/**
 * The key figures of a run, computed from its records; {@link Columns#RUN} and
 * {@link Columns#RUN_PROTOCOL} name them (the keys of {@code run.json}, see docs/outputs.md).
 *
 * @param scenario the scenario run
 * @param seed     the seed it ran with
 * @param run      what it produced
 */
public record RunFigures(Scenario scenario, long seed, EconomyRun run) {

    /** The network side of the run. */
    public RunResult network() {
        return run.network();
    }

    /** Simulated days. */
    public double durationDays() {
        return network().durationSeconds() / 86_400;
    }

    /** Jobs completed / jobs arrived (0 with no arrival). */
    public double completionRatio() {
        RunResult r = network();
        return r.arrived() == 0 ? 0.0 : (double) r.completed() / r.arrived();
    }

    /** Completions per simulated second. */
    public double jobsPerSecond() {
        return network().completed() / network().durationSeconds();
    }

    /** FLOP of completed jobs per second, in PFLOP/s. */
    public double deliveredPflopPerSecond() {
        return network().deliveredFlop() / network().durationSeconds() / 1e15;
    }

    /** GPU-seconds delivered / GPU-seconds owned. */
    public double gpuUtilization() {
        return network().gpuUtilization();
    }

    /** Energy drawn over the run, kWh. */
    public double energyKwh() {
        return network().energyJoules().stream().mapToDouble(Double::doubleValue).sum() / 3.6e6;
    }

    /** Energy per completed job, kWh (0 with none completed). */
    public double energyKwhPerCompletedJob() {
        return network().completed() == 0 ? 0.0 : energyKwh() / network().completed();
    }

    /** Energy per PFLOP delivered, kWh (0 with none delivered). */
    public double energyKwhPerPflop() {
        return network().deliveredFlop() == 0 ? 0.0 : energyKwh() / (network().deliveredFlop() / 1e15);
    }

    /** Fees paid to the operators, USD. */
    public double feeRevenueUsd() {
        return network().operators().stream().mapToDouble(o -> o.feeRevenueUsd()).sum();
    }

    /** True when the run had a token economy with at least one epoch (the protocol figures exist). */
    public boolean hasProtocol() {
        return run.protocol() != null && !run.protocol().epochs().isEmpty();
    }

    /** The protocol's epochs (only with {@link #hasProtocol()}). */
    public List<ProtocolEpoch> protocolEpochs() {
        return run.protocol().epochs();
    }

    /** The protocol's last epoch (only with {@link #hasProtocol()}). */
    public ProtocolEpoch lastEpoch() {
        List<ProtocolEpoch> epochs = protocolEpochs();
        return epochs.get(epochs.size() - 1);
    }

    /** Tokens minted over the run. */
    public double tokensMinted() {
        return protocolEpochs().stream().mapToDouble(ProtocolEpoch::mintedTokens).sum();
    }

    /** Tokens burned over the run. */
    public double tokensBurned() {
        return protocolEpochs().stream().mapToDouble(ProtocolEpoch::burnedTokens).sum();
    }

    /** Mean over epochs of the reward Gini per identity (epochs where it exists). */
    public double rewardGiniApparentMean() {
        return protocolEpochs().stream().mapToDouble(ProtocolEpoch::rewardGiniApparent).filter(Double::isFinite)
                .average().orElse(Double.NaN);
    }

    /** Mean over epochs of the reward Gini per operator (epochs where it exists). */
    public double rewardGiniTrueMean() {
        return protocolEpochs().stream().mapToDouble(ProtocolEpoch::rewardGiniTrue).filter(Double::isFinite)
                .average().orElse(Double.NaN);
    }

    /** Fees kept by operators plus tokens received (rewards, vested allocations) at their price of receipt, USD. */
    public double valueDistributedUsd() {
        return run.protocol().valueCapture().epochs().stream()
                .flatMap(e -> e.valueUsd().stream()).mapToDouble(Double::doubleValue).sum();
    }

    /** Operators that entered over the run. */
    public int operatorEntries() {
        return protocolEpochs().stream().mapToInt(ProtocolEpoch::entries).sum();
    }

    /** Operators that exited over the run. */
    public int operatorExits() {
        return protocolEpochs().stream().mapToInt(ProtocolEpoch::exits).sum();
    }

    /** The top-level figures this run has, in declaration order (the protocol's only with a protocol). */
    public List<Column<RunFigures>> columns() {
        List<Column<RunFigures>> columns = new ArrayList<>(Columns.RUN);
        if (hasProtocol()) {
            columns.addAll(Columns.RUN_PROTOCOL);
        }
        return columns;
    }

    /** The numeric top-level figures by name, as a sweep keeps them (the seed is an input, not an output). */
    public Map<String, Double> numeric() {
        Map<String, Double> numeric = new LinkedHashMap<>();
        for (Column<RunFigures> column : columns()) {
            if (column.of(this) instanceof Number number && !column.name().equals("seed")) {
                numeric.put(column.name(), number.doubleValue());
            }
        }
        return numeric;
    }
}
