package org.depinlab.simulator.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.depinlab.simulator.model.EpochStats;
import org.depinlab.simulator.model.LatencySummary;
import org.depinlab.simulator.model.OperatorSummary;
import org.depinlab.simulator.protocol.OperatorLedger;
import org.depinlab.simulator.protocol.EntryExit;
import org.depinlab.simulator.protocol.ProtocolEpoch;

/**
 * The one place the figures and columns of a run's outputs are declared, in output order: the key
 * figures of {@code run.json}, and the columns of {@code data/epochs.csv},
 * {@code data/protocol_epochs.csv}, {@code data/operators.csv} and {@code data/latency.csv}. The
 * writers, {@code report.html}'s key figures, sweeps' figures and the tables of docs/outputs.md
 * ({@link OutputsDoc}) are made from these lists; adding a figure is adding a line here.
 */
public final class Columns {

    /** The key figures of every run, before {@code latency_by_class}. */
    public static final List<Column<RunFigures>> RUN = List.of(
            new Column<>("scenario", "", "the scenario's name", f -> f.scenario().name()),
            new Column<>("seed", "", "the master seed", RunFigures::seed),
            new Column<>("duration_days", "days", "simulated time", RunFigures::durationDays),
            new Column<>("nodes", "nodes", "nodes in the network", f -> f.network().nodes()),
            new Column<>("gpus", "GPUs", "GPUs in the network", f -> f.network().gpus()),
            new Column<>("gpu_models", "", "catalogue ids of the network's GPU models", f -> f.network().models()),
            new Column<>("gpu_profile_labels", "", "per GPU model, its profile's label (measured, derived, spec)",
                    f -> f.network().profileLabels()),
            new Column<>("jobs_arrived", "jobs", "jobs that arrived", f -> f.network().arrived()),
            new Column<>("jobs_completed", "jobs", "jobs that completed", f -> f.network().completed()),
            new Column<>("jobs_dropped", "jobs", "jobs dropped on arrival (no eligible node, queue full)",
                    f -> f.network().dropped()),
            new Column<>("jobs_reneged", "jobs", "jobs that gave up waiting", f -> f.network().reneged()),
            new Column<>("jobs_lost", "jobs", "jobs lost to failures", f -> f.network().lost()),
            new Column<>("job_runs_interrupted", "runs", "job runs interrupted by failures (retried or lost)",
                    f -> f.network().interrupted()),
            new Column<>("completion_ratio", "ratio", "jobs completed / jobs arrived", RunFigures::completionRatio),
            new Column<>("jobs_per_second", "jobs/s", "completions per simulated second", RunFigures::jobsPerSecond),
            new Column<>("delivered_pflop_per_second", "PFLOP/s", "FLOP of completed jobs per second",
                    RunFigures::deliveredPflopPerSecond),
            new Column<>("gpu_utilization", "ratio", "GPU-seconds delivered / GPU-seconds owned",
                    RunFigures::gpuUtilization),
            new Column<>("energy_kwh", "kWh", "energy drawn by online nodes, busy and idle", RunFigures::energyKwh),
            new Column<>("energy_kwh_per_completed_job", "kWh/job", "energy per completed job",
                    RunFigures::energyKwhPerCompletedJob),
            new Column<>("energy_kwh_per_pflop", "kWh/PFLOP", "energy per PFLOP delivered",
                    RunFigures::energyKwhPerPflop),
            new Column<>("fee_revenue_usd", "USD", "fees paid to the operators for completed jobs",
                    RunFigures::feeRevenueUsd));

