package org.depinlab.simulator.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.depinlab.simulator.cli.DepinlabCommand;
import org.depinlab.simulator.output.FolderLock;
import org.depinlab.simulator.output.OutputFolder;
import org.depinlab.simulator.output.OutputKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Sweep folders cannot mix results: one writer at a time, one sweep per folder. */
class SweepFolderTest {

    private static final Path MINIMAL = SweepTest.MINIMAL;
    private static final String GRID = "replications: 3\ngrid:\n  workload.arrivals.poisson.per_second: [0.02, 0.05]\n"
            + "  matching: [first_fit, lowest_price]\noutputs: [jobs_per_second]\n";

    @TempDir
    Path folder;

    private final StringWriter err = new StringWriter();

    private Path sweep(String name, String body) throws IOException {
        return Files.writeString(folder.resolve(name + ".yaml"), "name: s\nscenario: " + MINIMAL + "\n" + body);
    }

    private int run(String... args) {
        return DepinlabCommand.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), args);
    }

    @Test
    void aSecondCommandOnAFolderInUseIsRefusedAtOnceAndTouchesNothing() throws IOException {
        Path file = sweep("grid", GRID);
        Path out = folder.resolve("out");
        assertEquals(0, run("sweep", file.toString(), "--out", out.toString(), "--quiet"), err.toString());
        String points = Files.readString(out.resolve("points.jsonl"));
        try (FolderLock held = OutputFolder.claim(out, OutputKind.SWEEP).lock()) {
            for (String[] command : List.of(new String[] {"sweep", file.toString(), "--out", out.toString(), "--resume"},
                    new String[] {"report", out.toString()}, new String[] {"merge", out.toString(), "--out",
                        folder.resolve("merged").toString()})) {
                assertEquals(2, run(command), String.join(" ", command));
            }
        }
        assertTrue(err.toString().contains(out + ": in use by another depinlab command"), err.toString());
        assertEquals(points, Files.readString(out.resolve("points.jsonl")));
        assertTrue(Files.notExists(folder.resolve("merged")));
    }

    @Test
    void twoSweepsStartedIntoOneFolderEndWithOneRefusedAndTheOthersRunsOnce() throws Exception {
        Path file = sweep("grid", GRID);
        Path out = folder.resolve("out");
        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> DepinlabCommand.execute(
                new PrintWriter(new StringWriter(), true), new PrintWriter(new StringWriter(), true), "sweep",
                file.toString(), "--out", out.toString(), "--threads", "1", "--quiet"));
        while (!Files.exists(out.resolve("depinlab-manifest.json")) && !first.isDone()) {
            Thread.onSpinWait();
        }
        int second = run("sweep", file.toString(), "--out", out.toString(), "--threads", "1", "--quiet");
        assertEquals(0, first.get());
        assertEquals(2, second, err.toString());
        assertEquals(12, Files.readAllLines(out.resolve("points.jsonl")).size(), "every run exactly once");
    }

    @Test
    void resumeAfterTheSweepChangedIsRefusedNamingWhatChanged() throws IOException {
        Path file = sweep("grid", GRID);
        Path out = folder.resolve("out");
        assertEquals(0, run("sweep", file.toString(), "--out", out.toString(), "--shard", "0/2", "--quiet"));
        String points = Files.readString(out.resolve("points.jsonl"));
        Files.writeString(file, Files.readString(file).replace("[0.02, 0.05]", "[0.02, 0.06]"));
        assertEquals(2, run("sweep", file.toString(), "--out", out.toString(), "--resume", "--quiet"));
        assertTrue(err.toString().contains("holds runs of another sweep (sweep plan differs)"), err.toString());
        Path scenario = Files.writeString(folder.resolve("base.yaml"), Files.readString(MINIMAL));
        Path other = Files.writeString(folder.resolve("other.yaml"), "name: s\nscenario: " + scenario + "\n" + GRID);
        assertEquals(0, run("sweep", other.toString(), "--out", folder.resolve("o").toString(), "--shard", "0/2",
                "--quiet"));
        Files.writeString(scenario, Files.readString(scenario).replace("seed: 7", "seed: 8"));
        assertEquals(2, run("sweep", other.toString(), "--out", folder.resolve("o").toString(), "--resume",
                "--quiet"));
        assertTrue(err.toString().contains("base scenario differs"), err.toString());
        assertEquals(points, Files.readString(out.resolve("points.jsonl")), "nothing was touched");
    }

    @Test
    void resumeAfterADataFileChangedIsRefusedNamingTheFile() throws IOException {
        StringBuilder prices = new StringBuilder("price_usd\n");
        for (int epoch = 0; epoch < 12; epoch++) {
            prices.append(1 + epoch * 0.01).append('\n');
        }
        Path path = Files.writeString(folder.resolve("prices.csv"), prices);
        Path scenario = Files.writeString(folder.resolve("base.yaml"), Files.readString(MINIMAL)
                .replace("price: {constant_usd: 1}", "price: {replay: {file: prices.csv, column: price_usd}}"));
        Path file = Files.writeString(folder.resolve("s.yaml"), "name: s\nscenario: " + scenario + "\n" + GRID);
        Path out = folder.resolve("out");
        assertEquals(0, run("sweep", file.toString(), "--out", out.toString(), "--shard", "0/2", "--quiet"),
                err.toString());
        Files.writeString(path, prices.toString().replace("1.05", "1.5"));
        assertEquals(2, run("sweep", file.toString(), "--out", out.toString(), "--resume", "--quiet"));
        assertTrue(err.toString().contains("data file prices.csv differs"), err.toString());
    }

    @Test
    void mergeOfDifferentSweepsIsRefusedAndOfShardsOfOneSweepWorks() throws IOException {
        Path file = sweep("grid", GRID);
        Path other = sweep("other", GRID.replace("replications: 3", "replications: 2"));
        assertEquals(0, run("sweep", file.toString(), "--out", folder.resolve("a").toString(), "--shard", "0/2",
                "--quiet"));
        assertEquals(0, run("sweep", other.toString(), "--out", folder.resolve("b").toString(), "--shard", "1/2",
                "--quiet"));
        assertEquals(2, run("merge", folder.resolve("a").toString(), folder.resolve("b").toString(), "--out",
                folder.resolve("m").toString()));
        assertTrue(err.toString().contains("hold runs of different sweeps (sweep plan differs)"), err.toString());
        assertTrue(Files.notExists(folder.resolve("m")));
        assertEquals(0, run("sweep", file.toString(), "--out", folder.resolve("c").toString(), "--shard", "1/2",
                "--quiet"));
        assertEquals(0, run("merge", folder.resolve("a").toString(), folder.resolve("c").toString(), "--out",
                folder.resolve("m").toString()), err.toString());
        assertEquals(12, Files.readAllLines(folder.resolve("m/points.jsonl")).size());
        assertEquals(0, run("sweep", file.toString(), "--out", folder.resolve("m").toString(), "--resume",
                "--quiet"), "a merged folder resumes as its sweep: " + err);
    }

    @Test
    void reportKeepsTheChosenOutputsAndTheSummarysBytes() throws IOException {
        Path out = folder.resolve("out");
        assertEquals(0, run("sweep", sweep("grid", GRID).toString(), "--out", out.toString(), "--quiet"));
        String summary = Files.readString(out.resolve("summary.csv"));
        String report = Files.readString(out.resolve("report.html"));
        assertEquals(0, run("report", out.toString()), err.toString());
        assertEquals(summary, Files.readString(out.resolve("summary.csv")));
        assertEquals(report, Files.readString(out.resolve("report.html")));
        assertTrue(summary.lines().findFirst().orElseThrow().contains("jobs_per_second"));
        assertTrue(!summary.contains("reward_gini"), "only the chosen outputs");
    }

    @Test
    void aCorruptLineInTheMiddleIsReportedWithItsNumberAndTheLinesAfterItAreKept() throws IOException {
        Path file = sweep("grid", GRID);
        Path out = folder.resolve("out");
        assertEquals(0, run("sweep", file.toString(), "--out", out.toString(), "--quiet"));
        List<String> lines = new ArrayList<>(Files.readAllLines(out.resolve("points.jsonl")));
        lines.set(3, "{\"point\": 1, garbage");
        Files.writeString(out.resolve("points.jsonl"), String.join("\n", lines) + "\n");
        assertEquals(0, run("report", out.toString()));
        assertTrue(err.toString().contains("points.jsonl:4: not a run record"), err.toString());
        assertTrue(Files.readString(out.resolve("report.html")).contains("4 points, 11 runs"), "the 8 after it kept");
        assertEquals(0, run("sweep", file.toString(), "--out", out.toString(), "--resume", "--quiet"));
        assertEquals(12, Files.readAllLines(out.resolve("points.jsonl")).size(), "the bad line's run made again");
    }
}
