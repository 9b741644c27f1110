package org.depinlab.simulator.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.depinlab.simulator.cli.DepinlabCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The study file's labels, {@code against} and {@code answer:} section: read, used, and refused where wrong. */
class StudyFileLabelsAndAnswersTest {

    private static final Path MINIMAL = Path.of("src/test/resources/scenarios/minimal.yaml").toAbsolutePath();

    /** Outputs with two cells of a nested map, for the extremes answer. */
    private static final String CELLS = "[jobs_completed, latency_by_class.inference.wait_p99_seconds,"
            + " latency_by_class.training.wait_p99_seconds]";

    @TempDir
    Path folder;

    private final StringWriter err = new StringWriter();

    private Path study(String body) throws IOException {
        return study("[jobs_completed, completion_ratio]", body);
    }

    private Path study(String outputs, String body) throws IOException {
        return Files.writeString(folder.resolve("study.yaml"), "name: s\nquestion: Does the rate matter?\nbase: "
                + MINIMAL + "\nreplications: 2\nhorizon_days: 0.25\noutputs: " + outputs + "\n" + body);
    }

    private int validate(Path file) {
        return DepinlabCommand.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                "validate", file.toString());
    }

    private void refused(String body, int line, String... words) throws IOException {
        refused(study(body), line, words);
    }

    private void refused(Path file, int line, String... words) {
        assertEquals(2, validate(file), err.toString());
        assertTrue(err.toString().contains(file + ":" + line + ":"), err.toString());
        for (String word : words) {
            assertTrue(err.toString().contains(word), err.toString());
        }
    }

    @Test
    void labelsAndAnAnswerSectionNameTheRunsInWords() throws IOException {
        Path file = study("factors:\n  workload.arrivals.poisson.per_second:\n    label: demand\n    levels: [0.05, 0.1]\n"
                + "    level_labels: [one, double]\ndesign: {kind: compare, against: workload.arrivals.poisson.per_second}\n"
                + "answer: {kind: scaling, factor: workload.arrivals.poisson.per_second, scales: [1, 2],"
                + " throughput: jobs_completed, watch: [completion_ratio]}\n");
        Path out = folder.resolve("out");
        assertEquals(0, DepinlabCommand.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                "study", file.toString(), "--out", out.toString(), "--quiet"), err.toString());
        String answer = Files.readAllLines(out.resolve("summary.md")).get(2);
        assertTrue(answer.startsWith("**Answer:** Jobs completed keeps up as the network grows: at double "), answer);
        assertTrue(answer.contains(" times one's (scale efficiency "), answer);
        assertTrue(Files.readString(out.resolve("summary.md")).contains("factor demand"
                + " (workload.arrivals.poisson.per_second): levels [one = 0.05, double = 0.1]"));
    }

    @Test
    void levelLabelsOfAnotherCountAreRefusedAtTheirLine() throws IOException {
        refused("factors:\n  workload.arrivals.poisson.per_second:\n    levels: [0.05, 0.1]\n    level_labels: [one]\n"
                + "design: {kind: compare}\n", 10, "level_labels: 1 labels for 2 levels");
    }

    @Test
    void compareAgainstAFactorTheStudyHasNotIsRefused() throws IOException {
        refused("factors:\n  workload.arrivals.poisson.per_second: {levels: [0.05, 0.1]}\n"
                + "design: {kind: compare, against: matching}\n", 9, "design.against: 'matching' is not a factor");
    }

    @Test
    void anAnswerOnAnOutputTheStudyDoesNotReadIsRefused() throws IOException {
        refused("factors:\n  workload.arrivals.poisson.per_second: {levels: [0.05, 0.1]}\ndesign: {kind: compare}\n"
                + "answer: {kind: threshold, output: jobs_arrived, along: workload.arrivals.poisson.per_second}\n", 10,
                "answer.output: 'jobs_arrived' is not among the study's outputs");
    }

    @Test
    void aThresholdsAlsoOutputTheStudyDoesNotReadIsRefusedAtItsLine() throws IOException {
        refused("factors:\n  workload.arrivals.poisson.per_second: {levels: [0.05, 0.1]}\ndesign: {kind: compare}\n"
                + "answer:\n  kind: threshold\n  output: jobs_completed\n  along: workload.arrivals.poisson.per_second\n"
                + "  meaning: demand is served\n  also: [completion_ratio, jobs_arrived]\n", 15,
                "answer.also[1]: 'jobs_arrived' is not among the study's outputs");
    }

    @Test
    void aThresholdAlongAFactorWithoutNumbersIsRefused() throws IOException {
        refused("factors:\n  matching: {levels: [first_fit, lowest_price]}\ndesign: {kind: compare}\n"
                + "answer: {kind: threshold, output: jobs_completed, along: matching}\n", 10,
                "answer.along: matching must have listed numeric levels");
    }

    @Test
    void aWatchedOutputWhoseWorseDirectionIsUnknownMustSayIt() throws IOException {
        Path file = Files.writeString(folder.resolve("study.yaml"), "name: s\nquestion: q\nbase: " + MINIMAL
                + "\nreplications: 2\nhorizon_days: 0.25\noutputs: [jobs_completed, reward_gini_true_mean]\n"
                + "factors:\n  workload.arrivals.poisson.per_second: {levels: [0.05, 0.1]}\ndesign: {kind: compare}\n"
                + "answer: {kind: scaling, factor: workload.arrivals.poisson.per_second, scales: [1, 2],"
                + " throughput: jobs_completed, watch: [reward_gini_true_mean]}\n");
        assertEquals(2, validate(file), err.toString());
        assertTrue(err.toString().contains("answer.watch[0]: which way reward_gini_true_mean worsens is not known"
                + " (allowed: {output: reward_gini_true_mean, worse: higher|lower})"), err.toString());
    }

    @Test
    void anExtremesPatternMatchingFewerThanTwoOutputsIsRefusedAtItsLine() throws IOException {
        refused(study(CELLS, "factors:\n  matching: {levels: [first_fit, lowest_price]}\ndesign: {kind: compare}\n"
                + "answer:\n  kind: extremes\n  outputs:\n    - latency_by_class.*.wait_p99_seconds\n"
                + "    - latency_by_class.*.wait_p50_seconds\n"), 14,
                "answer.outputs[1]: 'latency_by_class.*.wait_p50_seconds' matches 0 of the study's outputs");
    }

    @Test
    void anExtremesPatternMustBeCellsOfANestedMapWithTheFigureLast() throws IOException {
        refused(study(CELLS, "factors:\n  matching: {levels: [first_fit, lowest_price]}\ndesign: {kind: compare}\n"
                + "answer: {kind: extremes, outputs: ['*']}\n"), 10,
                "answer.outputs[0]: '*' is not a pattern of cells");
        refused(study(CELLS, "factors:\n  matching: {levels: [first_fit, lowest_price]}\ndesign: {kind: compare}\n"
                + "answer: {kind: extremes, outputs: ['latency_by_class.inference.*']}\n"), 10,
                "is not a pattern of cells (allowed: a nested map's dotted output with * for a key and the figure last");
    }

    @Test
    void anExtremesAnswerReadsTheBaselineOnlyAndACostAmongTheOutputs() throws IOException {
        String pattern = "latency_by_class.*.wait_p99_seconds";
        refused(study(CELLS, "factors:\n  matching: {levels: [first_fit, lowest_price]}\ndesign: {kind: compare}\n"
                + "answer: {kind: extremes, outputs: ['latency_by_class.*.wait_p50_seconds', '" + pattern + "']}\n"), 10,
                "answer.outputs[0]: 'latency_by_class.*.wait_p50_seconds' matches 0 of the study's outputs");
        refused(study(CELLS, "factors:\n  matching: {levels: [first_fit, lowest_price]}\ndesign: {kind: compare}\n"
                + "answer: {kind: extremes, outputs: ['" + pattern + "'], at: variant}\n"), 10,
                "answer.at: 'variant' is not a point the answer reads (allowed: baseline)");
        refused(study(CELLS, "factors:\n  matching: {levels: [first_fit, lowest_price]}\ndesign: {kind: compare}\n"
                + "answer: {kind: extremes, outputs: ['" + pattern + "'], cost: jobs_arrived}\n"), 10,
                "answer.cost: 'jobs_arrived' is not among the study's outputs");
    }
}