    /** The key figures of a run with a token economy, after {@code latency_by_class}. */
    public static final List<Column<RunFigures>> RUN_PROTOCOL = List.of(
            new Column<>("token_supply_end", "tokens", "supply after the last epoch",
                    f -> f.lastEpoch().supplyTokens()),
            new Column<>("token_price_end_usd", "USD", "token price at the end", f -> f.lastEpoch().priceUsd()),
            new Column<>("tokens_minted", "tokens", "minted over the run (emission)", RunFigures::tokensMinted),
            new Column<>("tokens_burned", "tokens", "burned over the run (BME and slashing)",
                    RunFigures::tokensBurned),
            new Column<>("reward_gini_apparent_mean", "Gini", "mean over epochs of the reward Gini per identity",
                    RunFigures::rewardGiniApparentMean),
            new Column<>("reward_gini_true_mean", "Gini", "mean over epochs of the reward Gini per operator",
                    RunFigures::rewardGiniTrueMean),
            new Column<>("reward_nakamoto_true_end", "operators",
                    "fewest operators holding a majority of the last epoch's rewards",
                    f -> f.lastEpoch().rewardNakamotoTrue()),
            new Column<>("profit_gini_true_end", "Gini", "Gini of the last epoch's fiat profit per operator",
                    f -> f.lastEpoch().profitGiniTrue()),
            new Column<>("capacity_gini_true_end", "Gini", "Gini of GPUs in service per operator at the end",
                    f -> f.lastEpoch().capacityGiniTrue()),
            new Column<>("capacity_nakamoto_true_end", "operators",
                    "fewest operators holding a majority of the GPUs in service at the end",
                    f -> f.lastEpoch().capacityNakamotoTrue()),
            new Column<>("operators_active_end", "operators", "operators with capacity in service at the end",
                    f -> f.lastEpoch().operatorsActive()),
            new Column<>("identities_end", "identities", "identities holding that capacity",
                    f -> f.lastEpoch().identities()),
            new Column<>("operator_entries", "operators", "operators that entered over the run",
                    RunFigures::operatorEntries),
            new Column<>("operator_exits", "operators", "operators that exited over the run",
                    RunFigures::operatorExits),
            new Column<>("operators_losing_money_end", "operators",
                    "active operators with negative fiat profit in the last epoch",
                    f -> f.lastEpoch().operatorsLosingMoney()),
            new Column<>("entrants_declined", "operators",
                    "potential entrants over the run whose expected return did not clear their hurdle",
                    f -> sum(f, EntryExit::entrantsDeclined)),
            new Column<>("entries_refused_pool_full", "operators",
                    "potential entrants over the run that cleared their hurdle but found the entrant pool full",
                    f -> sum(f, EntryExit::entriesRefusedPoolFull)),
            new Column<>("expansions", "nodes", "headroom nodes incumbents bought over the run",
                    f -> sum(f, EntryExit::expansions)));

    /** {@code data/latency.csv}: one row per job class. */
    public static final List<Column<LatencySummary>> LATENCY = List.of(
            new Column<>("class", "", "the job class", LatencySummary::jobClass),
            new Column<>("completed", "jobs", "completed jobs of the class", LatencySummary::completed),
            new Column<>("wait_mean_seconds", "s", "mean wait in queue", LatencySummary::waitMean),
            new Column<>("wait_p50_seconds", "s", "median wait in queue", LatencySummary::waitP50),
            new Column<>("wait_p90_seconds", "s", "90th percentile wait in queue", LatencySummary::waitP90),
            new Column<>("wait_p99_seconds", "s", "99th percentile wait in queue", LatencySummary::waitP99),
            new Column<>("response_mean_seconds", "s", "mean arrival-to-completion time",
                    LatencySummary::responseMean),
            new Column<>("response_p50_seconds", "s", "median arrival-to-completion time",
                    LatencySummary::responseP50),
            new Column<>("response_p99_seconds", "s", "99th percentile arrival-to-completion time",
                    LatencySummary::responseP99),
            new Column<>("slowdown_mean", "ratio", "mean response / service time", LatencySummary::slowdownMean),
            new Column<>("slowdown_p99", "ratio", "99th percentile response / service time",
                    LatencySummary::slowdownP99));

    /** {@code run.json}'s {@code latency_by_class}: per job class, these columns of {@link #LATENCY}. */
    public static final List<Column<LatencySummary>> LATENCY_IN_RUN = LATENCY.stream()
            .filter(c -> Set.of("completed", "wait_mean_seconds", "wait_p50_seconds", "wait_p90_seconds",
                    "wait_p99_seconds", "response_p99_seconds", "slowdown_mean").contains(c.name()))
            .toList();

