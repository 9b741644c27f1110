package org.depinlab.simulator.report;

import java.io.IOException;
import java.nio.file.Files;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.depinlab.simulator.model.EconomyRun;
import org.depinlab.simulator.model.EpochStats;
import org.depinlab.simulator.model.LatencySummary;
import org.depinlab.simulator.model.OperatorSummary;
import org.depinlab.simulator.model.RunResult;
import org.depinlab.simulator.output.Staging;
import org.depinlab.simulator.protocol.OperatorLedger;
import org.depinlab.simulator.protocol.ProtocolEpoch;
import org.depinlab.simulator.scenario.Scenario;

/**
 * Writes a run's outputs into a folder: {@code report.html} (charts), {@code run.json} (key
 * figures), {@code summary.md} and {@code data/*.csv} (per-epoch series, per-operator ledgers, latency by
 * class), into a {@link Staging} that moves them into place only when complete, so a failed run
 * leaves no half-written output and the previous report intact. No wall-clock time is written: the
 * same scenario and seed give the same bytes.
 */
public final class RunWriter {

    private RunWriter() {
    }

    /** Writes the outputs of {@code run} into {@code staging}; the caller commits them. */
    public static void write(Scenario scenario, long seed, EconomyRun run, Staging staging) throws IOException {
        Map<String, Object> figures = RunFigures.of(scenario, seed, run);
        staging.write("run.json", json(figures));
        staging.write("summary.md", Summary.markdown(scenario, figures));
        String version = RunWriter.class.getPackage().getImplementationVersion();
        staging.write("report.html", ReportHtml.page(scenario, Files.readString(scenario.file()), seed, run, figures,
                version == null ? "development build" : version));
        staging.write("data/epochs.csv", epochs(run.network()));
        staging.write("data/operators.csv", operators(run));
        staging.write("data/latency.csv", latency(run.network()));
        if (run.protocol() != null) {
            staging.write("data/protocol_epochs.csv", protocolEpochs(run.protocol().epochs()));
        }
    }

    static String json(Map<String, Object> figures) throws JsonProcessingException {
        return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(withoutNaN(figures))
                + "\n";
    }

    @SuppressWarnings("unchecked")
    private static Object withoutNaN(Object value) {
        if (value instanceof Double d && !Double.isFinite(d)) {
            return null;
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            ((Map<String, Object>) map).forEach((k, v) -> copy.put(k, withoutNaN(v)));
            return copy;
        }
        return value;
    }

    private static String epochs(RunResult r) {
        List<String> header = new java.util.ArrayList<>(List.of("epoch", "end_seconds", "arrived", "completed",
                "dropped", "reneged", "lost", "interrupted", "in_system", "queued", "jobs_per_second",
                "delivered_flop_per_second", "gpu_seconds_delivered", "fee_revenue_usd", "online_gpus"));
        r.models().forEach(m -> header.add("utilization_" + m));
        r.regions().forEach(region -> header.add("energy_joules_" + region));
        CsvWriter csv = new CsvWriter(header);
        for (EpochStats e : r.epochs()) {
            List<Object> row = new java.util.ArrayList<>(List.of(e.epoch(), e.endSeconds(), e.arrived(), e.completed(),
                    e.dropped(), e.reneged(), e.lost(), e.interrupted(), e.inSystem(), e.queued(), e.jobsPerSecond(),
                    e.deliveredFlopPerSecond(), e.gpuSecondsDelivered(), e.feeRevenueUsd(), e.onlineGpus()));
            row.addAll(e.utilization());
            row.addAll(e.energyJoules());
            csv.row(row.toArray());
        }
        return csv.text();
    }

    private static String operators(EconomyRun run) {
        List<OperatorSummary> network = run.network().operators();
        List<OperatorLedger> ledgers = run.protocol() == null ? null : run.protocol().operators();
        CsvWriter csv = new CsvWriter(List.of("operator", "class", "nodes", "gpus", "hardware_cost_usd",
                "busy_gpu_seconds", "down_seconds", "fee_revenue_usd", "identities", "reward_tokens", "reward_value_usd",
                "fees_after_take_usd", "electricity_usd", "amortization_usd", "identity_cost_usd", "profit_usd",
                "slashed_tokens", "active_at_end"));
        for (int o = 0; o < network.size(); o++) {
            OperatorSummary s = network.get(o);
            OperatorLedger l = ledgers == null ? null : ledgers.get(o);
            csv.row(s.name(), s.operatorClass(), s.nodes(), s.gpus(), s.hardwareCostUsd(), s.busyGpuSeconds(),
                    s.downSeconds(), s.feeRevenueUsd(), l == null ? 1 : l.identities(),
                    l == null ? Double.NaN : l.rewardTokens(), l == null ? Double.NaN : l.rewardValueUsd(),
                    l == null ? Double.NaN : l.feeRevenueUsd(), l == null ? Double.NaN : l.electricityUsd(),
                    l == null ? Double.NaN : l.amortizationUsd(), l == null ? Double.NaN : l.identityCostUsd(),
                    l == null ? Double.NaN : l.profitUsd(), l == null ? Double.NaN : l.slashedTokens(),
                    l == null || l.activeAtEnd());
        }
        return csv.text();
    }

    private static String latency(RunResult r) {
        CsvWriter csv = new CsvWriter(List.of("class", "completed", "wait_mean_seconds", "wait_p50_seconds",
                "wait_p90_seconds", "wait_p99_seconds", "response_mean_seconds", "response_p50_seconds",
                "response_p99_seconds", "slowdown_mean", "slowdown_p99"));
        for (LatencySummary l : r.latency()) {
            csv.row(l.jobClass(), l.completed(), l.waitMean(), l.waitP50(), l.waitP90(), l.waitP99(), l.responseMean(),
                    l.responseP50(), l.responseP99(), l.slowdownMean(), l.slowdownP99());
        }
        return csv.text();
    }

    private static String protocolEpochs(List<ProtocolEpoch> epochs) {
        CsvWriter csv = new CsvWriter(List.of("epoch", "supply_tokens", "minted_tokens", "burned_tokens", "inflation",
                "price_usd", "treasury_tokens", "rewards_tokens", "operators_active", "identities", "entries", "exits",
                "operators_losing_money", "slashed_tokens", "reward_gini_apparent", "reward_gini_true",
                "reward_nakamoto_apparent", "reward_nakamoto_true", "reward_hhi_apparent", "reward_hhi_true",
                "profit_gini_apparent", "profit_gini_true", "profit_nakamoto_true", "profit_hhi_true",
                "capacity_gini_apparent", "capacity_gini_true", "capacity_nakamoto_true", "capacity_hhi_true"));
        for (ProtocolEpoch e : epochs) {
            csv.row(e.epoch(), e.supplyTokens(), e.mintedTokens(), e.burnedTokens(), e.inflation(), e.priceUsd(),
                    e.treasuryTokens(), e.rewardsTokens(), e.operatorsActive(), e.identities(), e.entries(), e.exits(),
                    e.operatorsLosingMoney(), e.slashedTokens(), e.rewardGiniApparent(), e.rewardGiniTrue(),
                    e.rewardNakamotoApparent(), e.rewardNakamotoTrue(), e.rewardHhiApparent(), e.rewardHhiTrue(),
                    e.profitGiniApparent(), e.profitGiniTrue(), e.profitNakamotoTrue(), e.profitHhiTrue(),
                    e.capacityGiniApparent(), e.capacityGiniTrue(), e.capacityNakamotoTrue(), e.capacityHhiTrue());
        }
        return csv.text();
    }
}
