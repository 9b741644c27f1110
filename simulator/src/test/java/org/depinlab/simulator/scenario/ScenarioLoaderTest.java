package org.depinlab.simulator.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.depinlab.gpubench.catalog.GpuCatalog;
import org.depinlab.simulator.cli.DepinlabCommand;
import org.depinlab.simulator.market.Matching;
import org.depinlab.simulator.protocol.ProtocolConfig;
import org.depinlab.tokenomics.price.TokenMarket;
import org.depinlab.tokenomics.reward.ProRataWork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.depinlab.simulator.network.Population;
import org.depinlab.simulator.workload.WorkloadConfig;

class ScenarioLoaderTest {

    static final Path MINIMAL = Path.of("src/test/resources/scenarios/minimal.yaml");

    @TempDir
    Path folder;

    @Test
    void minimalScenarioLoadsIntoTheModelRecords() {
        Scenario scenario = new ScenarioLoader(GpuCatalog.builtIn()).load(MINIMAL);
        assertEquals("minimal", scenario.name());
        assertEquals(7, scenario.seed());
        assertEquals(43_200, scenario.model().durationSeconds());
        assertEquals(3_600, scenario.model().epochSeconds());
        assertEquals(Matching.FIRST_FIT, scenario.model().matching());
        assertEquals(30, ((Population.Drawn) scenario.model().network().population()).totalNodes());
        assertEquals(100 * 3_600, scenario.model().network().nodeFailures().timeToFailureSeconds().mean(), 1e-6,
                "hours are converted to seconds");
        assertTrue(scenario.protocol().rewardRule() instanceof ProRataWork);
        assertEquals(1e16, scenario.model().workload().classes().get(0).flop().mean());
    }

    @Test
    void aScenarioSetsEnergyPhysicsWithCarbonIntensitiesOrAPueAboveOne() throws IOException {
        ScenarioLoader loader = new ScenarioLoader(GpuCatalog.builtIn());
        assertFalse(loader.load(MINIMAL).setsEnergyPhysics());
        String text = Files.readString(MINIMAL);
        Path carbon = Files.writeString(folder.resolve("carbon.yaml"), text.replace("  total_nodes: 30",
                "  total_nodes: 30\n  carbon_g_per_kwh: {eu: 300}"));
        assertTrue(loader.load(carbon).setsEnergyPhysics());
        Path pue = Files.writeString(folder.resolve("pue.yaml"), text.replaceFirst("      regions: \\{eu: 1\\}",
                "      regions: {eu: 1}\n      pue: 1.4"));
        assertTrue(loader.load(pue).setsEnergyPhysics());
    }

    @Test
    void spotCheckMismatchesGoToARefereeUnlessTheScenarioSaysNot() throws IOException {
        ScenarioLoader loader = new ScenarioLoader(GpuCatalog.builtIn());
        String text = Files.readString(MINIMAL);
        Path refereed = Files.writeString(folder.resolve("refereed.yaml"),
                text + "\nadversaries: {verification: {spot_check_share: 0.1}}\n");
        Path alone = Files.writeString(folder.resolve("alone.yaml"),
                text + "\nadversaries: {verification: {spot_check_share: 0.1, referee: false}}\n");
        assertTrue(loader.load(refereed).model().adversaries().orElseThrow().verification().referee());
        assertFalse(loader.load(alone).model().adversaries().orElseThrow().verification().referee());
    }

    @Test
    void monthlySeriesBecomeOneValuePerEpochOverThirtyDayMonths() throws IOException {
        String text = Files.readString(MINIMAL).replace("epoch_hours: 1", "epoch_hours: 2")
                .replace("  emission: {constant_per_epoch: 100}", "  emission: {table_per_month: [720, 1440]}")
                .replace("  price: {constant_usd: 1}", "  price: {monthly_usd: [2, 3]}");
        Path file = Files.writeString(folder.resolve("monthly.yaml"), text);
        ProtocolConfig protocol = new ScenarioLoader(GpuCatalog.builtIn()).load(file).protocol();
        // 360 two-hour epochs a month: 720 tokens a month are 2 an epoch
        assertEquals(2, protocol.emission().emission(0, 0), 1e-12);
        assertEquals(2, protocol.emission().emission(359, 0), 1e-12);
        assertEquals(4, protocol.emission().emission(360, 0), 1e-12);
        assertEquals(0, protocol.emission().emission(720, 0), "nothing after the table");
        TokenMarket market = protocol.price().create(new org.apache.commons.math3.random.MersenneTwister(1));
        assertEquals(2, market.price());
        for (int e = 0; e < 360; e++) {
            market.endEpoch(e);
        }
        assertEquals(3, market.price(), "month 2 starts at epoch 360");
    }

