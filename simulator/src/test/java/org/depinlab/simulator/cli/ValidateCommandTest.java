package org.depinlab.simulator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * {@code validate} says what {@code run} would say: for each kind of bad input, the same one line
 * from both, exit 2, no stack trace, and validate goes on to the next file.
 */
class ValidateCommandTest {

    private static final String NODES = "sn,gpu,model\nn0,2,T4\nn1,1,G2\n";
    private static final String PODS = "name,num_gpu,gpu_milli,gpu_spec,creation_time,deletion_time,scheduled_time\n"
            + "p0,1,500,,0,100,10\np1,1,1000,T4,5,200,20\n";
    /** A small network of the trace's nodes replaying its pods. */
    private static final String TRACE = """
            name: trace
            duration_days: 0.01
            epoch_hours: 0.1
            network:
              hardware_cost_usd_per_gpu: {T4: 2000, A10: 3000}
              trace_nodes: {file: nodes.csv, model_names: {G2: A10}}
            workload:
              trace: {file: pods.csv, model_names: {G2: A10}, reference_model: T4}
            """;

    @TempDir
    Path folder;

    /**
     * A bad input: the scenario (the minimal one, or the trace one above when {@code trace}), one
     * text replaced, the data files written with one text replaced, and the message expected after
     * the name of the file it names.
     */
    static Stream<Arguments> badInputs() {
        return Stream.of(
                Arguments.of("unknown model in a pod's gpu_spec", true, "", "", "p1,1,1000,T4", "p1,1,1000,XYZ",
                        "pods.csv:3: gpu_spec: model 'XYZ' is not in the GPU catalogue: map it under"
                                + " workload.trace.model_names (allowed: H100-SXM"),
                Arguments.of("pod list row out of range", true, "", "", "p0,1,500", "p0,1,5000",
                        "pods.csv:2: gpu_milli is 5000 (allowed: 0 to 1000)"),
                Arguments.of("pod list column missing", true, "", "", "gpu_spec,", "spec,",
                        "pods.csv:1: missing column 'gpu_spec'"),
                Arguments.of("pod list not UTF-8", true, "", "", "p0,", "p\u00ff0,",
                        "pods.csv:2: not UTF-8 text (byte 0xFF)"),
                Arguments.of("trace node without a catalogue price", true, "T4: 2000, ", "", "", "",
                        "nodes.csv:2: GPU model T4 has no catalogue price: give its hardware cost per GPU under"
                                + " network.hardware_cost_usd_per_gpu"),
                Arguments.of("class model without a catalogue price", false, "{RTX-4090: 1}", "{RTX-4090: 1, T4: 1}", "",
                        "", ":17:33: network.classes[0].gpu_models.T4: GPU model T4 has no catalogue price"),
                Arguments.of("price path not a number", false, "{constant_usd: 1}", "{replay: {file: prices.csv}}",
                        "usd\n2", "usd\nmany", "prices.csv:2: usd is 'many', not a number"),
                Arguments.of("constant price 0", false, "{constant_usd: 1}", "{constant_usd: 0}", "", "",
                        ":38:11: protocol.price.constant_usd: 0 is out of range"),
                Arguments.of("tiers that do not match", false, "{rule: pro_rata_work}",
                        "{rule: tiered_work, thresholds: [0, 10], multipliers: [1]}", "", "",
                        ":37:3: protocol.reward: thresholds and multipliers must be non-empty and of the same length,"
                                + " got 2 and 1"),
                Arguments.of("genesis short of the allocations", false, "{constant_usd: 1}",
                        "{constant_usd: 1}\n  genesis_tokens: 10\n  allocations: [{holder: team, tokens: 100}]", "", "",
                        ":39:3: protocol.genesis_tokens: 10 cannot cover the allocations (100)"),
                Arguments.of("mean overflowing in the model's unit", false, "repair_hours: 2",
                        "repair_hours: {exponential: {mean: 1.0e308}}", "", "",
                        ":11:34: network.node_failures.repair_hours.exponential.mean: 1.0E308 is out of range"
                                + " (allowed: above 0 to 1.0E30)"),
                Arguments.of("two emission kinds", false, "{constant_per_epoch: 100}",
                        "{constant_per_epoch: 100, table_per_epoch: [1]}", "", "",
                        "protocol.emission.table_per_epoch: give one of constant_per_epoch, halving,"
                                + " exponential_decay, table_per_epoch, table_per_month, inflation or baseline, not both"
                                + " constant_per_epoch and table_per_epoch"),
                Arguments.of("trace beside arrivals", false, "  arrivals:", "  trace: {file: x.csv}\n  arrivals:", "",
                        "", "workload.arrivals: give one of trace or arrivals and classes, not both trace and arrivals"),
                Arguments.of("seed past a long", false, "seed: 7", "seed: 99999999999999999999", "", "",
                        ":2:1: seed: 99999999999999999999 is out of range (allowed: whole numbers from"
                                + " -9223372036854775808 to 9223372036854775807)"),
                Arguments.of("seed as a huge decimal", false, "seed: 7", "seed: 1.0e30", "", "",
                        ":2:1: seed: 1.0E30 is out of range (allowed: whole numbers"),
                Arguments.of("scenario not UTF-8", false, "name: minimal", "name: min\u00ffimal", "", "",
                        ":1: not UTF-8 text (byte 0xFF): save the file as UTF-8"),
                Arguments.of("an alias", false, "name: minimal", "name: &n minimal\ndescription: *n", "", "",
                        ":1:7: anchor &n is not allowed (scenarios are plain data: write the value out)"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void validateAndRunGiveTheSameOneLineAndValidateGoesOn(String problem, boolean trace, String find, String replace,
                                                           String findData, String replaceData, String expected)
            throws IOException {
        Path good = Files.copy(RunCommandTest.MINIMAL, folder.resolve("good.yaml"));
        String scenario = mutate(trace ? TRACE : Files.readString(RunCommandTest.MINIMAL), find, replace);
        Path bad = folder.resolve("bad.yaml");
        Files.write(bad, latin1(scenario));
        Files.write(folder.resolve("nodes.csv"), latin1(NODES));
        Files.write(folder.resolve("pods.csv"), latin1(trace ? mutate(PODS, findData, replaceData) : PODS));
        Files.write(folder.resolve("prices.csv"), latin1(trace || replaceData.isEmpty() ? "usd\n1\n" : replaceData));

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = DepinlabCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), "validate",
                bad.toString(), good.toString());
        String message = err.toString().strip();
        assertEquals(2, exit, message);
        assertEquals(1, message.lines().count(), "one line: " + message);
        assertTrue(message.contains(expected), "expected '" + expected + "' in\n" + message);
        assertTrue(message.startsWith(expected.startsWith(":") ? bad.toString() : folder.toString()), message);
        assertFalse(message.contains("at org."), message);
        assertEquals("ok: " + good + " (minimal)", out.toString().strip(), "validate goes on to the next file");

        StringWriter runErr = new StringWriter();
        int runExit = DepinlabCommand.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(runErr, true),
                "run", bad.toString(), "--out", folder.resolve("out").toString(), "--quiet");
        assertEquals(2, runExit, runErr.toString());
        assertEquals("depinlab run: " + message, runErr.toString().strip());
    }