    /** {@code data/epochs.csv}: one row per epoch; counts are the epoch's, states at its end. */
    public static final List<Column<EpochStats>> EPOCHS = List.of(
            new Column<>("epoch", "", "index from 0", EpochStats::epoch),
            new Column<>("end_seconds", "s", "end of the epoch, simulated time", EpochStats::endSeconds),
            new Column<>("arrived", "jobs", "jobs that arrived", EpochStats::arrived),
            new Column<>("completed", "jobs", "jobs that completed", EpochStats::completed),
            new Column<>("dropped", "jobs", "jobs dropped on arrival (no eligible node, queue full)",
                    EpochStats::dropped),
            new Column<>("reneged", "jobs", "jobs that gave up waiting", EpochStats::reneged),
            new Column<>("lost", "jobs", "jobs lost to failures", EpochStats::lost),
            new Column<>("interrupted", "runs", "job runs interrupted by failures (retried or lost)",
                    EpochStats::interrupted),
            new Column<>("in_system", "jobs", "jobs queued or running at the end", EpochStats::inSystem),
            new Column<>("queued", "jobs", "jobs queued at the end", EpochStats::queued),
            new Column<>("jobs_per_second", "jobs/s", "completions per second", EpochStats::jobsPerSecond),
            new Column<>("delivered_flop_per_second", "FLOP/s", "FLOP of completed jobs per second",
                    EpochStats::deliveredFlopPerSecond),
            new Column<>("gpu_seconds_delivered", "GPU-s", "GPU-seconds of completed runs",
                    EpochStats::gpuSecondsDelivered),
            new Column<>("fee_revenue_usd", "USD", "fees paid to nodes for completed jobs", EpochStats::feeRevenueUsd),
            new Column<>("online_gpus", "GPUs", "GPUs online at the end", EpochStats::onlineGpus));

    /** {@code data/epochs.csv}, after {@link #EPOCHS}: one column per GPU model of the run. */
    public static final ColumnFamily<EpochStats> EPOCH_UTILIZATION = new ColumnFamily<>("utilization_", "model",
            "ratio", "busy GPU time / online GPU time of the model (catalogue id)", EpochStats::utilization);

    /** {@code data/epochs.csv}, after {@link #EPOCH_UTILIZATION}: one column per region of the run. */
    public static final ColumnFamily<EpochStats> EPOCH_ENERGY = new ColumnFamily<>("energy_joules_", "region", "J",
            "energy drawn by the region's online nodes, busy and idle", EpochStats::energyJoules);

