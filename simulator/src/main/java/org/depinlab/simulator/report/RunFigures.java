package org.depinlab.simulator.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.depinlab.simulator.model.EconomyRun;
import org.depinlab.simulator.model.LatencySummary;
import org.depinlab.simulator.model.RunResult;
import org.depinlab.simulator.protocol.ProtocolEpoch;
import org.depinlab.simulator.scenario.Scenario;

/**
 * The key figures of a run under their documented, stable snake_case names (the keys of
 * {@code run.json}, see docs/outputs.md). Every figure is computed here from the run's records.
 */
public final class RunFigures {

    private RunFigures() {
    }

    /** The figures, in a fixed order. */
    public static Map<String, Object> of(Scenario scenario, long seed, EconomyRun run) {
        RunResult r = run.network();
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("scenario", scenario.name());
        f.put("seed", seed);
        f.put("duration_days", r.durationSeconds() / 86_400);
        f.put("nodes", r.nodes());
        f.put("gpus", r.gpus());
        f.put("gpu_models", r.models());
        f.put("gpu_profile_labels", r.profileLabels());
        f.put("jobs_arrived", r.arrived());
        f.put("jobs_completed", r.completed());
        f.put("jobs_dropped", r.dropped());
        f.put("jobs_reneged", r.reneged());
        f.put("jobs_lost", r.lost());
        f.put("job_runs_interrupted", r.interrupted());
        f.put("completion_ratio", r.arrived() == 0 ? 0.0 : (double) r.completed() / r.arrived());
        f.put("jobs_per_second", r.completed() / r.durationSeconds());
        f.put("delivered_pflop_per_second", r.deliveredFlop() / r.durationSeconds() / 1e15);
        f.put("gpu_utilization", r.gpuSecondsDelivered() / Math.max(1, r.gpus() * r.durationSeconds()));
        double joules = r.energyJoules().stream().mapToDouble(Double::doubleValue).sum();
        f.put("energy_kwh", joules / 3.6e6);
        f.put("energy_kwh_per_completed_job", r.completed() == 0 ? 0.0 : joules / 3.6e6 / r.completed());
        f.put("energy_kwh_per_pflop", r.deliveredFlop() == 0 ? 0.0 : joules / 3.6e6 / (r.deliveredFlop() / 1e15));
        f.put("fee_revenue_usd", r.operators().stream().mapToDouble(o -> o.feeRevenueUsd()).sum());
        Map<String, Object> latency = new LinkedHashMap<>();
        for (LatencySummary l : r.latency()) {
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("completed", l.completed());
            c.put("wait_mean_seconds", l.waitMean());
            c.put("wait_p50_seconds", l.waitP50());
            c.put("wait_p90_seconds", l.waitP90());
            c.put("wait_p99_seconds", l.waitP99());
            c.put("response_p99_seconds", l.responseP99());
            c.put("slowdown_mean", l.slowdownMean());
            latency.put(l.jobClass(), c);
        }
        f.put("latency_by_class", latency);
        if (run.protocol() != null && !run.protocol().epochs().isEmpty()) {
            List<ProtocolEpoch> epochs = run.protocol().epochs();
            ProtocolEpoch last = epochs.get(epochs.size() - 1);
            f.put("token_supply_end", last.supplyTokens());
            f.put("token_price_end_usd", last.priceUsd());
            f.put("tokens_minted", epochs.stream().mapToDouble(ProtocolEpoch::mintedTokens).sum());
            f.put("tokens_burned", epochs.stream().mapToDouble(ProtocolEpoch::burnedTokens).sum());
            f.put("reward_gini_apparent_mean", mean(epochs, true));
            f.put("reward_gini_true_mean", mean(epochs, false));
            f.put("reward_nakamoto_true_end", last.rewardNakamotoTrue());
            f.put("profit_gini_true_end", last.profitGiniTrue());
            f.put("capacity_gini_true_end", last.capacityGiniTrue());
            f.put("capacity_nakamoto_true_end", last.capacityNakamotoTrue());
            f.put("operators_active_end", last.operatorsActive());
            f.put("identities_end", last.identities());
            f.put("operator_entries", epochs.stream().mapToInt(ProtocolEpoch::entries).sum());
            f.put("operator_exits", epochs.stream().mapToInt(ProtocolEpoch::exits).sum());
            f.put("operators_losing_money_end", last.operatorsLosingMoney());
        }
        return f;
    }

    private static double mean(List<ProtocolEpoch> epochs, boolean apparent) {
        return epochs.stream().mapToDouble(e -> apparent ? e.rewardGiniApparent() : e.rewardGiniTrue())
                .filter(Double::isFinite).average().orElse(Double.NaN);
    }
}