    @Test
    void validateChecksAStudyFileAsTheStudyCommandWouldAndNamesTheBadField() throws IOException {
        Path scenarios = Path.of("..", "scenarios").toAbsolutePath().normalize();
        String study = """
                name: check
                question: Does a cap lower the reward Gini?
                base: %s
                replications: 2
                horizon_days: 1
                outputs: [reward_gini_true_mean]
                factors:
                  protocol.reward:
                    levels:
                      - {rule: pro_rata_work}
                      - {rule: pro_rata_work, cap_share: 0.01}
                design: {kind: compare}
                """.formatted(scenarios.resolve("reward-capped.yaml"));
        Path good = Files.writeString(folder.resolve("good.yaml"), study);
        Path bad = Files.writeString(folder.resolve("bad.yaml"), study.replace("reward_gini_true_mean", "reward_gin"));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = DepinlabCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), "validate",
                good.toString(), bad.toString());
        assertEquals(DepinlabCommand.EXIT_USAGE, exit);
        assertEquals("ok: " + good + " (study check: compare, 2 points x 2 replications)\n", out.toString());
        assertTrue(err.toString().startsWith(bad + ":6:"), err.toString());
        assertEquals(1, err.toString().lines().count(), err.toString());
    }

    private static String mutate(String text, String find, String replace) {
        assertTrue(text.contains(find), "the mutation must apply: " + find);
        return text.replaceFirst(Pattern.quote(find), Matcher.quoteReplacement(replace));
    }

    /** The text with U+00FF written as the single byte 0xFF, which is not UTF-8; the rest is ASCII. */
    private static byte[] latin1(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