    /** {@code data/protocol_epochs.csv}: one row per epoch of the token economy. */
    public static final List<Column<ProtocolEpoch>> PROTOCOL_EPOCHS = List.of(
            new Column<>("epoch", "", "index from 0", ProtocolEpoch::epoch),
            new Column<>("supply_tokens", "tokens", "supply after the epoch", ProtocolEpoch::supplyTokens),
            new Column<>("minted_tokens", "tokens", "minted in the epoch (emission)", ProtocolEpoch::mintedTokens),
            new Column<>("burned_tokens", "tokens", "burned in the epoch (BME and slashing)",
                    ProtocolEpoch::burnedTokens),
            new Column<>("inflation", "ratio", "minted / supply at the start of the epoch", ProtocolEpoch::inflation),
            new Column<>("price_usd", "USD", "token price at the end of the epoch", ProtocolEpoch::priceUsd),
            new Column<>("treasury_tokens", "tokens", "treasury balance", ProtocolEpoch::treasuryTokens),
            new Column<>("rewards_tokens", "tokens", "rewards paid to identities", ProtocolEpoch::rewardsTokens),
            new Column<>("operators_active", "operators", "operators with capacity in service",
                    ProtocolEpoch::operatorsActive),
            new Column<>("identities", "identities", "identities holding that capacity", ProtocolEpoch::identities),
            new Column<>("entries", "operators", "operators that entered", ProtocolEpoch::entries),
            new Column<>("exits", "operators", "operators that exited", ProtocolEpoch::exits),
            new Column<>("operators_losing_money", "operators",
                    "active operators with negative fiat profit in the epoch", ProtocolEpoch::operatorsLosingMoney),
            new Column<>("slashed_tokens", "tokens", "stake slashed", ProtocolEpoch::slashedTokens),
            new Column<>("reward_gini_apparent", "Gini", "Gini of rewards per identity",
                    ProtocolEpoch::rewardGiniApparent),
            new Column<>("reward_gini_true", "Gini", "Gini of rewards per operator", ProtocolEpoch::rewardGiniTrue),
            new Column<>("reward_nakamoto_apparent", "identities", "Nakamoto coefficient of rewards per identity",
                    ProtocolEpoch::rewardNakamotoApparent),
            new Column<>("reward_nakamoto_true", "operators", "Nakamoto coefficient of rewards per operator",
                    ProtocolEpoch::rewardNakamotoTrue),
            new Column<>("reward_hhi_apparent", "HHI", "HHI of rewards per identity",
                    ProtocolEpoch::rewardHhiApparent),
            new Column<>("reward_hhi_true", "HHI", "HHI of rewards per operator", ProtocolEpoch::rewardHhiTrue),
            new Column<>("profit_gini_apparent", "Gini", "Gini of fiat profit (floored at 0) per identity",
                    ProtocolEpoch::profitGiniApparent),
            new Column<>("profit_gini_true", "Gini", "Gini of fiat profit (floored at 0) per operator",
                    ProtocolEpoch::profitGiniTrue),
            new Column<>("profit_nakamoto_true", "operators", "Nakamoto coefficient of fiat profit per operator",
                    ProtocolEpoch::profitNakamotoTrue),
            new Column<>("profit_hhi_true", "HHI", "HHI of fiat profit per operator", ProtocolEpoch::profitHhiTrue),
            new Column<>("capacity_gini_apparent", "Gini", "Gini of GPUs in service per identity",
                    ProtocolEpoch::capacityGiniApparent),
            new Column<>("capacity_gini_true", "Gini", "Gini of GPUs in service per operator",
                    ProtocolEpoch::capacityGiniTrue),
            new Column<>("capacity_nakamoto_true", "operators",
                    "Nakamoto coefficient of GPUs in service per operator", ProtocolEpoch::capacityNakamotoTrue),
            new Column<>("capacity_hhi_true", "HHI", "HHI of GPUs in service per operator",
                    ProtocolEpoch::capacityHhiTrue),
            new Column<>("entrants_declined", "operators",
                    "potential entrants whose expected return did not clear their hurdle",
                    e -> e.entryExit().entrantsDeclined()),
            new Column<>("entries_refused_pool_full", "operators",
                    "potential entrants that cleared their hurdle but found the entrant pool full",
                    e -> e.entryExit().entriesRefusedPoolFull()),
            new Column<>("expansions", "nodes", "headroom nodes incumbents bought and put in service",
                    e -> e.entryExit().expansions()));

    /** {@code data/protocol_epochs.csv}, after {@link #PROTOCOL_EPOCHS}: one column per operator class. */
    public static final ColumnFamily<ProtocolEpoch> OPERATORS_IN_SERVICE = new ColumnFamily<>("operators_in_service_",
            "class", "operators", "operators of the class with capacity in service at the epoch's end",
            e -> e.entryExit().operatorsInServiceByClass());

    /** {@code data/protocol_epochs.csv}, after {@link #OPERATORS_IN_SERVICE}: one column per operator class. */
    public static final ColumnFamily<ProtocolEpoch> GPUS_IN_SERVICE = new ColumnFamily<>("gpus_in_service_", "class",
            "GPUs", "GPUs of the class in service at the epoch's end", e -> e.entryExit().gpusInServiceByClass());

