package org.depinlab.simulator.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.depinlab.gpubench.GpuProfiles;
import org.depinlab.simulator.model.EconomyRun;
import org.depinlab.simulator.model.RunResult;
import org.depinlab.simulator.protocol.ProtocolEpoch;
import org.depinlab.simulator.scenario.Scenario;
import org.depinlab.simulator.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** Every key figure of run.json and the report against the run's records it is computed from. */
class RunFiguresTest {

    @Test
    void keyFiguresAreTheRunsRecordsUnderTheirDocumentedNames() {
        GpuProfiles profiles = GpuProfiles.builtIn();
        Scenario scenario = new ScenarioLoader(profiles.catalog())
                .load(Path.of("src/test/resources/scenarios/minimal.yaml"));
        EconomyRun run = EconomyRun.run(scenario.model(), scenario.protocol(), 7, profiles);
        Map<String, Object> f = RunFigures.of(scenario, 7, run);
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
        assertEquals(r.gpuSecondsDelivered() / (r.gpus() * 43_200.0), (double) f.get("gpu_utilization"), 1e-12);
        assertEquals(joules / 3.6e6, (double) f.get("energy_kwh"), 1e-9);
        assertEquals(joules / 3.6e6 / r.completed(), (double) f.get("energy_kwh_per_completed_job"), 1e-12);
        assertEquals(joules / 3.6e6 / (r.deliveredFlop() / 1e15), (double) f.get("energy_kwh_per_pflop"), 1e-12);
        assertEquals(r.operators().stream().mapToDouble(o -> o.feeRevenueUsd()).sum(),
                (double) f.get("fee_revenue_usd"), 1e-9);
        Map<?, ?> latency = (Map<?, ?>) ((Map<?, ?>) f.get("latency_by_class")).get("inference");
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
    }
}
