package org.depinlab.simulator.report;

import java.util.Locale;
import java.util.Map;

/**
 * The key figures as a report shows them: a label in words for each run.json key, and its value
 * with thousands separators and its unit (ratios and shares as percentages). A key without a label
 * here is shown under its meaning from {@link Columns}.
 */
public final class FigureLabels {

    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("scenario", "Scenario"), Map.entry("seed", "Seed"),
            Map.entry("duration_days", "Simulated time"), Map.entry("nodes", "Nodes"), Map.entry("gpus", "GPUs"),
            Map.entry("gpu_models", "GPU models"), Map.entry("gpu_profile_labels", "GPU profiles"),
            Map.entry("jobs_arrived", "Jobs arrived"), Map.entry("jobs_completed", "Jobs completed"),
            Map.entry("jobs_dropped", "Jobs dropped on arrival"), Map.entry("jobs_reneged", "Jobs that gave up waiting"),
            Map.entry("jobs_lost", "Jobs lost to failures"), Map.entry("job_runs_interrupted", "Job runs interrupted"),
            Map.entry("completion_ratio", "Jobs completed of those arrived"),
            Map.entry("jobs_per_second", "Throughput"), Map.entry("delivered_pflop_per_second", "Compute delivered"),
            Map.entry("gpu_utilization", "GPU utilization (online GPUs)"),
            Map.entry("gpu_utilization_owned", "GPU utilization (GPUs in service)"),
            Map.entry("gpus_in_service_end", "GPUs in service at the end"),
            Map.entry("warmup_epochs", "Warm-up left out"), Map.entry("warmup_rule", "Warm-up rule"),
            Map.entry("jobs_per_second_steady", "Throughput after warm-up"),
            Map.entry("delivered_pflop_per_second_steady", "Compute delivered after warm-up"),
            Map.entry("gpu_utilization_steady", "GPU utilization after warm-up"),
            Map.entry("wait_mean_seconds", "Wait in queue, all jobs (mean)"),
            Map.entry("wait_p50_seconds", "Wait in queue, all jobs (median)"),
            Map.entry("wait_p95_seconds", "Wait in queue, all jobs (95th percentile)"),
            Map.entry("wait_p99_seconds", "Wait in queue, all jobs (99th percentile)"),
            Map.entry("energy_kwh", "Energy drawn by GPUs"),
            Map.entry("energy_kwh_per_completed_job", "Energy per completed job"),
            Map.entry("energy_kwh_per_pflop", "Energy per PFLOP"), Map.entry("energy_kwh_facility", "Facility energy"),
            Map.entry("energy_kwh_busy", "Facility energy, busy"), Map.entry("energy_kwh_idle", "Facility energy, idle"),
            Map.entry("energy_kwh_wasted", "Facility energy, wasted on interrupted runs"),
            Map.entry("energy_idle_share", "Facility energy spent idle"),
            Map.entry("energy_wasted_share", "Facility energy wasted"),
            Map.entry("energy_kwh_facility_per_pflop", "Facility energy per PFLOP"),
            Map.entry("co2e_kg", "Emissions"), Map.entry("co2e_kg_per_pflop", "Emissions per PFLOP"),
            Map.entry("co2e_kg_per_completed_job", "Emissions per completed job"),
            Map.entry("fee_revenue_usd", "Fees paid by jobs"),
            Map.entry("token_supply_end", "Token supply at the end"),
            Map.entry("token_price_end_usd", "Token price at the end"), Map.entry("tokens_minted", "Tokens minted"),
            Map.entry("tokens_burned", "Tokens burned"),
            Map.entry("emission_inflation_annual", "Emission as a yearly inflation rate"),
            Map.entry("net_inflation_annual", "Supply growth net of burns, yearly rate"),
            Map.entry("insiders_value_share", "Value captured by allocation holders"),
            Map.entry("reward_gini_apparent_mean", "Reward Gini per identity (mean over epochs)"),
            Map.entry("reward_gini_true_mean", "Reward Gini per operator (mean over epochs)"),
            Map.entry("reward_nakamoto_true_end", "Operators holding a majority of rewards (end)"),
            Map.entry("profit_gini_true_end", "Profit Gini per operator, losses included (end)"),
            Map.entry("capacity_gini_true_end", "Capacity Gini per operator (end)"),
            Map.entry("capacity_nakamoto_true_end", "Operators holding a majority of GPUs (end)"),
            Map.entry("operators_active_end", "Operators active at the end"),
            Map.entry("identities_end", "Identities at the end"), Map.entry("operator_entries", "Operators entered"),
            Map.entry("operator_exits", "Operators exited"),
            Map.entry("operators_losing_money_end", "Operators in loss at the end"),
            Map.entry("operators_in_loss_share_end", "Share of operators in loss at the end"),
            Map.entry("profit_by_class", "Profit by operator class"),
            Map.entry("value_capture", "Value captured by group"),
            Map.entry("value_distributed_usd", "Value distributed"),
            Map.entry("token_wealth_gini_all_holders", "Token wealth Gini, all holders (end)"),
            Map.entry("token_wealth_top_10_share", "Token wealth held by the largest 10 (end)"),
            Map.entry("token_wealth_nakamoto_all_holders", "Holders of a majority of tokens (end)"),
            Map.entry("token_wealth_gini_operators", "Token wealth Gini, operators (end)"),
            Map.entry("entrants_declined", "Potential entrants that declined"),
            Map.entry("entries_refused_pool_full", "Entries refused (pool full)"),
            Map.entry("expansions", "Nodes added by expansions"),
            Map.entry("demand_multiplier_mean", "Demand multiplier (mean)"),
            Map.entry("network_price_usd_per_gpu_hour", "Network price"),
            Map.entry("fees_burned_usd", "Fees burned"),
            Map.entry("burned_over_minted_last_quarter", "Burned over minted, last quarter"),
            Map.entry("staking_income_usd", "Staking income"),
            Map.entry("network_time_end_epochs", "Network time at the end"),
            Map.entry("outside_flow_usd", "Outside traders' net flow"),
            Map.entry("outside_tokens_end", "Tokens held outside at the end"),
            Map.entry("paid_for_fake_work_share", "Share of all paid that went to fake work"),
            Map.entry("wrong_result_share", "Share of delivered jobs with a wrong result"),
            Map.entry("fraud_detection_rate", "Share of wrong results caught"),
            Map.entry("verification_overhead_share", "Verification overhead (share of delivered GPU time)"),
            Map.entry("false_slashes", "Honest nodes slashed"),
            Map.entry("cheater_profit_per_gpu_usd", "Cheaters' profit per GPU"),
            Map.entry("honest_profit_per_gpu_usd", "Honest operators' profit per GPU"));

    private FigureLabels() {
    }

    /** The label of {@code column}: its own, or its meaning up to the first parenthesis or colon. */
    public static String label(Column<?> column) {
        String label = LABELS.get(column.name());
        if (label != null) {
            return label;
        }
        String meaning = column.meaning().split("[(:;]", 2)[0].strip();
        return meaning.isEmpty() ? column.name() : Character.toUpperCase(meaning.charAt(0)) + meaning.substring(1);
    }

    /** {@code value} of {@code column} for a reader: separators, its unit, a percentage for a share in [0, 1]. */
    public static String value(Column<?> column, Object value) {
        String unit = column.unit();
        if (column.name().equals("seed")) {
            return String.valueOf(value);
        }
        if (value instanceof Double d) {
            if (!Double.isFinite(d)) {
                return "–";
            }
            if (!unit.equals("Gini") && Bounds.unitInterval(column.name())) {
                return String.format(Locale.ROOT, "%.1f %%", 100 * d);
            }
            return withUnit(unit.equals("Gini") ? String.format(Locale.ROOT, "%.3f", d) : NumberText.of(d), unit);
        }
        if (value instanceof Long || value instanceof Integer) {
            return withUnit(NumberText.of(((Number) value).longValue()), unit);
        }
        if (value instanceof Map<?, ?> map) {
            StringBuilder text = new StringBuilder();
            map.forEach((key, entry) -> text.append(text.length() == 0 ? "" : ", ").append(key).append(' ')
                    .append(entry instanceof Double share && unit.equals("share")
                            ? String.format(Locale.ROOT, "%.1f %%", 100 * share)
                            : entry == null ? "–" : entry instanceof Double d ? NumberText.of(d) : entry));
            return text.toString();
        }
        return String.valueOf(value);
    }

    private static String withUnit(String number, String unit) {
        return unit.isEmpty() || unit.equals("Gini") ? number : number + " " + unit;
    }
}
