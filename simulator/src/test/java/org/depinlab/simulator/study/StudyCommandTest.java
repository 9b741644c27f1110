package org.depinlab.simulator.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.depinlab.simulator.cli.DepinlabCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudyCommandTest {

    private static final Path MINIMAL = Path.of("src/test/resources/scenarios/minimal.yaml").toAbsolutePath();

    @TempDir
    Path folder;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return DepinlabCommand.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), args);
    }

    private Path study(String body) throws IOException {
        return Files.writeString(folder.resolve("study.yaml"), "name: s\nquestion: Does the rate matter?\nbase: "
                + MINIMAL + "\nreplications: 2\nhorizon_days: 0.25\noutputs: [jobs_completed, reward_gini_true_mean]\n" + body);
    }

    /** Runs {@code file} into the folder {@code name}, expecting success; the folder. */
    private Path ran(Path file, String name) {
        Path out = folder.resolve(name);
        assertEquals(0, run("study", file.toString(), "--out", out.toString(), "--quiet"), err.toString());
        return out;
    }

    @Test
    void aScenarioComparedWithItselfDiffersByExactlyZero() throws IOException {
        Path file = study("factors:\n  workload.arrivals.poisson.per_second: {levels: [0.05, 0.05]}\n"
                + "design: {kind: compare}\n");
        Path out = folder.resolve("out");
        assertEquals(0, run("study", file.toString(), "--out", out.toString(), "--threads", "2", "--quiet"),
                err.toString());
        JsonNode study = new ObjectMapper().readTree(out.resolve("study.json").toFile());
        int differences = 0;
        for (JsonNode finding : study.get("findings")) {
            if (finding.get("measure").asText().equals(CompareStudy.DIFFERENCE)) {
                JsonNode estimate = finding.get("estimates").get(0);
                assertEquals(0.0, estimate.get("estimate").asDouble(), 0.0);
                assertEquals(0.0, estimate.get("ci95_low").asDouble(), 0.0);
                assertEquals(0.0, estimate.get("ci95_high").asDouble(), 0.0);
                differences++;
            }
        }
        assertEquals(2, differences, "one difference per output");
        assertTrue(study.get("findings").get(0).get("estimates").get(0).get("estimate").asDouble() > 0,
                "the runs completed jobs");
        List<String> summary = Files.readAllLines(out.resolve("summary.md"));
        assertEquals("# s", summary.get(0));
        assertTrue(summary.get(2).startsWith("**Answer:** Against per second 0.05 (jobs completed "),
                summary.get(2));
        assertTrue(summary.get(2).contains("no variant changes jobs completed beyond its 95 % interval"),
                summary.get(2));
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.indexOf("Does the rate matter?") < html.indexOf("<strong>Answer:</strong>")
                && html.indexOf("<strong>Answer:</strong>") < html.indexOf("<h2>Evidence"), "question, answer, evidence");
        assertTrue(Files.exists(out.resolve("runs/points.jsonl")), "the runs are a sweep folder inside");
    }

    @Test
    void aResumedFinishedStudyRunsNothingAndWritesTheSameBytes() throws IOException {
        Path file = study("factors:\n  workload.arrivals.poisson.per_second: {range: [0.02, 0.08]}\n"
                + "  matching: {levels: [first_fit, lowest_price]}\n"
                + "design: {kind: factorial}\n");
        Path out = folder.resolve("out");
        assertEquals(0, run("study", file.toString(), "--out", out.toString(), "--quiet"), err.toString());
        byte[] first = Files.readAllBytes(out.resolve("study.json"));
        String points = Files.readString(out.resolve("runs/points.jsonl"));
        assertEquals(0, run("study", file.toString(), "--out", out.toString(), "--quiet", "--resume"), err.toString());
        assertEquals(new String(first), Files.readString(out.resolve("study.json")));
        assertEquals(points, Files.readString(out.resolve("runs/points.jsonl")));
        String json = new String(first);
        assertTrue(json.contains(FactorialStudy.SHAPLEY), "a full 2^2 design attributes the change");
    }

    @Test
    void aBadLevelIsOneMessageAtItsLineAndExitTwo() throws IOException {
        Path file = study("factors:\n  workload.arrivals.poisson.per_second: {levels: [0.05, -1]}\n"
                + "design: {kind: compare}\n");
        Path out = folder.resolve("out");
        assertEquals(2, run("study", file.toString(), "--out", out.toString()));
        String message = err.toString().strip();
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.contains(file + ":8:"), message);
        assertTrue(message.contains("factors.workload.arrivals.poisson.per_second.levels[1]"), message);
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void aMisspeltOutputOrTermOfADifferenceIsNamedWithTheNearestKey() throws IOException {
        Path file = Files.writeString(folder.resolve("study.yaml"), "name: s\nquestion: q\nbase: " + MINIMAL
                + "\noutputs: [reward_gini_true_maen]\nfactors:\n  matching: {levels: [first_fit, lowest_price]}\n"
                + "design: {kind: compare}\n");
        assertEquals(2, run("study", file.toString(), "--out", folder.resolve("out").toString()));
        assertTrue(err.toString().contains(file + ":4:") && err.toString().contains("did you mean 'reward_gini_true_mean'"),
                err.toString());
        Files.writeString(file, Files.readString(file).replace("reward_gini_true_maen",
                "jobs_completed - jobs_arived"));
        assertEquals(2, run("study", file.toString(), "--out", folder.resolve("out").toString()));
        assertTrue(err.toString().contains("'jobs_arived' is not a numeric run.json key (did you mean 'jobs_arrived'?)"),
                err.toString());
    }

    private Path dottedStudy(String outputs) throws IOException {
        return Files.writeString(folder.resolve("study.yaml"), "name: s\nquestion: q\nbase: " + MINIMAL
                + "\nreplications: 2\nhorizon_days: 0.25\noutputs: " + outputs + "\nfactors:\n"
                + "  workload.arrivals.poisson.per_second: {levels: [0.05, 0.05]}\ndesign: {kind: compare}\n");
    }

    @Test
    void aDottedOutputIsEstimatedFromTheRunsNestedFigure() throws IOException {
        Path file = dottedStudy("[energy_by_model_region.RTX-4090.eu.kwh_per_pflop, latency_by_class.inference.wait_p99_seconds"
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
        Path file = dottedStudy("[jobs_completed, energy_by_region.eu.kwh_per_pflop]");
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
        Path file = dottedStudy("[latency_by_class.inference.wait_p95_seconds]");
        assertEquals(2, run("study", file.toString(), "--out", folder.resolve("out").toString()));
        assertTrue(err.toString().contains("latency_by_class.<job class>.wait_p99_seconds"), err.toString());
    }

    @Test
    void aClassNoRunHasIsOneErrorAtTheOutputNamingTheKeysTheRunsHave() throws IOException {
        Path file = dottedStudy("[jobs_completed, latency_by_class.training.wait_p99_seconds]");
        assertEquals(2, run("study", file.toString(), "--out", folder.resolve("out").toString()));
        String message = err.toString().strip();
        assertEquals(1, message.lines().count(), message);
        assertTrue(message.contains(file + ":6:") && message.contains("outputs[1]")
                && message.contains("'latency_by_class.training.wait_p99_seconds' is not among the figures the runs"
                + " have") && message.contains("latency_by_class.inference.wait_p99_seconds"), message);
        assertFalse(message.contains("\tat "), "no stack trace");
    }

    @Test
    void aSetFactorRunsExactlyAsTheFieldsItSetsWouldAlone() throws IOException {
        Path plain = study("factors:\n  workload.arrivals.poisson.per_second: {levels: [0.05, 0.1]}\n"
                + "design: {kind: compare}\n");
        JsonNode expected = new ObjectMapper().readTree(ran(plain, "plain").resolve("study.json").toFile())
                .get("findings");
        Path set = study("factors:\n  demand:\n    set:\n      low: {workload.arrivals.poisson.per_second: 0.05}\n"
                + "      high: {workload.arrivals.poisson.per_second: 0.1}\ndesign: {kind: compare}\n");
        Path out = ran(set, "set");
        JsonNode findings = new ObjectMapper().readTree(out.resolve("study.json").toFile()).get("findings");
        for (int f = 0; f < findings.size(); f++) {
            for (int e = 0; e < findings.get(f).get("estimates").size(); e++) {
                assertEquals(expected.get(f).get("estimates").get(e).get("estimate"),
                        findings.get(f).get("estimates").get(e).get("estimate"));
            }
        }
        assertTrue(Files.readString(out.resolve("summary.md")).contains("Against demand low ("),
                "the levels are named");
    }

    @Test
    void aSetFactorTogetherSetsEveryFieldOfItsLevel() throws IOException {
        Path file = study("factors:\n  size:\n    set:\n      small: {network.total_nodes: 30,"
                + " workload.arrivals.poisson.per_second: 0.05}\n      large: {network.total_nodes: 60,"
                + " workload.arrivals.poisson.per_second: 0.1}\ndesign: {kind: factorial}\n");
        String points = Files.readString(ran(file, "out").resolve("runs/points.jsonl"));
        assertTrue(points.contains("\"network.total_nodes\":\"60\",\"workload.arrivals.poisson.per_second\":\"0.1\""), points);
    }

    @Test
    void aSetWhoseLevelsSetDifferentFieldsIsRefusedAtTheLevel() throws IOException {
        Path file = study("factors:\n  size:\n    set:\n      small: {network.total_nodes: 30}\n"
                + "      large: {workload.arrivals.poisson.per_second: 0.1}\ndesign: {kind: compare}\n");
        assertEquals(2, run("study", file.toString(), "--out", folder.resolve("out").toString()));
        assertTrue(err.toString().contains(file + ":11:") && err.toString().contains("factors.size.set.large")
                && err.toString().contains("the same fields at every level"), err.toString());
    }

    @Test
    void aDifferenceOutputIsEstimatedAsTheDifferenceOfItsTwoKeysRunByRun() throws IOException {
        Path file = Files.writeString(folder.resolve("study.yaml"), "name: s\nquestion: q\nbase: " + MINIMAL
                + "\nreplications: 3\nhorizon_days: 0.25\noutputs: [jobs_completed - jobs_arrived, jobs_completed,"
                + " jobs_arrived]\nfactors:\n  workload.arrivals.poisson.per_second: {levels: [0.05, 0.1]}\n"
                + "design: {kind: compare}\n");
        JsonNode findings = new ObjectMapper().readTree(ran(file, "out").resolve("study.json").toFile())
                .get("findings");
        for (int f = 0; f < 2; f++) {
            double difference = findings.get(f).get("estimates").get(0).get("estimate").asDouble();
            double completed = findings.get(f + 2).get("estimates").get(0).get("estimate").asDouble();
            double arrived = findings.get(f + 4).get("estimates").get(0).get("estimate").asDouble();
            assertEquals(completed - arrived, difference, 1e-9);
        }
        assertTrue(findings.get(0).get("estimates").get(0).get("estimate").asDouble() < 0, "some jobs still queued");
    }

    @Test
    void aScenarioComparedWithItselfHasAPairedRatioOfExactlyOneAndDiffersInNothing() throws IOException {
        Path file = study("factors:\n  workload.arrivals.poisson.per_second: {levels: [0.05, 0.05]}\n"
                + "design: {kind: compare, ratios: true}\n");
        Path out = ran(file, "out");
        JsonNode findings = new ObjectMapper().readTree(out.resolve("study.json").toFile()).get("findings");
        JsonNode ratio = findings.get(2);
        assertEquals(CompareStudy.RATIO, ratio.get("measure").asText());
        assertEquals(1.0, ratio.get("estimates").get(0).get("estimate").asDouble(), 0.0);
        assertEquals(1.0, ratio.get("estimates").get(0).get("ci95_high").asDouble(), 0.0);
        assertTrue(Files.readAllLines(out.resolve("summary.md")).get(2).contains("Not distinguishable from the"
                + " baseline at 95 %: per second 0.05."), Files.readAllLines(out.resolve("summary.md")).get(2));
    }

    @Test
    void aVariantOfSeveralFactorsIsLabelledByEachFactorsWordsAndLevelAndSaysHowManyTimes() throws IOException {
        Path file = study("factors:\n  workload.arrivals.poisson.per_second: {levels: [0.05, 0.1]}\n"
                + "  matching: {levels: [first_fit, lowest_price]}\ndesign: {kind: compare, ratios: true}\n");
        String summary = Files.readString(ran(file, "out").resolve("summary.md"));
        assertTrue(summary.contains("| per second 0.1, matching lowest_price |"), summary);
        assertTrue(summary.contains("per second 0.1, matching first_fit raises jobs completed by ") && summary.contains(
                " times); "), summary);
    }
}
