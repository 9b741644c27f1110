package org.depinlab.simulator.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.depinlab.simulator.adversary.AdversaryEpoch;
import org.depinlab.simulator.model.EnergyGroup;
import org.depinlab.simulator.model.EpochStats;
import org.depinlab.simulator.model.LatencySummary;
import org.depinlab.simulator.model.OperatorSummary;
import org.depinlab.simulator.protocol.HolderEpoch;
import org.depinlab.simulator.protocol.HolderLedger;
import org.depinlab.simulator.protocol.OperatorLedger;
import org.depinlab.simulator.protocol.OutsideFlowEpoch;
import org.depinlab.simulator.protocol.ProtocolEpoch;
import org.depinlab.simulator.protocol.SpoofingEpoch;
import org.depinlab.simulator.workload.DemandEpoch;
import org.depinlab.simulator.protocol.ValueCaptureSeries.ValueCaptureEpoch;

/**
 * The one place the figures and columns of a run's outputs are declared, in output order: the key
 * figures of {@code run.json}, and the columns of {@code data/epochs.csv},
 * {@code data/protocol_epochs.csv}, {@code data/operators.csv}, {@code data/holders.csv},
 * {@code data/value_capture.csv}, {@code data/latency.csv} and {@code data/energy.csv}. The
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
            new Column<>("gpu_utilization", "ratio", "busy GPU-seconds (every run a job occupied, interrupted ones"
                    + " included) / GPU-seconds online (in service, not failed, operator online), exact time integrals",
                    RunFigures::gpuUtilization),
            new Column<>("gpu_utilization_owned", "ratio", "busy GPU-seconds / GPU-seconds of every GPU in service (not"
                    + " held back), online or down", f -> f.network().gpuUtilizationOwned()),
            new Column<>("gpus_in_service_end", "GPUs", "GPUs in service (not held back) at the end",
                    f -> f.network().gpusInServiceEnd()),
            new Column<>("warmup_epochs", "epochs", "epochs the steady-state figures leave out: those that start"
                    + " before warmup_days when the scenario sets it, otherwise MSER-5's truncation (White 1997: of the"
                    + " epochs' completions per second in batches of 5 epochs, the cut within the first half that"
                    + " minimises the squared standard error of the mean of what is kept)",
                    f -> f.steady().warmupEpochs()),
            new Column<>("warmup_rule", "", "how warmup_epochs was chosen: mser-5 or warmup_days",
                    f -> f.steady().warmupRule()),
            new Column<>("jobs_per_second_steady", "jobs/s", "completions per second after the warm-up",
                    f -> f.steady().jobsPerSecond()),
            new Column<>("delivered_pflop_per_second_steady", "PFLOP/s",
                    "FLOP of completed jobs per second after the warm-up", f -> f.steady().deliveredPflopPerSecond()),
            new Column<>("gpu_utilization_steady", "ratio", "gpu_utilization over the epochs after the warm-up",
                    f -> f.steady().gpuUtilization()),
            new Column<>("wait_mean_seconds", "s", "mean wait in queue of every completed job, all classes together"
                    + " (the classes' HdrHistograms merged, 3 significant digits)", f -> f.network().allJobsWait().mean()),
            new Column<>("wait_p50_seconds", "s", "median wait in queue of every completed job, all classes together",
                    f -> f.network().allJobsWait().p50()),
            new Column<>("wait_p95_seconds", "s", "95th percentile wait in queue of every completed job, all classes"
                    + " together", f -> f.network().allJobsWait().p95()),
            new Column<>("wait_p99_seconds", "s", "99th percentile wait in queue of every completed job, all classes"
                    + " together", f -> f.network().allJobsWait().p99()),
            new Column<>("energy_kwh", "kWh", "energy drawn by online nodes, busy and idle", RunFigures::energyKwh),
            new Column<>("energy_kwh_per_completed_job", "kWh/job", "energy per completed job",
                    RunFigures::energyKwhPerCompletedJob),
            new Column<>("energy_kwh_per_pflop", "kWh/PFLOP", "energy per PFLOP delivered",
                    RunFigures::energyKwhPerPflop),
            new Column<>("energy_kwh_facility", "kWh", "facility energy: energy_kwh x the pue of each node's operator"
                    + " class; the sum of energy_kwh_busy, energy_kwh_idle and energy_kwh_wasted", f -> f.energy().kwh()),
            new Column<>("energy_kwh_busy", "kWh", "facility energy of GPUs running jobs that completed (or were still"
                    + " running at the end)", f -> f.energy().busyKwh()),
            new Column<>("energy_kwh_idle", "kWh", "facility energy of online GPUs running nothing",
                    f -> f.energy().idleKwh()),
            new Column<>("energy_kwh_wasted", "kWh", "facility energy of runs whose work was thrown away (interrupted)",
                    f -> f.energy().wastedKwh()),
            new Column<>("energy_idle_share", "ratio", "energy_kwh_idle / energy_kwh_facility",
                    f -> f.energy().idleShare()),
            new Column<>("energy_wasted_share", "ratio", "energy_kwh_wasted / energy_kwh_facility",
                    f -> f.energy().wastedShare()),
            new Column<>("energy_kwh_facility_per_pflop", "kWh/PFLOP", "facility energy per PFLOP delivered",
                    f -> f.energy().kwhPerPflop()),
            new Column<>("co2e_kg", "kgCO2e", "emissions: facility energy x the grid carbon intensity of its region",
                    f -> f.energy().co2eKg()),
            new Column<>("co2e_kg_per_pflop", "kgCO2e/PFLOP", "emissions per PFLOP delivered",
                    f -> f.energy().co2eKgPerPflop()),
            new Column<>("co2e_kg_per_completed_job", "kgCO2e/job", "emissions per completed job",
                    f -> f.energy().co2eKgPerCompletedJob()),
            new Column<>("fee_revenue_usd", "USD", "fees paid to the operators for completed jobs",
                    RunFigures::feeRevenueUsd));

    /** The columns of {@code data/energy.csv}: one row per GPU model and region that drew energy. */
    public static final List<Column<EnergyGroup>> ENERGY = List.of(
            new Column<>("gpu_model", "", "catalogue id of the GPU model", EnergyGroup::model),
            new Column<>("region", "", "region name", EnergyGroup::region),
            new Column<>("carbon_g_per_kwh", "gCO2e/kWh", "the region's grid carbon intensity (network.carbon_g_per_kwh,"
                    + " else the shipped table, else the world average)", EnergyGroup::carbonGPerKwh),
            new Column<>("completed_jobs", "jobs", "jobs completed", EnergyGroup::completedJobs),
            new Column<>("pflop", "PFLOP", "FLOP of the jobs completed", g -> g.flop() / 1e15),
            new Column<>("energy_kwh", "kWh", "facility energy (IT energy x pue): busy + idle + wasted",
                    g -> g.joules() / 3.6e6),
            new Column<>("energy_kwh_busy", "kWh", "facility energy of GPUs running jobs that completed (or were still"
                    + " running at the end)", g -> g.busyJoules() / 3.6e6),
            new Column<>("energy_kwh_idle", "kWh", "facility energy of online GPUs running nothing",
                    g -> g.idleJoules() / 3.6e6),
            new Column<>("energy_kwh_wasted", "kWh", "facility energy of runs whose work was thrown away (interrupted)",
                    g -> g.wastedJoules() / 3.6e6),
            new Column<>("co2e_kg", "kgCO2e", "emissions: energy_kwh x carbon_g_per_kwh / 1000", EnergyGroup::co2eKg),
            new Column<>("kwh_per_pflop", "kWh/PFLOP", "facility energy per PFLOP delivered (empty with none)",
                    EnergyFigures::kwhPerPflop),
            new Column<>("co2e_kg_per_pflop", "kgCO2e/PFLOP", "emissions per PFLOP delivered (empty with none)",
                    EnergyFigures::co2eKgPerPflop),
            new Column<>("kwh_per_completed_job", "kWh/job", "facility energy per completed job (empty with none)",
                    g -> g.completedJobs() > 0 ? g.joules() / 3.6e6 / g.completedJobs() : Double.NaN),
            new Column<>("co2e_kg_per_completed_job", "kgCO2e/job", "emissions per completed job (empty with none)",
                    g -> g.completedJobs() > 0 ? g.co2eKg() / g.completedJobs() : Double.NaN),
            new Column<>("wasted_share", "ratio", "energy_kwh_wasted / energy_kwh (0 with none drawn)",
                    g -> g.joules() > 0 ? g.wastedJoules() / g.joules() : 0.0));

    /**
     * {@code run.json}'s {@code energy_by_model_region}: per GPU model, per region, these columns of
     * {@link #ENERGY}, the same figures as that row of {@code data/energy.csv}.
     */
    public static final List<Column<EnergyGroup>> ENERGY_IN_RUN = ENERGY.stream()
            .filter(c -> Set.of("kwh_per_pflop", "co2e_kg_per_pflop", "kwh_per_completed_job",
                    "co2e_kg_per_completed_job", "wasted_share").contains(c.name()))
            .toList();

    /** The key figures of a run with a token economy, after {@code latency_by_class}. */
    public static final List<Column<RunFigures>> RUN_PROTOCOL = List.of(
            new Column<>("token_supply_end", "tokens", "supply after the last epoch",
                    f -> f.lastEpoch().supplyTokens()),
            new Column<>("token_price_end_usd", "USD", "token price at the end", f -> f.lastEpoch().priceUsd()),
            new Column<>("tokens_minted", "tokens", "minted over the run (emission)", RunFigures::tokensMinted),
            new Column<>("tokens_burned", "tokens", "burned over the run (BME and slashing)",
                    RunFigures::tokensBurned),
            new Column<>("emission_inflation_annual", "ratio/year", "tokens minted over the run / supply at its start,"
                    + " as a yearly rate: (1 + minted / supply at the start)^(365 / duration_days) - 1",
                    f -> f.supply().emissionInflationAnnual()),
            new Column<>("net_inflation_annual", "ratio/year", "growth of the supply over the run net of burns, as a"
                    + " yearly rate: (token_supply_end / supply at the start)^(365 / duration_days) - 1",
                    f -> f.supply().netInflationAnnual()),
            new Column<>("reward_gini_apparent_mean", "Gini", "mean over epochs of the reward Gini per identity",
                    RunFigures::rewardGiniApparentMean),
            new Column<>("reward_gini_true_mean", "Gini", "mean over epochs of the reward Gini per operator",
                    RunFigures::rewardGiniTrueMean),
            new Column<>("reward_nakamoto_true_end", "operators",
                    "fewest operators holding a majority of the last epoch's rewards",
                    f -> f.lastEpoch().rewardNakamotoTrue()),
            new Column<>("profit_gini_true_end", "Gini", "Gini of cumulative fiat profit (profit_usd of"
                    + " data/operators.csv) over the operators that took part, losses as negative values (mean absolute"
                    + " difference / twice the mean absolute profit)", f -> f.profitSpread().gini()),
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
            new Column<>("operators_in_loss_share_end", "ratio",
                    "share of the operators that took part whose cumulative fiat profit is negative",
                    f -> f.profitSpread().inLossShare()),
            new Column<>("profit_by_class", "", "per operator class: operators that took part, in_loss_share and"
                    + " in_profit_share (ratios of them with cumulative fiat profit < 0 and > 0)",
                    RunFigures::profitByClass),
            new Column<>("value_capture", "share", "per stakeholder group (each allocation holder, then each"
                    + " operator class), its share of the value distributed over the run: fees kept by operators"
                    + " plus tokens received (rewards, vested allocations) at the price of the epoch received;"
                    + " the shares sum to 1", f -> f.run().protocol().valueCapture().shares()),
            new Column<>("value_distributed_usd", "USD", "the value those shares divide: fees kept by operators plus"
                    + " tokens received at the price of the epoch received", RunFigures::valueDistributedUsd),
            new Column<>("insiders_value_share", "share", "the allocation holders' (team, investors, every holder of"
                    + " protocol.allocations) share of the value distributed: the sum of their value_capture shares (0"
                    + " without allocations)", RunFigures::insidersValueShare),
            new Column<>("token_wealth_gini_all_holders", "Gini", "Gini of token wealth at the end over every"
                    + " holder with tokens: operators (liquid + bonded stake) and allocation holders (held);"
                    + " treasury and AMM pool left out", f -> f.lastEpoch().tokenWealth().giniAllHolders()),
            new Column<>("token_wealth_top_10_share", "share", "share of that wealth held by the largest 10 holders",
                    f -> f.lastEpoch().tokenWealth().top10ShareAllHolders()),
            new Column<>("token_wealth_nakamoto_all_holders", "holders",
                    "fewest holders with a majority of that wealth", f -> f.lastEpoch().tokenWealth().nakamotoAllHolders()),
            new Column<>("token_wealth_gini_operators", "Gini", "Gini of token wealth at the end over the operators"
                    + " with tokens alone", f -> f.lastEpoch().tokenWealth().giniOperators()),
            new Column<>("entrants_declined", "operators",
                    "potential entrants over the run whose expected return did not clear their hurdle",
                    f -> f.sumOverEpochs(e -> e.entryExit().entrantsDeclined())),
            new Column<>("entries_refused_pool_full", "operators",
                    "potential entrants over the run that cleared their hurdle but found the entrant pool full",
                    f -> f.sumOverEpochs(e -> e.entryExit().entriesRefusedPoolFull())),
            new Column<>("expansions", "nodes", "headroom nodes incumbents bought over the run",
                    f -> f.sumOverEpochs(e -> e.entryExit().expansions())));

    /** The key figures of a run whose demand answers price and service, after the protocol's. */
    public static final List<Column<RunFigures>> RUN_DEMAND = List.of(
            new Column<>("demand_multiplier_mean", "ratio",
                    "mean over epochs of the demand multiplier (arrival rate / the arrival process's)",
                    RunFigures::demandMultiplierMean),
            new Column<>("network_price_usd_per_gpu_hour", "USD/GPU-h",
                    "fees paid / GPU-hours of completed jobs over the run", RunFigures::networkPriceUsdPerGpuHour));

    /**
     * The key figures of a run with baseline minting, a fee burn share or the take paid to stakers, after
     * the outside flows'; a figure of a mechanism that is off is null.
     */
    public static final List<Column<RunFigures>> RUN_MINT_AND_BURN = List.of(
            new Column<>("fees_burned_usd", "USD", "fees (fee_burn_share, and the take under burn_and_mint) that"
                    + " bought tokens which were burned, over the run", f -> f.mintAndBurn().feesBurnedUsd()),
            new Column<>("burned_over_minted_last_quarter", "ratio", "tokens burned / tokens minted over the last"
                    + " quarter of the epochs (1 where burn and mint are in equilibrium)",
                    RunFigures::burnedOverMintedLastQuarter),
            new Column<>("staking_income_usd", "USD", "the protocol's take paid to bonded stake over the run"
                    + " (take_to_stakers)", f -> f.mintAndBurn().stakingIncomeUsd()),
            new Column<>("network_time_end_epochs", "epochs", "baseline minting's effective network time after the"
                    + " last epoch: the epochs a network exactly at the baseline would have taken to accumulate the"
                    + " capacity counted (capacity above the baseline not counted)",
                    f -> f.mintAndBurn().networkTimeEndEpochs()));

    /** The key figures of a run with adversaries (cheaters, verification, penalties), after the mint and burn's. */
    public static final List<Column<RunFigures>> RUN_ADVERSARIES = List.of(
            new Column<>("paid_for_fake_work_share", "ratio", "fees and rewards (at the epoch's opening price) paid"
                    + " for claimed work that was not run (a faked job: all of it; a lazy one: the share not run;"
                    + " an operator's rewards in the share of its claimed GPU-seconds not run), or for claimed"
                    + " capacity or uptime that did not exist (paid_for_spoofed_capacity_usd) / all fees and rewards"
                    + " paid", f -> f.adversaries().paidForFakeWorkShare()),
            new Column<>("wrong_results", "jobs", "customers' jobs delivered with a wrong or degraded result (a"
                    + " redundant job: when most of its runs cheated)", f -> f.adversaries().model().wrongResults()),
            new Column<>("wrong_result_share", "ratio", "wrong_results / customers' jobs delivered",
                    f -> f.adversaries().model().wrongResultShare()),
            new Column<>("fraud_detection_rate", "ratio", "wrong results caught by a spot check / wrong_results",
                    f -> f.adversaries().model().detectionRate()),
            new Column<>("mean_epochs_to_detection", "epochs", "over the cheaters caught, epochs from their first"
                    + " cheated job to their first detection", f -> f.adversaries().model().meanEpochsToDetection()),
            new Column<>("verification_overhead_share", "ratio", "GPU-seconds of spot-check re-executions,"
                    + " redundant copies and referee runs / GPU-seconds claimed for the customers' jobs delivered",
                    f -> f.adversaries().model().verificationOverheadShare()),
            new Column<>("spot_checks", "jobs", "spot checks completed", f -> f.adversaries().model().checks()),
            new Column<>("redundant_jobs", "jobs", "customers' jobs run redundantly and settled by a majority vote",
                    f -> f.adversaries().model().votes()),
            new Column<>("redundant_copies", "jobs", "copies of those completed (runs beyond the first)",
                    f -> f.adversaries().model().copies()),
            new Column<>("outvoted_runs", "runs", "cheated runs of redundant jobs flagged in the vote's minority",
                    f -> f.adversaries().model().outvoted()),
            new Column<>("false_flags", "checks", "checks and votes that flagged an honest result (a false positive,"
                    + " a cheating checker without a referee, a cheating referee, or an honest minority)",
                    f -> f.adversaries().model().falseFlags()),
            new Column<>("referee_runs", "runs", "third runs, on a node distinct from both, that decided a spot"
                    + " check's mismatch (verification.referee)", f -> f.adversaries().model().refereeRuns()),
            new Column<>("referee_wrong_verdicts", "runs", "of those, run by a cheating referee (it clears the"
                    + " cheating parties and flags the honest ones)",
                    f -> f.adversaries().model().refereeWrongVerdicts()),
            new Column<>("cheating_checkers_caught", "checks", "spot checks whose cheating checker a referee flagged",
                    f -> f.adversaries().model().checkersCaught()),
            new Column<>("verification_cost_usd", "USD", "fees paid to the nodes that ran spot checks, redundant"
                    + " copies and referee runs", f -> f.adversaries().model().verificationFeesUsd()),
            new Column<>("verification_cost_customer_usd", "USD", "of those, paid by customers (checks_paid_by:"
                    + " customer)", f -> f.adversaries().model().verificationFeesCustomerUsd()),
            new Column<>("verification_cost_protocol_usd", "USD", "of those, paid from the protocol's take"
                    + " (checks_paid_by: protocol)", f -> f.adversaries().verificationCostProtocolUsd()),
            new Column<>("verification_cost_unfunded_usd", "USD", "of those, owed by the protocol beyond its take"
                    + " (checks_paid_by: protocol; the nodes are paid all the same)",
                    f -> f.adversaries().verificationCostUnfundedUsd()),
            new Column<>("fraud_slashed_tokens", "tokens", "stake slashed (burned) for fraud; never counted as a"
                    + " fault's slash", f -> f.adversaries().fraudSlashedTokens()),
            new Column<>("false_slashes", "slashes", "fraud slashes of nodes whose every flag in the epoch was of"
                    + " an honest result", f -> f.adversaries().falseSlashes()),
            new Column<>("false_slash_tokens", "tokens", "tokens of those slashes",
                    f -> f.adversaries().falseSlashTokens()),
            new Column<>("fraud_ejections", "nodes", "nodes taken out of service for fraud",
                    f -> f.adversaries().ejections()),
            new Column<>("cheater_profit_per_gpu_usd", "USD/GPU", "profit_usd of the operators drawn cheaters on jobs"
                    + " or spoofers / their GPUs (null without a protocol or a cheater)", f -> f.adversaries().cheaterProfitPerGpuUsd()),
            new Column<>("honest_profit_per_gpu_usd", "USD/GPU", "the same of the other operators",
                    f -> f.adversaries().honestProfitPerGpuUsd()));

    /** {@code data/adversaries.csv}: cheating and verification per epoch. */
    public static final List<Column<AdversaryEpoch>> ADVERSARY_EPOCHS = List.of(
            new Column<>("epoch", "", "index from 0", AdversaryEpoch::epoch),
            new Column<>("delivered", "jobs", "customers' jobs delivered", AdversaryEpoch::delivered),
            new Column<>("wrong_results", "jobs", "of those, with a wrong or degraded result (a redundant job: counted"
                    + " in the epoch its vote settled)", AdversaryEpoch::wrongResults),
            new Column<>("spot_checks", "jobs", "spot checks completed", AdversaryEpoch::checks),
            new Column<>("check_gpu_seconds", "GPU-s", "GPU-seconds of those re-executions",
                    AdversaryEpoch::checkGpuSeconds),
            new Column<>("delivered_gpu_seconds", "GPU-s", "GPU-seconds claimed for the jobs delivered",
                    AdversaryEpoch::deliveredGpuSeconds),
            new Column<>("detections", "checks", "checks that caught a wrong result", AdversaryEpoch::detections),
            new Column<>("false_flags", "checks", "checks and votes that flagged an honest result",
                    AdversaryEpoch::falseFlags),
            new Column<>("redundant_jobs", "jobs", "redundant jobs settled by a majority vote", AdversaryEpoch::votes),
            new Column<>("redundant_copies", "jobs", "copies completed (runs beyond the first)", AdversaryEpoch::copies),
            new Column<>("copy_gpu_seconds", "GPU-s", "GPU-seconds of those copies", AdversaryEpoch::copyGpuSeconds),
            new Column<>("outvoted_runs", "runs", "cheated runs flagged in a vote's minority", AdversaryEpoch::outvoted),
            new Column<>("verification_fees_usd", "USD", "fees paid for the spot checks, copies and referee runs"
                    + " completed", AdversaryEpoch::verificationFeesUsd),
            new Column<>("fees_usd", "USD", "fees customers paid for the jobs delivered", AdversaryEpoch::feesUsd),
            new Column<>("unrun_fees_usd", "USD", "of those, paid for work not run", AdversaryEpoch::unrunFeesUsd),
            new Column<>("referee_runs", "runs", "referee runs completed (deciding spot checks' mismatches)",
                    AdversaryEpoch::refereeRuns),
            new Column<>("referee_gpu_seconds", "GPU-s", "GPU-seconds of those runs", AdversaryEpoch::refereeGpuSeconds),
            new Column<>("referee_wrong_verdicts", "runs", "of those, run by a cheating referee",
                    AdversaryEpoch::refereeWrongVerdicts),
            new Column<>("cheating_checkers_caught", "checks", "spot checks whose cheating checker a referee flagged",
                    AdversaryEpoch::checkersCaught));

    /** The key figures of a run whose pool sees outside flows, after the demand's. */
    public static final List<Column<RunFigures>> RUN_OUTSIDE_FLOWS = List.of(
            new Column<>("outside_flow_usd", "USD", "net USD outsiders meant to buy (+) or sell (-) over the run",
                    RunFigures::outsideFlowUsd),
            new Column<>("outside_tokens_end", "tokens", "tokens outsiders hold at the end",
                    RunFigures::outsideTokensEnd));

    /** The key figures of a run with spoofers ({@code adversaries.spoofers}), after the mint and burn's. */
    public static final List<Column<RunFigures>> RUN_SPOOFING = List.of(
            new Column<>("spoofed_gpus_claimed", "GPUs", "mean over epochs of the GPUs claimed that do not exist, by"
                    + " nodes in service whose claims stand", f -> f.spoofing().meanGhostGpus()),
            new Column<>("spoofed_gpus_claimed_peak", "GPUs", "the most GPUs claimed that do not exist in one epoch",
                    f -> f.spoofing().peakGhostGpus()),
            new Column<>("paid_for_spoofed_capacity_share", "ratio", "rewards at their price paid for claimed"
                    + " capacity or uptime that did not exist, over all paid (rewards at their price plus fees), over"
                    + " the run", f -> f.spoofing().paidForSpoofedShare()),
            new Column<>("paid_for_spoofed_capacity_usd", "USD", "rewards at their price paid for claimed capacity or"
                    + " uptime that did not exist, over the run",
                    f -> f.spoofing().paidForSpoofedUsd()),
            new Column<>("spoofing_nodes", "nodes", "nodes of spoofing operators that stood in service with their"
                    + " claims", f -> f.spoofing().spoofingNodes()),
            new Column<>("spoof_detection_rate", "ratio", "spoofing nodes that failed a capacity challenge / spoofing"
                    + " nodes (0 without challenges)", f -> f.spoofing().detectionRate()),
            new Column<>("mean_epochs_to_spoof_detection", "epochs", "over the detected spoofing nodes, epochs from"
                    + " their first in service to the one they failed a challenge in, both counted (null when none"
                    + " was detected)", f -> f.spoofing().meanEpochsToDetection()),
            new Column<>("challenge_gpu_seconds", "GPU-s", "GPU-seconds capacity challenges took on the challenged"
                    + " nodes' real GPUs, over the run",
                    f -> f.spoofing().epochs().stream().mapToDouble(SpoofingEpoch::challengeGpuSeconds).sum()),
            new Column<>("challenge_overhead_share", "ratio", "GPU-seconds of capacity challenges / GPU-seconds of"
                    + " completed jobs, over the run (verification overhead)",
                    f -> f.spoofing().challengeOverheadShare()),
            new Column<>("false_challenge_failures", "nodes", "honest nodes that failed a capacity challenge (false"
                    + " positives) and lost their claims, over the run", f -> f.spoofing().falseChallengeFailures()),
            new Column<>("spoofer_profit_per_gpu_usd", "USD/GPU", "profit_usd of the operators drawn spoofers / their"
                    + " real GPUs (they count among the cheaters of cheater_profit_per_gpu_usd)",
                    f -> f.adversaries().spooferProfitPerGpuUsd()));

    /** Every top-level figure a run may have, in the order run.json gives them (the seed first). */
    public static final List<Column<RunFigures>> RUN_ALL = Stream.of(RUN, RUN_PROTOCOL, RUN_DEMAND, RUN_OUTSIDE_FLOWS,
            RUN_MINT_AND_BURN, RUN_ADVERSARIES, RUN_SPOOFING).flatMap(List::stream).toList();

    /** The column of {@code columns} named {@code name}, if one is. */
    public static <T> Optional<Column<T>> named(List<Column<T>> columns, String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }

    /** {@code data/spoofing.csv}: one row per epoch, for a run with spoofers. */
    public static final List<Column<SpoofingEpoch>> SPOOFING_EPOCHS = List.of(
            new Column<>("epoch", "", "index from 0", SpoofingEpoch::epoch),
            new Column<>("spoofed_gpus_claimed", "GPUs", "GPUs claimed that do not exist, by nodes in service whose"
                    + " claims stand", SpoofingEpoch::ghostGpus),
            new Column<>("claimed_gpu_seconds", "GPU-s", "GPU-seconds online claimed", SpoofingEpoch::claimedGpuSeconds),
            new Column<>("spoofed_gpu_seconds", "GPU-s", "of which did not exist (GPUs that do not exist, and offline"
                    + " time claimed as online)", SpoofingEpoch::spoofedGpuSeconds),
            new Column<>("paid_for_spoofed_tokens", "tokens", "rewards paid for claims that did not exist",
                    SpoofingEpoch::spoofedRewardTokens),
            new Column<>("paid_for_spoofed_usd", "USD", "those at the epoch's opening price",
                    SpoofingEpoch::paidForSpoofedUsd),
            new Column<>("paid_usd", "USD", "all paid: rewards at the epoch's opening price plus fees",
                    SpoofingEpoch::paidUsd),
            new Column<>("paid_for_spoofed_capacity_share", "ratio", "paid_for_spoofed_usd / paid_usd (0 when nothing"
                    + " was paid)", SpoofingEpoch::paidForSpoofedShare),
            new Column<>("nodes_challenged", "nodes", "nodes challenged", SpoofingEpoch::nodesChallenged),
            new Column<>("gpus_challenged", "GPUs", "real GPUs of the challenged nodes", SpoofingEpoch::gpusChallenged),
            new Column<>("challenge_gpu_seconds", "GPU-s", "GPU-seconds the challenges took",
                    SpoofingEpoch::challengeGpuSeconds),
            new Column<>("spoof_detections", "nodes", "spoofing nodes that failed their challenge",
                    SpoofingEpoch::detections),
            new Column<>("false_challenge_failures", "nodes", "honest nodes that failed theirs (false positives)",
                    SpoofingEpoch::falseFailures),
            new Column<>("gpu_seconds_delivered", "GPU-s", "GPU-seconds of completed jobs",
                    SpoofingEpoch::gpuSecondsDelivered));

    /** An allocation holder's accounts: {@code run.json}'s {@code allocation_holders}, {@code data/holders.csv}. */
    public static final List<Column<HolderLedger>> HOLDERS = List.of(
            new Column<>("holder", "", "the allocation holder", HolderLedger::holder),
            new Column<>("granted_tokens", "tokens", "tokens of its grants", HolderLedger::grantedTokens),
            new Column<>("vested_tokens", "tokens", "tokens vested to it", HolderLedger::vestedTokens),
            new Column<>("vested_value_usd", "USD", "vested tokens at the price of the epoch each vested in",
                    HolderLedger::vestedValueUsd),
            new Column<>("sold_tokens", "tokens", "vested tokens sold (sell share x vested)", HolderLedger::soldTokens),
            new Column<>("sold_usd", "USD", "USD received for them", HolderLedger::soldUsd),
            new Column<>("held_tokens", "tokens", "vested tokens held: vested - sold", HolderLedger::heldTokens),
            new Column<>("held_value_usd", "USD", "held tokens at the token price at the end of the epoch",
                    HolderLedger::heldValueUsd));

    /** {@code run.json}'s {@code allocation_holders}: per holder, its accounts at the end. */
    public static final List<Column<HolderLedger>> HOLDERS_IN_RUN = HOLDERS.subList(1, HOLDERS.size());

    /** {@code data/holders.csv}: one row per epoch and allocation holder: its accounts to date, then the epoch's. */
    public static final List<Column<HolderEpoch>> HOLDER_EPOCHS = holderEpochs();

    /** {@code data/value_capture.csv}: one row per epoch. */
    public static final List<Column<ValueCaptureEpoch>> VALUE_CAPTURE = List.of(
            new Column<>("epoch", "", "index from 0", ValueCaptureEpoch::epoch));

    /** {@code data/value_capture.csv}, after {@link #VALUE_CAPTURE}: one column per stakeholder group. */
    public static final ColumnFamily<ValueCaptureEpoch> VALUE_CAPTURE_USD = new ColumnFamily<>("value_usd_", "group",
            "USD", "value the group received in the epoch (fees kept, tokens at the epoch's price)",
            ValueCaptureEpoch::valueUsd);

    /** {@code data/value_capture.csv}, after {@link #VALUE_CAPTURE_USD}: one column per stakeholder group. */
    public static final ColumnFamily<ValueCaptureEpoch> VALUE_CAPTURE_SHARE = new ColumnFamily<>("share_", "group",
            "share", "the group's share of all value distributed up to the epoch's end (empty while none was)",
            ValueCaptureEpoch::cumulativeShare);

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

    /**
     * {@code run.json}'s nested maps whose numeric figures a study may read by a dotted path
     * ({@code latency_by_class.training.wait_p99_seconds}, {@code value_capture.team}).
     */
    public static final List<NestedMap> NESTED = List.of(
            NestedMap.of("latency_by_class", List.of("job class"), LATENCY_IN_RUN),
            NestedMap.of("energy_by_model_region", List.of("GPU model", "region"), ENERGY_IN_RUN),
            NestedMap.of("profit_by_class", List.of("operator class"), "operators", "in_loss_share", "in_profit_share"),
            NestedMap.of("value_capture", List.of("stakeholder group")),
            NestedMap.of("allocation_holders", List.of("allocation holder"), HOLDERS_IN_RUN));

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
            new Column<>("online_gpus", "GPUs", "GPUs online at the end", EpochStats::onlineGpus),
            new Column<>("busy_gpu_seconds", "GPU-s", "GPU-seconds jobs occupied, completed and interrupted runs alike",
                    EpochStats::busyGpuSeconds),
            new Column<>("online_gpu_seconds", "GPU-s", "GPU-seconds of online GPUs (in service, not failed, operator"
                    + " online)", EpochStats::onlineGpuSeconds),
            new Column<>("in_service_gpu_seconds", "GPU-s", "GPU-seconds of GPUs in service (not held back), online or"
                    + " down", EpochStats::inServiceGpuSeconds),
            new Column<>("gpus_in_service", "GPUs", "GPUs in service at the end", EpochStats::gpusInService));

    /** {@code data/epochs.csv}, after {@link #EPOCHS}: one column per GPU model of the run. */
    public static final ColumnFamily<EpochStats> EPOCH_UTILIZATION = new ColumnFamily<>("utilization_", "model",
            "ratio", "busy GPU time / online GPU time of the model (catalogue id)", EpochStats::utilization);

    /** {@code data/epochs.csv}, after {@link #EPOCH_UTILIZATION}: one column per region of the run. */
    public static final ColumnFamily<EpochStats> EPOCH_ENERGY = new ColumnFamily<>("energy_joules_", "region", "J",
            "energy drawn by the region's online nodes, busy and idle", EpochStats::energyJoules);

    /** {@code data/demand.csv}: one row per epoch, for a run whose demand answers price and service. */
    public static final List<Column<DemandEpoch>> DEMAND_EPOCHS = List.of(
            new Column<>("epoch", "", "index from 0", DemandEpoch::epoch),
            new Column<>("network_price_usd_per_gpu_hour", "USD/GPU-h", "fees paid / GPU-hours delivered in the"
                    + " epoch; with nothing delivered, the GPU-weighted mean ask of the nodes in service",
                    DemandEpoch::networkPriceUsdPerGpuHour),
            new Column<>("completion_share", "ratio", "completed / (completed + dropped + reneged + lost) in the"
                    + " epoch; 1 when no job ended", DemandEpoch::completionShare),
            new Column<>("mean_wait_seconds", "s", "mean wait of the jobs completed in the epoch (response time less"
                    + " service time); 0 when none completed", DemandEpoch::meanWaitSeconds),
            new Column<>("demand_target", "ratio", "(network price / reference price)^-elasticity"
                    + " × completion share^quality exponent × (1 + mean wait / reference wait)^-wait exponent, at"
                    + " most the max multiplier", DemandEpoch::target),
            new Column<>("demand_multiplier", "ratio", "the smoothed multiplier set for the next epoch's arrival"
                    + " rate", DemandEpoch::multiplier));

    /** {@code data/outside_flows.csv}: one row per epoch, for a pool that sees outside flows. */
    public static final List<Column<OutsideFlowEpoch>> OUTSIDE_FLOWS = List.of(
            new Column<>("epoch", "", "index from 0", OutsideFlowEpoch::epoch),
            new Column<>("outside_flow_usd", "USD", "net USD outsiders meant to buy (+) or sell (-)",
                    OutsideFlowEpoch::flowUsd),
            new Column<>("outside_tokens", "tokens", "tokens they bought (+) or sold (-); a sale is cut to what"
                    + " they held", OutsideFlowEpoch::tokens),
            new Column<>("outside_holdings_tokens", "tokens", "tokens they hold after the trade",
                    OutsideFlowEpoch::holdingsTokens),
            new Column<>("price_usd", "USD", "the pool's price after their trade", OutsideFlowEpoch::priceUsd));

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
            new Column<>("profit_gini_apparent", "Gini", "Gini of the epoch's fiat profit per identity, losses"
                    + " included (signed Gini, as profit_gini_true_end)", ProtocolEpoch::profitGiniApparent),
            new Column<>("profit_gini_true", "Gini", "Gini of the epoch's fiat profit per operator, losses included"
                    + " (signed Gini, as profit_gini_true_end)", ProtocolEpoch::profitGiniTrue),
            new Column<>("profit_nakamoto_true", "operators", "Nakamoto coefficient of the epoch's positive fiat"
                    + " profits per operator (losses count 0)", ProtocolEpoch::profitNakamotoTrue),
            new Column<>("profit_hhi_true", "HHI", "HHI of the epoch's positive fiat profits per operator (losses"
                    + " count 0)", ProtocolEpoch::profitHhiTrue),
            new Column<>("capacity_gini_apparent", "Gini", "Gini of GPUs in service per identity",
                    ProtocolEpoch::capacityGiniApparent),
            new Column<>("capacity_gini_true", "Gini", "Gini of GPUs in service per operator",
                    ProtocolEpoch::capacityGiniTrue),
            new Column<>("capacity_nakamoto_true", "operators",
                    "Nakamoto coefficient of GPUs in service per operator", ProtocolEpoch::capacityNakamotoTrue),
            new Column<>("capacity_hhi_true", "HHI", "HHI of GPUs in service per operator",
                    ProtocolEpoch::capacityHhiTrue),
            new Column<>("token_wealth_holders", "holders", "holders with tokens at the end: operators and allocation"
                    + " holders", e -> e.tokenWealth().holders()),
            new Column<>("token_wealth_gini_all_holders", "Gini", "Gini of token wealth over them (operators: liquid +"
                    + " bonded stake; allocation holders: held)", e -> e.tokenWealth().giniAllHolders()),
            new Column<>("token_wealth_nakamoto_all_holders", "holders", "fewest of them with a majority of it",
                    e -> e.tokenWealth().nakamotoAllHolders()),
            new Column<>("token_wealth_top_10_share", "share", "share of it held by the largest 10",
                    e -> e.tokenWealth().top10ShareAllHolders()),
            new Column<>("token_wealth_gini_operators", "Gini", "Gini of token wealth over the operators with tokens",
                    e -> e.tokenWealth().giniOperators()),
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
            new Column<>("epochs_active", "epochs", "epochs it took part in (capacity in service, rewards or fees)",
                    ledger(OperatorLedger::epochsActive, Double.NaN)),
            new Column<>("reward_tokens", "tokens", "tokens received as rewards",
                    ledger(OperatorLedger::rewardTokens, Double.NaN)),
            new Column<>("sold_tokens", "tokens", "reward tokens sold as received (sell_share of each reward)",
                    ledger(OperatorLedger::soldTokens, Double.NaN)),
            new Column<>("realised_usd", "USD", "what the market paid for them, at each epoch's average sale price",
                    ledger(OperatorLedger::realisedUsd, Double.NaN)),
            new Column<>("held_tokens", "tokens", "reward tokens held at the end",
                    ledger(OperatorLedger::heldTokens, Double.NaN)),
            new Column<>("unrealised_usd", "USD", "held reward tokens at the last epoch's closing price",
                    ledger(OperatorLedger::unrealisedUsd, Double.NaN)),
            new Column<>("holding_gain_usd", "USD", "revaluation of held tokens after the epoch they were received"
                    + " in (part of unrealised_usd)", ledger(OperatorLedger::holdingGainUsd, Double.NaN)),
            new Column<>("fees_after_take_usd", "USD", "job fees after the protocol's take",
                    ledger(OperatorLedger::feeRevenueUsd, Double.NaN)),
            new Column<>("electricity_usd", "USD", "facility energy (IT energy x its class's pue) at its power"
                    + " price: idle while online, busy in every run, completed or interrupted", ledger(OperatorLedger::electricityUsd, Double.NaN)),
            new Column<>("identity_cost_usd", "USD", "cost of identities beyond the first",
                    ledger(OperatorLedger::identityCostUsd, Double.NaN)),
            new Column<>("capex_usd", "USD", "hardware bought: the genesis fleet in epoch 0, capacity activated later"
                    + " in its first epoch in service", ledger(OperatorLedger::capexUsd, Double.NaN)),
            new Column<>("writeoff_usd", "USD", "straight-line write-off of the hardware bought over amortization_years"
                    + " (until it exits)", ledger(OperatorLedger::writeOffUsd, Double.NaN)),
            new Column<>("slashed_tokens", "tokens", "stake lost to slashing",
                    ledger(OperatorLedger::slashedTokens, Double.NaN)),
            new Column<>("slashed_usd", "USD", "slashed stake at the price when slashed",
                    ledger(OperatorLedger::slashedUsd, Double.NaN)),
            new Column<>("capital_cost_usd", "USD", "capital_cost_rate_per_year on its stake's market value and its"
                    + " hardware's book value", ledger(OperatorLedger::capitalCostUsd, Double.NaN)),
            new Column<>("stake_bought_usd", "USD", "what it paid the token market for the stake it bonded when it"
                    + " entered (an asset, not a cost; genesis stake is granted)",
                    ledger(OperatorLedger::stakeBoughtUsd, Double.NaN)),
            new Column<>("stake_sold_usd", "USD", "what the market paid for its stake, sold once released after it"
                    + " exited", ledger(OperatorLedger::stakeSoldUsd, Double.NaN)),
            new Column<>("operating_profit_usd", "USD", "fees + reward income (realised + newly held tokens at the"
                    + " epoch's closing price) - electricity - identity cost",
                    ledger(OperatorLedger::operatingProfitUsd, Double.NaN)),
            new Column<>("full_cost_profit_usd", "USD", "operating profit - write-off - slashed value - capital cost",
                    ledger(OperatorLedger::fullCostProfitUsd, Double.NaN)),
            new Column<>("profit_usd", "USD", "full-cost profit + holding gains = fees + realised + unrealised - full"
                    + " cost", ledger(OperatorLedger::profitUsd, Double.NaN)),
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
        return documented(EPOCHS, List.of(EPOCH_UTILIZATION, EPOCH_ENERGY));
    }

    /** {@code data/value_capture.csv}'s columns for a run's stakeholder {@code groups}. */
    public static List<Column<ValueCaptureEpoch>> valueCapture(List<String> groups) {
        return Stream.of(VALUE_CAPTURE, VALUE_CAPTURE_USD.expand(groups), VALUE_CAPTURE_SHARE.expand(groups))
                .flatMap(List::stream).toList();
    }

    /** {@code data/value_capture.csv}'s columns as documented, one per family. */
    public static List<Column<ValueCaptureEpoch>> valueCaptureDocumented() {
        return documented(VALUE_CAPTURE, List.of(VALUE_CAPTURE_USD, VALUE_CAPTURE_SHARE));
    }

    private static List<Column<HolderEpoch>> holderEpochs() {
        List<Column<HolderEpoch>> columns = new ArrayList<>();
        columns.add(new Column<>("epoch", "", "index from 0", HolderEpoch::epoch));
        for (Column<HolderLedger> column : HOLDERS) {
            columns.add(new Column<>(column.name(), column.unit(),
                    column.meaning() + (column.unit().isEmpty() ? "" : ", to the epoch's end"), r -> column.of(r.toDate())));
        }
        columns.addAll(List.of(
                new Column<>("epoch_vested_tokens", "tokens", "tokens vested in the epoch", HolderEpoch::vestedTokens),
                new Column<>("epoch_vested_value_usd", "USD", "those tokens at the epoch's price of receipt",
                        HolderEpoch::vestedValueUsd),
                new Column<>("epoch_sold_tokens", "tokens", "tokens sold in the epoch", HolderEpoch::soldTokens),
                new Column<>("epoch_sold_usd", "USD", "USD received for them", HolderEpoch::soldUsd)));
        return List.copyOf(columns);
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
        return documented(PROTOCOL_EPOCHS, List.of(OPERATORS_IN_SERVICE, GPUS_IN_SERVICE));
    }

    /** {@code fixed}, then one documented column per family. */
    private static <T> List<Column<T>> documented(List<Column<T>> fixed, List<ColumnFamily<T>> families) {
        return Stream.concat(fixed.stream(), families.stream().map(ColumnFamily::documented)).toList();
    }

    private static Function<OperatorRow, Object> ledger(Function<OperatorLedger, Object> value, Object without) {
        return r -> r.ledger() == null ? without : value.apply(r.ledger());
    }
}
