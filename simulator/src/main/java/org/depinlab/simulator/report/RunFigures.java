package org.depinlab.simulator.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToIntFunction;

import org.depinlab.simulator.model.EconomyRun;
import org.depinlab.simulator.model.RunResult;
import org.depinlab.simulator.protocol.ProfitSpread;
import org.depinlab.simulator.model.SteadyState;
import org.depinlab.simulator.protocol.MintAndBurn;
import org.depinlab.simulator.protocol.SpoofingResult;
import org.depinlab.simulator.protocol.OutsideFlowEpoch;
import org.depinlab.simulator.protocol.ProtocolEpoch;
import org.depinlab.simulator.protocol.ValueCaptureSeries;
import org.depinlab.simulator.scenario.Scenario;
import org.depinlab.simulator.workload.DemandEpoch;

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

    /** Busy GPU-seconds / online GPU-seconds. */
    public double gpuUtilization() {
        return network().gpuUtilization();
    }

    /** The figures over the epochs after the warm-up. */
    public SteadyState steady() {
        return SteadyState.of(network().epochs(), scenario.warmupDays());
    }

    /** Energy drawn over the run, kWh. */
    public double energyKwh() {
        return network().energyJoules().stream().mapToDouble(Double::doubleValue).sum() / 3.6e6;
    }

    /** Facility energy and emissions by GPU model and region. */
    public EnergyFigures energy() {
        return new EnergyFigures(network().energy());
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

    /** The token supply at the start and the end, and what was minted (only with {@link #hasProtocol()}). */
    public TokenSupply supply() {
        return TokenSupply.of(protocolEpochs(), durationDays());
    }

    /**
     * The allocation holders' share of the value distributed over the run: the sum of their
     * {@code value_capture} shares (0 without allocations, NaN while nothing was distributed).
     */
    public double insidersValueShare() {
        ValueCaptureSeries capture = run.protocol().valueCapture();
        if (capture.epochs().isEmpty()) {
            return Double.NaN;
        }
        List<Double> shares = capture.epochs().get(capture.epochs().size() - 1).cumulativeShare();
        double insiders = 0;
        for (int g = 0; g < capture.groups().size(); g++) {
            if (capture.kinds().get(g).equals(ValueCaptureSeries.ALLOCATION_HOLDER)) {
                insiders += shares.get(g);
            }
        }
        return insiders;
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

    /** How cumulative profit is spread over the operators (only with {@link #hasProtocol()}). */
    public ProfitSpread profitSpread() {
        return ProfitSpread.of(run.protocol().operators());
    }

    /**
     * {@code run.json}'s {@code profit_by_class}: per class, its operators that took part and the
     * shares of them in loss and in profit (null where it has none).
     */
    public Map<String, Map<String, Object>> profitByClass() {
        Map<String, Map<String, Object>> classes = new LinkedHashMap<>();
        profitSpread().byClass().forEach((name, outcome) -> {
            Map<String, Object> figures = new LinkedHashMap<>();
            figures.put("operators", outcome.operators());
            figures.put("in_loss_share", finiteOrNull(outcome.inLossShare()));
            figures.put("in_profit_share", finiteOrNull(outcome.inProfitShare()));
            classes.put(name, figures);
        });
        return classes;
    }

    /** Fees kept by operators plus tokens received (rewards, vested allocations) at their price of receipt, USD. */
    public double valueDistributedUsd() {
        return run.protocol().valueCapture().epochs().stream()
                .flatMap(e -> e.valueUsd().stream()).mapToDouble(Double::doubleValue).sum();
    }

    private static Double finiteOrNull(double value) {
        return Double.isFinite(value) ? value : null;
    }

    /** Operators that entered over the run. */
    public int operatorEntries() {
        return sumOverEpochs(ProtocolEpoch::entries);
    }

    /** Operators that exited over the run. */
    public int operatorExits() {
        return sumOverEpochs(ProtocolEpoch::exits);
    }

    /** A count summed over the protocol's epochs. */
    public int sumOverEpochs(ToIntFunction<ProtocolEpoch> count) {
        return protocolEpochs().stream().mapToInt(count).sum();
    }

    /** True when the run's demand answered price and service (the demand figures exist). */
    public boolean hasDemand() {
        return !network().demand().isEmpty();
    }

    /** Mean over epochs of the demand multiplier set (only with {@link #hasDemand()}). */
    public double demandMultiplierMean() {
        return network().demand().stream().mapToDouble(DemandEpoch::multiplier).average().orElse(Double.NaN);
    }

    /** Fees paid per GPU-hour of completed jobs over the run, USD (NaN with nothing delivered). */
    public double networkPriceUsdPerGpuHour() {
        double hours = network().gpuSecondsDelivered() / 3600;
        return hours > 0 ? feeRevenueUsd() / hours : Double.NaN;
    }

    /** True when the run's pool saw outside flows (the outside figures exist). */
    public boolean hasOutsideFlows() {
        return run.protocol() != null && !run.protocol().outsideFlows().isEmpty();
    }

    /** Net USD outsiders meant to trade over the run (only with {@link #hasOutsideFlows()}). */
    public double outsideFlowUsd() {
        return run.protocol().outsideFlows().stream().mapToDouble(OutsideFlowEpoch::flowUsd).sum();
    }

    /** Tokens outsiders hold at the end (only with {@link #hasOutsideFlows()}). */
    public double outsideTokensEnd() {
        List<OutsideFlowEpoch> flows = run.protocol().outsideFlows();
        return flows.get(flows.size() - 1).holdingsTokens();
    }

    /** Whether baseline minting, a fee burn share or the take to stakers is on. */
    public boolean hasMintAndBurn() {
        return hasProtocol() && run.protocol().mintAndBurn().isPresent();
    }

    /** Their figures (only with {@link #hasMintAndBurn()}). */
    public MintAndBurn mintAndBurn() {
        return run.protocol().mintAndBurn().orElseThrow();
    }

    /** Whether operators spoof capacity or uptime ({@code adversaries.spoofers}). */
    public boolean hasSpoofing() {
        return hasProtocol() && run.protocol().spoofing().isPresent();
    }

    /** Spoofed capacity and the challenges against it (only with {@link #hasSpoofing()}). */
    public SpoofingResult spoofing() {
        return run.protocol().spoofing().orElseThrow();
    }

    /** Tokens burned / minted over the last quarter of the epochs (at least one); NaN when none was minted. */
    public double burnedOverMintedLastQuarter() {
        List<ProtocolEpoch> epochs = protocolEpochs();
        List<ProtocolEpoch> last = epochs.subList(epochs.size() - Math.max(1, epochs.size() / 4), epochs.size());
        double minted = last.stream().mapToDouble(ProtocolEpoch::mintedTokens).sum();
        return minted > 0 ? last.stream().mapToDouble(ProtocolEpoch::burnedTokens).sum() / minted : Double.NaN;
    }

    /** Whether the scenario has adversaries. */
    public boolean hasAdversaries() {
        return run.network().adversaries().isPresent();
    }

    /** Their figures (only with {@link #hasAdversaries()}). */
    public AdversaryFigures adversaries() {
        return AdversaryFigures.of(run);
    }

    /** The top-level figures this run has, in declaration order (the protocol's only with a protocol). */
    public List<Column<RunFigures>> columns() {
        List<Column<RunFigures>> columns = new ArrayList<>(Columns.RUN);
        if (hasProtocol()) {
            columns.addAll(Columns.RUN_PROTOCOL);
        }
        if (hasDemand()) {
            columns.addAll(Columns.RUN_DEMAND);
        }
        if (hasOutsideFlows()) {
            columns.addAll(Columns.RUN_OUTSIDE_FLOWS);
        }
        if (hasMintAndBurn()) {
            columns.addAll(Columns.RUN_MINT_AND_BURN);
        }
        if (hasAdversaries()) {
            columns.addAll(Columns.RUN_ADVERSARIES);
        }
        if (hasSpoofing()) {
            columns.addAll(Columns.RUN_SPOOFING);
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