    /** {@code data/operators.csv}: one row per operator; the ledger's columns are empty without a protocol. */
    public static final List<Column<OperatorRow>> OPERATORS = List.of(
            new Column<>("operator", "", "the operator's name", r -> r.service().name()),
            new Column<>("class", "", "its operator class", r -> r.service().operatorClass()),
            new Column<>("nodes", "nodes", "nodes owned", r -> r.service().nodes()),
            new Column<>("gpus", "GPUs", "GPUs owned", r -> r.service().gpus()),
            new Column<>("hardware_cost_usd", "USD", "price of its hardware", r -> r.service().hardwareCostUsd()),
            new Column<>("busy_gpu_seconds", "GPU-s", "GPU-seconds of completed and interrupted runs",
                    r -> r.service().busyGpuSeconds()),
            new Column<>("down_seconds", "node-s", "time its nodes were down (failed or operator offline)",
                    r -> r.service().downSeconds()),
            new Column<>("fee_revenue_usd", "USD", "job fees earned, before the protocol's take",
                    r -> r.service().feeRevenueUsd()),
            new Column<>("identities", "identities", "identities at the end (1 without a protocol)",
                    ledger(OperatorLedger::identities, 1)),
            new Column<>("reward_tokens", "tokens", "tokens received as rewards",
                    ledger(OperatorLedger::rewardTokens, Double.NaN)),
            new Column<>("reward_value_usd", "USD", "rewards valued at the price of the epoch they were paid in",
                    ledger(OperatorLedger::rewardValueUsd, Double.NaN)),
            new Column<>("fees_after_take_usd", "USD", "job fees after the protocol's take",
                    ledger(OperatorLedger::feeRevenueUsd, Double.NaN)),
            new Column<>("electricity_usd", "USD", "energy cost", ledger(OperatorLedger::electricityUsd, Double.NaN)),
            new Column<>("amortization_usd", "USD", "hardware write-off of the capacity it had in service",
                    ledger(OperatorLedger::amortizationUsd, Double.NaN)),
            new Column<>("identity_cost_usd", "USD", "cost of identities beyond the first",
                    ledger(OperatorLedger::identityCostUsd, Double.NaN)),
            new Column<>("profit_usd", "USD", "reward value + fees - electricity - write-off - identity cost",
                    ledger(OperatorLedger::profitUsd, Double.NaN)),
            new Column<>("slashed_tokens", "tokens", "stake lost to slashing",
                    ledger(OperatorLedger::slashedTokens, Double.NaN)),
            new Column<>("active_at_end", "", "true when it had capacity in service at the end (true without a"
                    + " protocol)", ledger(OperatorLedger::activeAtEnd, true)));

    /**
     * One line of {@code data/operators.csv}: an operator's service on the network and its token
     * ledger.
     *
     * @param service what it did on the network
     * @param ledger  its token and fiat accounts, or null for a run without a protocol
     */
    public record OperatorRow(OperatorSummary service, OperatorLedger ledger) {
    }

    private Columns() {
    }

    /** {@code data/epochs.csv}'s columns for a run of {@code models} in {@code regions}. */
    public static List<Column<EpochStats>> epochs(List<String> models, List<String> regions) {
        List<Column<EpochStats>> columns = new ArrayList<>(EPOCHS);
        columns.addAll(EPOCH_UTILIZATION.expand(models));
        columns.addAll(EPOCH_ENERGY.expand(regions));
        return columns;
    }

    /** {@code data/epochs.csv}'s columns as documented, one per family. */
    public static List<Column<EpochStats>> epochsDocumented() {
        List<Column<EpochStats>> columns = new ArrayList<>(EPOCHS);
        columns.add(EPOCH_UTILIZATION.documented());
        columns.add(EPOCH_ENERGY.documented());
        return columns;
    }

    /** {@code data/protocol_epochs.csv}'s columns for a run of operator classes {@code classes}. */
    public static List<Column<ProtocolEpoch>> protocolEpochs(List<String> classes) {
        List<Column<ProtocolEpoch>> columns = new ArrayList<>(PROTOCOL_EPOCHS);
        columns.addAll(OPERATORS_IN_SERVICE.expand(classes));
        columns.addAll(GPUS_IN_SERVICE.expand(classes));
        return columns;
    }

    /** {@code data/protocol_epochs.csv}'s columns as documented, one per family. */
    public static List<Column<ProtocolEpoch>> protocolEpochsDocumented() {
        List<Column<ProtocolEpoch>> columns = new ArrayList<>(PROTOCOL_EPOCHS);
        columns.add(OPERATORS_IN_SERVICE.documented());
        columns.add(GPUS_IN_SERVICE.documented());
        return columns;
    }

    private static int sum(RunFigures figures, java.util.function.ToIntFunction<EntryExit> count) {
        return figures.protocolEpochs().stream().mapToInt(e -> count.applyAsInt(e.entryExit())).sum();
    }

    private static Function<OperatorRow, Object> ledger(Function<OperatorLedger, Object> value, Object without) {
        return r -> r.ledger() == null ? without : value.apply(r.ledger());
    }
}