    @Test
    void inputsAreTheDataFilesReadAbsoluteAndNormalizedInReadingOrder() throws IOException {
        Path data = Files.createDirectories(folder.resolve("data"));
        Files.writeString(data.resolve("nodes.csv"), "sn,gpu,model\nn0,2,T4\n");
        Files.writeString(data.resolve("pods.csv"), "name,num_gpu,gpu_milli,gpu_spec,creation_time,deletion_time,"
                + "scheduled_time\np0,1,500,,0,100,10\n");
        Files.writeString(data.resolve("prices.csv"), "usd\n1.5\n");
        Path file = Files.writeString(folder.resolve("trace.yaml"), """
                name: trace
                duration_days: 1
                epoch_hours: 1
                network:
                  hardware_cost_usd_per_gpu: {T4: 2000}
                  trace_nodes: {file: ./data/../data/nodes.csv}
                workload:
                  trace: {file: data/pods.csv, reference_model: T4}
                protocol:
                  emission: {constant_per_epoch: 1}
                  reward: {rule: pro_rata_work}
                  price: {replay: {file: data/prices.csv}}
                """);
        Scenario scenario = new ScenarioLoader(GpuCatalog.builtIn()).load(file);
        Path root = folder.toAbsolutePath().normalize();
        assertEquals(List.of(root.resolve("data/nodes.csv"), root.resolve("data/pods.csv"),
                root.resolve("data/prices.csv")), scenario.inputs());
        assertEquals(1, ((WorkloadConfig.Trace) scenario.model().workload()).replay().podList().pods().size(),
                "the pod list is read at load");
        assertTrue(new ScenarioLoader(GpuCatalog.builtIn()).load(MINIMAL).inputs().isEmpty());
    }

