package org.depinlab.simulator.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.depinlab.gpubench.GpuProfiles;
import org.depinlab.simulator.model.EconomyRun;
import org.depinlab.simulator.model.EpochStats;
import org.depinlab.simulator.model.RunResult;
import org.depinlab.simulator.model.SteadyState;
import org.depinlab.simulator.protocol.OperatorLedger;
import org.depinlab.simulator.protocol.ProtocolEpoch;
import org.depinlab.simulator.scenario.Scenario;
import org.depinlab.simulator.scenario.ScenarioLoader;
import org.depinlab.tokenomics.concentration.SignedGini;
import org.junit.jupiter.api.Test;

/** Every key figure of run.json and the report against the run's records it is computed from. */
class RunFiguresTest {

    @Test
    void keyFiguresAreTheRunsRecordsUnderTheirDocumentedNames() {
        GpuProfiles profiles = GpuProfiles.builtIn();
        Scenario scenario = new ScenarioLoader(profiles.catalog())
                .load(Path.of("src/test/resources/scenarios/minimal.yaml"));
        EconomyRun run = EconomyRun.run(scenario.model(), scenario.protocol(), 7, profiles);
        RunFigures figures = new RunFigures(scenario, 7, run);
        Map<String, Object> f = figures.columns().stream()
                .collect(Collectors.toMap(Column::name, c -> c.of(figures)));
        RunResult r = run.network();
        double joules = r.energyJoules().stream().mapToDouble(Double::doubleValue).sum();
        // minimal.yaml: half a day, 43 200 s
        assertEquals(0.5, (double) f.get("duration_days"), 1e-12);
        assertEquals(r.arrived(), f.get("jobs_arrived"));
        assertEquals(r.completed(), f.get("jobs_completed"));
        assertEquals(r.dropped(), f.get("jobs_dropped"));
        assertEquals((double) r.completed() / r.arrived(), (double) f.get("completion_ratio"), 1e-12);
        assertEquals(r.completed() / 43_200.0, (double) f.get("jobs_per_second"), 1e-12);
        assertEquals(r.deliveredFlop() / 43_200 / 1e15, (double) f.get("delivered_pflop_per_second"), 1e-12);
        double busy = r.epochs().stream().mapToDouble(EpochStats::busyGpuSeconds).sum();
        assertEquals(busy / r.epochs().stream().mapToDouble(EpochStats::onlineGpuSeconds).sum(),
                (double) f.get("gpu_utilization"), 1e-12);
        assertEquals(busy / r.epochs().stream().mapToDouble(EpochStats::inServiceGpuSeconds).sum(),
                (double) f.get("gpu_utilization_owned"), 1e-12);
        SteadyState steady = SteadyState.of(r.epochs(), OptionalDouble.empty());
        assertEquals(steady.warmupEpochs(), f.get("warmup_epochs"));
        assertEquals(SteadyState.MSER_5, f.get("warmup_rule"));
        assertEquals(steady.jobsPerSecond(), (double) f.get("jobs_per_second_steady"), 0);
        assertEquals(joules / 3.6e6, (double) f.get("energy_kwh"), 1e-9);
        assertEquals(joules / 3.6e6 / r.completed(), (double) f.get("energy_kwh_per_completed_job"), 1e-12);
        assertEquals(joules / 3.6e6 / (r.deliveredFlop() / 1e15), (double) f.get("energy_kwh_per_pflop"), 1e-12);
        assertEquals(r.operators().stream().mapToDouble(o -> o.feeRevenueUsd()).sum(),
                (double) f.get("fee_revenue_usd"), 1e-9);
        Map<String, Object> latency = Columns.LATENCY_IN_RUN.stream()
                .collect(Collectors.toMap(Column::name, c -> c.of(r.latency().get(0))));
        assertEquals(r.latency().get(0).waitP99(), (double) latency.get("wait_p99_seconds"), 0);

        List<ProtocolEpoch> epochs = run.protocol().epochs();
        ProtocolEpoch last = epochs.get(epochs.size() - 1);
        assertEquals(last.supplyTokens(), (double) f.get("token_supply_end"), 0);
        assertEquals(epochs.stream().mapToDouble(ProtocolEpoch::mintedTokens).sum(), (double) f.get("tokens_minted"),
                1e-9);
        assertEquals(epochs.stream().mapToDouble(ProtocolEpoch::rewardGiniTrue).filter(Double::isFinite).average()
                .orElseThrow(), (double) f.get("reward_gini_true_mean"), 1e-12);
        assertEquals(last.operatorsActive(), f.get("operators_active_end"));
        assertEquals(epochs.stream().mapToInt(ProtocolEpoch::exits).sum(), f.get("operator_exits"));
        // no allocations: the operator classes share all the value, which is fees kept plus rewards at 1 USD
        double kept = run.protocol().operators().stream().mapToDouble(o -> o.feeRevenueUsd() + o.rewardTokens()).sum();
        assertEquals(kept, (double) f.get("value_distributed_usd"), 1e-9 * kept);
        assertEquals(1.0, ((Map<?, ?>) f.get("value_capture")).values().stream()
                .mapToDouble(v -> (Double) v).sum(), 1e-12);
        assertEquals(last.tokenWealth().giniAllHolders(), (double) f.get("token_wealth_gini_all_holders"), 0);

        // the figures added with the economy, each from the records it sums or reads
        assertEquals(r.epochs().get(r.epochs().size() - 1).gpusInService(), f.get("gpus_in_service_end"));
        List<EpochStats> settled = r.epochs().subList(steady.warmupEpochs(), r.epochs().size());
        assertEquals(settled.stream().mapToDouble(EpochStats::busyGpuSeconds).sum()
                / settled.stream().mapToDouble(EpochStats::onlineGpuSeconds).sum(),
                (double) f.get("gpu_utilization_steady"), 1e-12);
        assertEquals(epochs.stream().mapToInt(e -> e.entryExit().entrantsDeclined()).sum(), f.get("entrants_declined"));
        assertEquals(epochs.stream().mapToInt(e -> e.entryExit().expansions()).sum(), f.get("expansions"));
        List<OperatorLedger> took = run.protocol().operators().stream().filter(o -> o.epochsActive() > 0).toList();
        long inLoss = took.stream().filter(o -> o.profitUsd() < 0).count();
        assertEquals((double) inLoss / took.size(), (double) f.get("operators_in_loss_share_end"), 1e-12);
        assertEquals(SignedGini.of(took.stream().mapToDouble(OperatorLedger::profitUsd).toArray()),
                (double) f.get("profit_gini_true_end"), 1e-12);
        assertEquals(last.tokenWealth().top10ShareAllHolders(), (double) f.get("token_wealth_top_10_share"), 0);
    }

