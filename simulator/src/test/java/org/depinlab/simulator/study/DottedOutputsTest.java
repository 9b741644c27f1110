package org.depinlab.simulator.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.depinlab.simulator.cli.DepinlabCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Study outputs that name a figure inside run.json's nested maps by a dotted path. */
class DottedOutputsTest {

    private static final Path MINIMAL = Path.of("src/test/resources/scenarios/minimal.yaml").toAbsolutePath();

    @TempDir
    Path folder;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return DepinlabCommand.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), args);
    }

    private Path study(String outputs) throws IOException {
        return Files.writeString(folder.resolve("study.yaml"), "name: s\nquestion: q\nbase: " + MINIMAL
                + "\nreplications: 2\nhorizon_days: 0.25\noutputs: " + outputs + "\nfactors:\n"
                + "  workload.arrivals.poisson.per_second: {levels: [0.05, 0.05]}\ndesign: {kind: compare}\n");
    }

    @Test
    void aDottedOutputIsEstimatedFromTheRunsNestedFigure() throws IOException {
        Path file = study("[energy_by_model_region.RTX-4090.eu.kwh_per_pflop, latency_by_class.inference.wait_p99_seconds"
                + ", value_capture.pros]");
        Path out = folder.resolve("out");
        assertEquals(0, run("study", file.toString(), "--out", out.toString(), "--quiet"), err.toString());
        JsonNode study = new ObjectMapper().readTree(out.resolve("study.json").toFile());
        String json = study.toString();
        for (String output : new String[] {"energy_by_model_region.RTX-4090.eu.kwh_per_pflop",
            "latency_by_class.inference.wait_p99_seconds", "value_capture.pros"}) {
            assertTrue(json.contains(output), output);
        }
        String points = Files.readString(out.resolve("runs/points.jsonl"));
        assertTrue(points.contains("\"energy_by_model_region.RTX-4090.eu.kwh_per_pflop\""), "recorded run by run");
        assertTrue(points.contains("\"value_capture.pros\":1.0"), "the one class captures all the value");
    }

    @Test
    void aDottedOutputOfAMapRunJsonDoesNotHaveIsRefusedAtLoad() throws IOException {
        Path file = study("[jobs_completed, energy_by_region.eu.kwh_per_pflop]");
        Path out = folder.resolve("out");
        assertEquals(2, run("study", file.toString(), "--out", out.toString()));
        String message = err.toString().strip();
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.contains(file + ":6:") && message.contains("outputs[1]")
                && message.contains("'energy_by_region'") && message.contains("energy_by_model_region"), message);
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void aDottedOutputOfAFigureTheMapDoesNotHoldIsRefusedAtLoadWithItsPatterns() throws IOException {
        Path file = study("[latency_by_class.inference.wait_p95_seconds]");
        assertEquals(2, run("study", file.toString(), "--out", folder.resolve("out").toString()));
        assertTrue(err.toString().contains("latency_by_class.<job class>.wait_p99_seconds"), err.toString());
    }

    @Test
    void aClassNoRunHasIsOneErrorAtTheOutputNamingTheKeysTheRunsHave() throws IOException {
        Path file = study("[jobs_completed, latency_by_class.training.wait_p99_seconds]");
        assertEquals(2, run("study", file.toString(), "--out", folder.resolve("out").toString()));
        String message = err.toString().strip();
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.contains(file + ":6:") && message.contains("outputs[1]")
                && message.contains("'latency_by_class.training.wait_p99_seconds' is not among the figures the runs"
                + " have") && message.contains("latency_by_class.inference.wait_p99_seconds"), message);
        assertFalse(message.contains("\tat "), "no stack trace");
    }
}