    @Test
    void everyShippedScenarioValidates() throws IOException {
        try (Stream<Path> files = Stream.concat(Files.list(Path.of("../scenarios")),
                Files.list(Path.of("../scenarios/networks")))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).toList()) {
                assertNotNull(new ScenarioLoader(GpuCatalog.builtIn()).load(file), file.toString());
            }
        }
    }

    /** Replacements in the minimal scenario giving the forms of each section that no shipped scenario uses. */
    static Stream<Arguments> otherForms() {
        return Stream.of(
                Arguments.of("  emission: {constant_per_epoch: 100}",
                        "  emission: {exponential_decay: {initial_per_epoch: 100, decay_per_epoch: 0.01}}"),
                Arguments.of("  emission: {constant_per_epoch: 100}", "  emission: {table_per_epoch: [100, 50]}"),
                Arguments.of("  price: {constant_usd: 1}",
                        "  price: {gbm: {initial_usd: 1, drift_per_epoch: 0, volatility_per_epoch: 0.1}}"),
                Arguments.of("  arrivals: {poisson: {per_second: 0.05}}",
                        "  arrivals: {mmpp: {per_second: [0.1, 0.01], mean_hold_seconds: [600, 600]}}"),
                Arguments.of("  arrivals: {poisson: {per_second: 0.05}}", "  arrivals: {poisson: {per_second: 0.05}}\n"
                        + "  demand_response: {reference_usd_per_gpu_hour: 2.5, elasticity: 1.2}"),
                Arguments.of("  price: {constant_usd: 1}", "  price: {amm: {token_reserve: 1000, usd_reserve: 500,"
                        + " outside_flow: {usd_per_epoch_mean: -10, usd_per_epoch_sd: 5, persistence: 0.5}}}\n"
                        + "  genesis_tokens: 1000"),
                Arguments.of("{exponential: {mean: 1.0e16}}", "{empirical: [1.0e15, 1.0e16]}"),
                Arguments.of("epoch_hours: 1", "epoch_hours: 1\nwarmup_days: 0.25"),
                Arguments.of("{exponential: {mean: 1.0e16}}", "{lognormal: {mean: 1.0e16, scv: 2}}"),
                Arguments.of("  reward: {rule: pro_rata_work}", "  reward: {rule: hybrid, parts: [{weight: 1, rule:"
                        + " concave_work, alpha: 0.5}, {weight: 1, rule: tiered_work, thresholds: [0, 10],"
                        + " multipliers: [1, 2]}]}"),
                Arguments.of("  reward: {rule: pro_rata_work}", "  reward: {rule: pro_rata_work, cap_mean_multiple: 5}"),
                Arguments.of("  reward: {rule: pro_rata_work}", "  reward: {rule: device_weighted, multipliers:"
                        + " {T4: 2, H100-SXM: 8}, min_stake_tokens_per_gpu: 0.5}"),
                Arguments.of("  reward: {rule: pro_rata_work}", "  reward: {rule: hybrid, parts: [{weight: 1, rule:"
                        + " pro_rata_work}, {weight: 1, rule: device_weighted, multipliers: {T4: 2}}]}"),
                Arguments.of("  price: {constant_usd: 1}", "  price: {constant_usd: 1}\n  capital_cost_rate_per_year: 0.08"));
    }

    @ParameterizedTest
    @MethodSource("otherForms")
    void everyFormOfASectionLoads(String find, String replace) throws IOException {
        String text = Files.readString(MINIMAL);
        assertTrue(text.contains(find), "the replacement must apply: " + find);
        Path file = Files.writeString(folder.resolve("form.yaml"), text.replace(find, replace));
        assertNotNull(new ScenarioLoader(GpuCatalog.builtIn()).load(file));
    }

    /** A mutation of the minimal scenario and the start of the message it must give (after the file name). */
    static Stream<Arguments> badScenarios() {
        return Stream.of(
                Arguments.of("name: minimal", "nam: minimal", ":1:1: nam: unknown field (did you mean 'name'?)"),
                Arguments.of("  arrivals: {poisson: {per_second: 0.05}}", "  arrivals: {poisson: {per_second: 0.05}}\n"
                        + "  demand_response: {reference_usd_per_gpu_hour: 2.5, elasticity: -1}",
                        ":25:54: workload.demand_response.elasticity: -1 is out of range"),
                Arguments.of("  price: {constant_usd: 1}", "  price: {amm: {token_reserve: 1000, usd_reserve: 500,"
                        + " outside_flow: {usd_per_epoch_mean: 0, persistence: 1}}}",
                        "protocol.price.amm.outside_flow.persistence: 1 is out of range"),
                Arguments.of("name: minimal\n", "", ":1:1: name: is required (text)"),
                Arguments.of("seed: 7", "seed: seven", ":2:1: seed: must be a whole number, found text 'seven'"),
                Arguments.of("duration_days: 0.5", "duration_days: -1", ":3:1: duration_days: -1 is out of range"),
                Arguments.of("duration_days: 0.5", "duration_days: many", ":3:1: duration_days: must be a number"),
                Arguments.of("epoch_hours: 1", "epoch_hours: 100", ":4:1: epoch_hours: 100 is out of range"),
                Arguments.of("epoch_hours: 1", "epoch_hours: 1\nwarmup_days: 0.5",
                        ":5:1: warmup_days: 0.5 is out of range (allowed: 0 to 0.458"),
                Arguments.of("matching: first_fit", "matching: cheapest", ":5:1: matching: 'cheapest' is not one of the"
                        + " choices (allowed: first_fit, fastest_first, lowest_price, stake_weighted, reputation_weighted)"),
                Arguments.of("  operators: 6", "  operators: 0", ":7:3: network.operators: 0 is out of range"),
                Arguments.of("  operators: 6", "  operators: 6\n  reserve_share: 0.1",
                        "network.reserve_share: was retired: potential entrants now arrive per class"),
                Arguments.of("  operators: 6", "  operators: 6\n  entry: {max_nodes: 10, max_operators: 2,"
                        + " payback_months: 12}", "network.entry: no class has entrants_per_month"),
                Arguments.of("  operators: 6", "  operators: 6.5", ":7:3: network.operators: must be a whole number"),
                Arguments.of("  total_nodes: 30", "  total_nodes: 3", ":8:3: network.total_nodes: 3 is fewer than the 6"),
                Arguments.of("  total_nodes: 30", "  totl_nodes: 30", ":8:3: network.totl_nodes: unknown field (did you mean"
                        + " 'total_nodes'?)"),
                Arguments.of("{exponential: {mean: 100}}", "{exponential: {mean: -5}}",
                        "network.node_failures.time_to_failure_hours.exponential.mean: -5 is out of range"),
                Arguments.of("{exponential: {mean: 100}}", "{gaussian: {mean: 100}}",
                        "network.node_failures.time_to_failure_hours.gaussian: unknown distribution (allowed: a number,"
                                + " constant, exponential, lognormal, uniform, pareto, weibull, empirical)"),
                Arguments.of("{exponential: {mean: 100}}", "{exponential: {mean: 100, sd: 3}}",
                        "network.node_failures.time_to_failure_hours.exponential.sd: unknown field"),
                Arguments.of("    repair_hours: 2", "    repair_hours: [2]",
                        "network.node_failures.repair_hours: must be a number or a mapping with one kind"),
                Arguments.of("      weight: 1\n      nodes", "      weight: 0\n      nodes",
                        ":14:7: network.classes[0].weight: 0 is out of range"),
                Arguments.of("      gpus_per_node: 2", "      gpus_per_node: 100",
                        ":16:7: network.classes[0].gpus_per_node: 100 is out of range (allowed: 1 to 64)"),
                Arguments.of("{RTX-4090: 1}", "{GTX-1080: 1}",
                        "network.classes[0].gpu_models.GTX-1080: unknown GPU model 'GTX-1080' (allowed: H100-SXM,"),
                Arguments.of("{RTX-4090: 1}", "{RTX-4090: -1}", "network.classes[0].gpu_models.RTX-4090: -1 is out of range"),
                Arguments.of("      regions: {eu: 1}", "      regions: {}",
                        ":18:7: network.classes[0].regions: must be a mapping of names to weights > 0"),
                Arguments.of("      reputation: 1", "      reputaton: 1",
                        "network.classes[0].reputaton: unknown field (did you mean 'reputation'?)"),
                Arguments.of("{min: 0.3, max: 0.6}", "{min: 0.7, max: 0.6}",
                        "network.classes[0].ask_usd_per_gpu_hour.uniform.max: 0.6 is out of range (allowed: 0.7 to 1.0E30)"),
                Arguments.of("  arrivals: {poisson: {per_second: 0.05}}", "  arrivals: {constant: {per_second: 0.05}}",
                        "workload.arrivals.constant: unknown field"),
                Arguments.of("  arrivals: {poisson: {per_second: 0.05}}", "  arrivals: {}",
                        "workload.arrivals: names no arrival process (allowed: poisson, diurnal, mmpp)"),
                Arguments.of("      precision: fp16", "      precision: fp8",
                        "workload.classes[0].precision: 'fp8' is not one of the choices (allowed: fp32, fp16)"),
                Arguments.of("      efficiency: 0.5", "      efficiency: 1.5",
                        ":32:7: workload.classes[0].efficiency: 1.5 is out of range (allowed: 1.0E-6 to 1)"),
                Arguments.of("      gpus: 1\n", "      gpus: 2.5\n",
                        "workload.classes[0].gpus: 2.5 is not allowed (allowed: a fraction in (0, 1] or a whole number 1 to 8)"),
                Arguments.of("      gpus: 1\n", "      gpus: 1\n      allowed_models: [T4, X9]\n",
                        "workload.classes[0].allowed_models[1]: unknown GPU model 'X9'"),
                Arguments.of("      max_price_usd_per_gpu_hour: 2", "      max_price_usd_per_gpu_hour: free",
                        "workload.classes[0].max_price_usd_per_gpu_hour: must be a number"),
                Arguments.of("  emission: {constant_per_epoch: 100}", "  emission: {linear: 100}",
                        "protocol.emission.linear: unknown field"),
                Arguments.of("  reward: {rule: pro_rata_work}", "  reward: {rule: quadratic}",
                        "protocol.reward.rule: 'quadratic' is not one of the choices"),
                Arguments.of("  reward: {rule: pro_rata_work}", "  reward: {rule: pro_rata_work, cap_share: 2}",
                        "protocol.reward.cap_share: 2 is out of range"),
                Arguments.of("  reward: {rule: pro_rata_work}", "  reward: {rule: pro_rata_work, cap_share: 0.1,"
                        + " cap_mean_multiple: 5}", "protocol.reward.cap_mean_multiple: give one of cap_share or"
                        + " cap_mean_multiple, not both"),
                Arguments.of("  reward: {rule: pro_rata_work}", "  reward: {rule: pro_rata_work, cap_mean_multiple: 0.5}",
                        "protocol.reward.cap_mean_multiple: 0.5 is out of range (allowed: 1 to"),
                Arguments.of("  reward: {rule: pro_rata_work}", "  reward: {rule: device_weighted, multipliers: {X9: 2}}",
                        "protocol.reward.multipliers.X9: unknown GPU model 'X9'"),
                Arguments.of("  reward: {rule: pro_rata_work}", "  reward: {rule: device_weighted, multipliers: {T4: 0}}",
                        "protocol.reward.multipliers.T4: 0 is out of range"),
                Arguments.of("  reward: {rule: pro_rata_work}", "  reward: {rule: hybrid, parts: [{weight: 1, rule:"
                        + " device_weighted, multipliers: {T4: 2}}, {weight: 1, rule: device_weighted, multipliers:"
                        + " {T4: 3}}]}", "protocol.reward.parts[1].rule: device_weighted is given twice"),
                Arguments.of("  reward: {rule: pro_rata_work}", "  reward: {rule: pro_rata_work, min_stake_tokens_per_gpu: 5}",
                        "protocol.reward.min_stake_tokens_per_gpu: has no use with the other fields given"),
                Arguments.of("  price: {constant_usd: 1}", "  price: {replay: {file: missing.csv}}",
                        "protocol.price.replay.file: no readable file"),
                Arguments.of("  price: {constant_usd: 1}", "  price: {constant_usd: 1}\n  fee_take_rate: 1.5",
                        "protocol.fee_take_rate: 1.5 is out of range (allowed: 0 to 0.99)"),
                Arguments.of("  price: {constant_usd: 1}", "  price: {constant_usd: 1}\n  max_slash_share_per_epoch: 1.5",
                        "protocol.max_slash_share_per_epoch: 1.5 is out of range (allowed: 0 to 1)"),
                Arguments.of("  price: {constant_usd: 1}", "  price: {constant_usd: 1}\n  decisions: {window_epochs: 6,"
                        + " exit_margin: 0, shrink_margin: -1, expand_margin: 1}",
                        "protocol.decisions: needs exit_margin < shrink_margin"),
                Arguments.of("  price: {constant_usd: 1}", "  price: {constant_usd: 1}\n  decisions: {window_epochs: 6,"
                        + " exit_margin: -1, shrink_margin: 0, expand_margin: 1, entry_margin: 0}",
                        "protocol.decisions.entry_margin: was retired: entrants now judge their own return"),
                Arguments.of("  reward: {rule: pro_rata_work}", "  reward: {rulex: pro_rata_work}",
                        "protocol.reward.rulex: unknown field (did you mean 'rule'?)"),
                Arguments.of("  reward: {rule: pro_rata_work}", "  reward: {rule: pro_rata_work, alpha: 0.5}",
                        "protocol.reward.alpha: has no use with the other fields given (allowed here: rule,"),
                Arguments.of("  price: {constant_usd: 1}", "  price: {constant_usd: 1}\n  genesis_tokensx: 500\n"
                        + "  allocations: [{holder: team, tokens: 500}]",
                        "protocol.genesis_tokensx: unknown field (did you mean 'genesis_tokens'?)"),
                Arguments.of("  price: {constant_usd: 1}", "  price: {constant_usd: 1}\n  genesis_tokens: 500\n"
                        + "  allocations: [{holder: pros, tokens: 500}]",
                        "protocol.allocations[0].holder: 'pros' is the name of an operator class (allowed: a name"),
                Arguments.of("      regions: {eu: 1}", "      regionsx: {eu: 1}",
                        ":18:7: network.classes[0].regionsx: unknown field (did you mean 'regions'?)"),
                Arguments.of("  total_nodes: 30", "  total_nodes: 30\n  hardware_cost_usd_per_gpux: {RTX-4090: 1}",
                        "network.hardware_cost_usd_per_gpux: unknown field (did you mean 'hardware_cost_usd_per_gpu'?)"),
                Arguments.of("  total_nodes: 30", "  total_nodes: 30\n  carbon_g_per_kwh: {eu: 5000}",
                        "network.carbon_g_per_kwh.eu: 5000.0 gCO2e/kWh is above any grid (allowed: (0, 2000])"),
                Arguments.of("      regions: {eu: 1}", "      regions: {eu: 1}\n      pue: 0.9",
                        "network.classes[0].pue: 0.9 is out of range"),
                Arguments.of("{pareto: {scale: 2, shape: 1.5}}", "{pareto: {shape: 1.5}}",
                        "network.classes[0].nodes_per_operator.pareto.scale: is required"),
                Arguments.of("{min: 0.3, max: 0.6}", "{max: 0.6}",
                        "network.classes[0].ask_usd_per_gpu_hour.uniform.min: is required"),
                Arguments.of("{min: 0.3, max: 0.6}", "{mn: 0.3, max: 0.6}",
                        "network.classes[0].ask_usd_per_gpu_hour.uniform.mn: unknown field (did you mean 'min'?)"),
                Arguments.of("{exponential: {mean: 100}}", "{weibull: {scale: 100}}",
                        "network.node_failures.time_to_failure_hours.weibull.shape: is required"),
                Arguments.of("  price: {constant_usd: 1}", "  price: {replay: {file: .}}",
                        "protocol.price.replay.file: is a folder, not a file"),
                Arguments.of("  price: {constant_usd: 1}", "  price: {constant_usd: 1}\n  capital_cost_rate_per_year: 2",
                        "protocol.capital_cost_rate_per_year: 2 is out of range"),
                Arguments.of("name: minimal", "name: !!java.io.File minimal", ":1:7: type tag"),
                Arguments.of("seed: 7", "seed: 7\nseed: 8", "not valid YAML"),
                Arguments.of("name: minimal", "name: [unclosed", "not valid YAML"),
                Arguments.of("  total_nodes: 30", "\ttotal_nodes: 30", ":8:1: not valid YAML: found character '\\t(TAB)'"),
                Arguments.of("seed: 7", "seed: 7\nadversaries: {cheaters: [{class: crooks, share: 0.5}]}",
                        "adversaries.cheaters[0].class: 'crooks' is not an operator class of the network (allowed: pros)"),
                Arguments.of("seed: 7", "seed: 7\nadversaries: {cheaters: [{class: pros, share: 0.5, strategy: lazy}]}",
                        "adversaries.cheaters[0].lazy_flop_share: is required"),
                Arguments.of("seed: 7", "seed: 7\nadversaries: {penalties: {ejection_epochs: forever}}",
                        "adversaries.penalties.ejection_epochs: 'forever' is not allowed (allowed: a whole number of"
                        + " epochs 0 to 1000000, or permanent)"),
                Arguments.of("seed: 7", "seed: 7\nadversaries: {verification: {spot_check_share: 1.5}}",
                        "adversaries.verification.spot_check_share: 1.5 is out of range"),
                Arguments.of("seed: 7", "seed: 7\nadversaries: {verification: {redundancy_share: 0.1, redundancy_copies: 4}}",
                        "adversaries.verification.redundancy_copies: 4 runs can tie (allowed: an odd number, 3 to 15)"),
                Arguments.of("seed: 7", "seed: 7\nadversaries: {verification: {referee: sometimes}}",
                        "adversaries.verification.referee: must be true or false, found text 'sometimes'"),
                Arguments.of("seed: 7", "seed: 7\nadversaries: {verification: {checks_paid_by: treasury}}",
                        "adversaries.verification.checks_paid_by: 'treasury' is not one of the choices (allowed:"
                        + " customer, protocol)"),
                Arguments.of("name: minimal", "name: \"minimal", ": not valid YAML: found unexpected end of stream (while"
                        + " scanning a quoted scalar begun at line 1, column 7)"));
    }

    @ParameterizedTest
    @MethodSource("badScenarios")
    void badScenarioGivesOneLineNamingFileFieldAndWhatIsAllowedAndExitTwo(String find, String replace, String expected)
            throws IOException {
        String text = Files.readString(MINIMAL);
        assertTrue(text.contains(find), "the mutation must apply: " + find);
        Path file = Files.writeString(folder.resolve("bad.yaml"), text.replaceFirst(java.util.regex.Pattern.quote(find),
                java.util.regex.Matcher.quoteReplacement(replace)));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = DepinlabCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), "validate",
                file.toString());
        String message = err.toString().strip();
        assertEquals(2, exit, message);
        assertTrue(message.startsWith(file.toString()), message);
        assertTrue(message.substring(file.toString().length()).contains(expected), "expected '" + expected + "' in\n"
                + message);
        assertEquals(1, message.lines().count(), "one line: " + message);
        assertFalse(message.contains("\tat "), message);
    }
}
