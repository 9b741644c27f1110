package org.depinlab.simulator.report;

import java.util.Locale;
import java.util.Map;

import org.depinlab.simulator.scenario.Scenario;

/** {@code summary.md}: the key figures and what they say about the scenario's two questions. */
final class Summary {

    private Summary() {
    }

    static String markdown(Scenario scenario, Map<String, Object> f) {
        StringBuilder md = new StringBuilder();
        md.append("# ").append(scenario.name()).append("\n\n");
        if (!scenario.description().isBlank()) {
            md.append(scenario.description().strip()).append("\n\n");
        }
        md.append(String.format(Locale.ROOT, "Seed %s, %.4g simulated days, %,d nodes with %,d GPUs.%n%n",
                f.get("seed"), num(f, "duration_days"), ((Number) f.get("nodes")).longValue(),
                ((Number) f.get("gpus")).longValue()));
        md.append("## Throughput\n\n");
        md.append(String.format(Locale.ROOT, "The network completed %,d of %,d jobs (%.1f %%): %.4g jobs/s and %.4g"
                        + " PFLOP/s delivered on average, GPU utilization %.1f %%. %,d jobs gave up waiting, %,d were"
                        + " dropped on arrival and %,d were lost to failures (%,d runs interrupted).%n%n",
                ((Number) f.get("jobs_completed")).longValue(), ((Number) f.get("jobs_arrived")).longValue(),
                100 * num(f, "completion_ratio"), num(f, "jobs_per_second"), num(f, "delivered_pflop_per_second"),
                100 * num(f, "gpu_utilization"), ((Number) f.get("jobs_reneged")).longValue(),
                ((Number) f.get("jobs_dropped")).longValue(), ((Number) f.get("jobs_lost")).longValue(),
                ((Number) f.get("job_runs_interrupted")).longValue()));
        md.append(String.format(Locale.ROOT, "Energy: %.4g kWh in all, %.4g kWh per completed job, %.4g kWh per"
                + " PFLOP. GPU figures come from profiles labelled %s.%n%n", num(f, "energy_kwh"),
                num(f, "energy_kwh_per_completed_job"), num(f, "energy_kwh_per_pflop"), f.get("gpu_profile_labels")));
        if (f.containsKey("reward_gini_true_mean")) {
            md.append("## Concentration\n\n");
            double apparent = num(f, "reward_gini_apparent_mean");
            double trueGini = num(f, "reward_gini_true_mean");
            md.append(String.format(Locale.ROOT, "Rewards: mean Gini over epochs %.3f per operator (true), %.3f per"
                    + " identity (what the chain sees)%s. At the end %d operators together held a majority of the"
                    + " epoch's rewards (Nakamoto coefficient), and %d a majority of the GPUs in service (capacity"
                    + " Gini %.3f). Fiat profit Gini at the end: %.3f; %d of %d active operators lost money in the"
                    + " last epoch.%n%n", trueGini, apparent,
                    trueGini > apparent + 0.01 ? ", so identities hide part of the concentration" : "",
                    ((Number) f.get("reward_nakamoto_true_end")).intValue(),
                    ((Number) f.get("capacity_nakamoto_true_end")).intValue(), num(f, "capacity_gini_true_end"),
                    num(f, "profit_gini_true_end"), ((Number) f.get("operators_losing_money_end")).intValue(),
                    ((Number) f.get("operators_active_end")).intValue()));
            md.append(String.format(Locale.ROOT, "Token: %.4g minted and %.4g burned; supply at the end %.4g, price"
                            + " %.4g USD. Operators: %d entered, %d exited.%n",
                    num(f, "tokens_minted"), num(f, "tokens_burned"), num(f, "token_supply_end"),
                    num(f, "token_price_end_usd"), ((Number) f.get("operator_entries")).intValue(),
                    ((Number) f.get("operator_exits")).intValue()));
        }
        return md.toString();
    }

    private static double num(Map<String, Object> f, String key) {
        Object value = f.get(key);
        return value instanceof Number n ? n.doubleValue() : Double.NaN;
    }
}