    @Test
    void everyDeclaredNameIsUniqueWithinItsFile() {
        assertUnique(Columns.RUN.stream().map(Column::name).toList(),
                Columns.RUN_PROTOCOL.stream().map(Column::name).toList(), List.of("latency_by_class"));
        assertUnique(Columns.epochsDocumented().stream().map(Column::name).toList());
        assertUnique(Columns.PROTOCOL_EPOCHS.stream().map(Column::name).toList());
        assertUnique(Columns.OPERATORS.stream().map(Column::name).toList());
        assertUnique(Columns.LATENCY.stream().map(Column::name).toList());
    }

    @SafeVarargs
    private static void assertUnique(List<String>... names) {
        List<String> all = java.util.Arrays.stream(names).flatMap(List::stream).toList();
        Map<String, Long> counts = all.stream().collect(Collectors.groupingBy(Function.identity(),
                Collectors.counting()));
        counts.forEach((name, count) -> assertEquals(1, count, name + " is declared " + count + " times"));
    }

    @Test
    void mintAndBurnFiguresAreTheRunsRecords() {
        GpuProfiles profiles = GpuProfiles.builtIn();
        Scenario scenario = new ScenarioLoader(profiles.catalog())
                .load(Path.of("src/test/resources/scenarios/minimal-mint-and-burn.yaml"));
        EconomyRun run = EconomyRun.run(scenario.model(), scenario.protocol(), 7, profiles);
        RunFigures figures = new RunFigures(scenario, 7, run);
        Map<String, Object> f = figures.columns().stream()
                .collect(Collectors.toMap(Column::name, c -> c.of(figures), (a, b) -> a, java.util.LinkedHashMap::new));

        // half of every fee (no take) bought tokens that were burned
        assertEquals(0.5 * (double) f.get("fee_revenue_usd"), (double) f.get("fees_burned_usd"), 1e-9);
        assertEquals(Double.NaN, (double) f.get("staking_income_usd"));
        // capacity far below a flat baseline counts whole: θ = GPU-seconds online / 3 600 / 1 000
        double online = run.network().epochs().stream().mapToDouble(EpochStats::onlineGpuSeconds).sum();
        assertEquals(online / 3_600 / 1_000, (double) f.get("network_time_end_epochs"), 1e-9);
        // 12 epochs: the last quarter is the last 3
        List<ProtocolEpoch> last = run.protocol().epochs().subList(9, 12);
        assertEquals(last.stream().mapToDouble(ProtocolEpoch::burnedTokens).sum()
                        / last.stream().mapToDouble(ProtocolEpoch::mintedTokens).sum(),
                (double) f.get("burned_over_minted_last_quarter"), 1e-12);
    }
}
