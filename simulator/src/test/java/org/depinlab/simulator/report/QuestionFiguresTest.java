package org.depinlab.simulator.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import org.depinlab.gpubench.GpuProfiles;
import org.depinlab.simulator.model.EconomyRun;
import org.depinlab.simulator.model.EnergyGroup;
import org.depinlab.simulator.model.LatencySummary;
import org.depinlab.simulator.protocol.ProtocolEpoch;
import org.depinlab.simulator.scenario.Scenario;
import org.depinlab.simulator.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;

/** The run.json figures the study questions read: all jobs' waits, inflation, insiders' share, energy cells. */
class QuestionFiguresTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final GpuProfiles PROFILES = GpuProfiles.builtIn();
    private static final Path MINIMAL = Path.of("src/test/resources/scenarios/minimal.yaml");

    private static RunFigures run(Map<String, String> overrides) throws IOException {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        for (Map.Entry<String, String> o : overrides.entrySet()) {
            values.put(o.getKey(), YAML.readTree(o.getValue()));
        }
        Scenario scenario = new ScenarioLoader(PROFILES.catalog()).load(MINIMAL, values);
        return new RunFigures(scenario, 7, EconomyRun.run(scenario.model(), scenario.protocol(), 7, PROFILES));
    }

    private static JsonNode runJson(RunFigures figures) throws IOException {
        return JSON.readTree(RunWriter.json(figures));
    }

    @Test
    void allJobsMeanWaitIsTheClassesMeansWeightedByTheirCompletions() throws IOException {
        String job = "{name: %s, weight: 1, flop: {exponential: {mean: %s}}, bytes_in: 0, bytes_moved: 1.0e12,"
                + " precision: fp16, efficiency: 0.5, gpus: %d, max_price_usd_per_gpu_hour: 2}";
        RunFigures figures = run(Map.of("workload.classes", "[" + String.format(job, "small", "1.0e16", 1) + ", "
                + String.format(job, "large", "5.0e17", 2) + "]", "workload.arrivals", "{poisson: {per_second: 0.2}}"));
        List<LatencySummary> classes = figures.network().latency();
        assertEquals(2, classes.size());
        long completed = classes.stream().mapToLong(LatencySummary::completed).sum();
        double weighted = classes.stream().mapToDouble(l -> l.completed() * l.waitMean()).sum() / completed;
        JsonNode run = runJson(figures);
        assertTrue(weighted > 0, "the jobs queued");
        assertEquals(weighted, run.get("wait_mean_seconds").asDouble(), weighted * 1e-9);
        double p99 = run.get("wait_p99_seconds").asDouble();
        double p95 = run.get("wait_p95_seconds").asDouble();
        assertTrue(run.get("wait_p50_seconds").asDouble() <= p95 && p95 <= p99, "percentiles in order");
        assertTrue(p99 <= Math.max(classes.get(0).waitP99(), classes.get(1).waitP99()) * (1 + 1e-3)
                && p99 >= Math.min(classes.get(0).waitP99(), classes.get(1).waitP99()) * (1 - 1e-3),
                "the merged p99 lies between the classes'");
    }

    @Test
    void inflationIsTheRunsGrowthCompoundedToAYear() throws IOException {
        RunFigures figures = run(Map.of("protocol.genesis_tokens", "1000000"));
        List<ProtocolEpoch> epochs = figures.protocolEpochs();
        ProtocolEpoch last = epochs.get(epochs.size() - 1);
        // minimal.yaml: 100 tokens an epoch for 12 hourly epochs, half a day; the price is constant, no burn
        double minted = epochs.stream().mapToDouble(ProtocolEpoch::mintedTokens).sum();
        double burned = epochs.stream().mapToDouble(ProtocolEpoch::burnedTokens).sum();
        assertEquals(1_200, minted, 1e-9);
        // the genesis tokens and the 30 nodes' stake of 100 tokens each
        double start = last.supplyTokens() - minted + burned;
        assertEquals(1_003_000, start, 1e-6);
        JsonNode run = runJson(figures);
        assertEquals(Math.pow(1 + 1_200 / 1_003_000.0, 730) - 1, run.get("emission_inflation_annual").asDouble(),
                1e-9);
        assertEquals(Math.pow(last.supplyTokens() / 1_003_000.0, 730) - 1, run.get("net_inflation_annual").asDouble(),
                1e-9);
    }

    @Test
    void insidersShareIsTheAllocationHoldersValueCaptureAndZeroWithoutThem() throws IOException {
        assertEquals(0.0, runJson(run(Map.of())).get("insiders_value_share").asDouble(), 0);
        JsonNode run = runJson(run(Map.of("protocol.genesis_tokens", "1000000", "protocol.allocations",
                "[{holder: team, tokens: 600, cliff_epochs: 0, vesting_epochs: 12},"
                        + " {holder: investors, tokens: 300, cliff_epochs: 0, vesting_epochs: 12}]")));
        JsonNode capture = run.get("value_capture");
        double insiders = capture.get("team").asDouble() + capture.get("investors").asDouble();
        assertTrue(insiders > 0 && insiders < 1, "insiders took part of the value: " + insiders);
        assertEquals(insiders, run.get("insiders_value_share").asDouble(), 1e-12);
        double operators = capture.get("pros").asDouble();
        assertEquals(1.0, insiders + operators, 1e-12);
    }

    @Test
    void runJsonsEnergyCellIsTheEnergyCsvRowOfItsModelAndRegion() throws IOException {
        RunFigures figures = run(Map.of());
        JsonNode cells = runJson(figures).get("energy_by_model_region");
        List<String> csv = CsvWriter.table(Columns.ENERGY, figures.network().energy()).lines().toList();
        List<String> header = List.of(csv.get(0).split(","));
        assertEquals(figures.network().energy().size(), csv.size() - 1);
        for (int row = 1; row < csv.size(); row++) {
            String[] values = csv.get(row).split(",");
            JsonNode cell = cells.get(values[header.indexOf("gpu_model")]).get(values[header.indexOf("region")]);
            assertEquals(Columns.ENERGY_IN_RUN.size(), cell.size());
            for (Column<EnergyGroup> column : Columns.ENERGY_IN_RUN) {
                assertEquals(Double.parseDouble(values[header.indexOf(column.name())]), cell.get(column.name())
                        .asDouble(), 0, column.name());
            }
        }
        EnergyGroup group = figures.network().energy().get(0);
        assertEquals(group.wastedJoules() / group.joules(), cells.get("RTX-4090").get("eu").get("wasted_share")
                .asDouble(), 1e-15);
    }

    @Test
    void nestedFiguresAreRunJsonsNumbersByDottedPath() {
        RunFigures figures;
        try {
            figures = run(Map.of());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        Map<String, Double> nested = NestedFigures.of(figures, List.of("energy_by_model_region", "value_capture"));
        assertEquals(EnergyFigures.kwhPerPflop(figures.network().energy().get(0)),
                nested.get("energy_by_model_region.RTX-4090.eu.kwh_per_pflop"), 0);
        assertEquals(1.0, nested.get("value_capture.pros"), 1e-12);
        assertTrue(nested.keySet().stream().noneMatch(k -> k.startsWith("latency_by_class.")), "only maps asked for");
        assertTrue(NestedFigures.of(figures, List.of()).isEmpty());
    }
}
