package org.depinlab.simulator.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.depinlab.gpubench.GpuProfiles;
import org.depinlab.simulator.cli.DepinlabCommand;
import org.depinlab.simulator.scenario.ScenarioException;
import org.depinlab.simulator.scenario.ScenarioLoader;
import org.depinlab.simulator.scenario.SweepLoader;
import org.depinlab.simulator.scenario.SweepPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepTest {

    static final Path MINIMAL = Path.of("src/test/resources/scenarios/minimal.yaml").toAbsolutePath();

    @TempDir
    Path folder;

    private final StringWriter err = new StringWriter();

    private Path sweep(String body) throws IOException {
        return Files.writeString(folder.resolve("sweep.yaml"), "name: s\nscenario: " + MINIMAL + "\n" + body);
    }

    private int run(String... args) {
        return DepinlabCommand.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), args);
    }

    private static SweepPlan plan(Path file) {
        GpuProfiles profiles = GpuProfiles.builtIn();
        return new SweepLoader(new ScenarioLoader(profiles.catalog())).load(file);
    }

    private static final String GRID = "replications: 3\ngrid:\n  workload.arrivals.poisson.per_second: [0.02, 0.05]\n"
            + "  matching: [first_fit, lowest_price]\n";

    @Test
    void gridIsEveryCombinationWithTheLastFieldFastest() throws IOException {
        SweepPlan plan = plan(sweep(GRID));
        assertEquals(4, plan.points().size());
        assertEquals("lowest_price", plan.points().get(1).values().get("matching").asText());
        assertEquals(0.05, plan.points().get(2).values().get("workload.arrivals.poisson.per_second").asDouble());
    }

    @Test
    void latinHypercubePutsOnePointInEveryStratumOfEveryDimension() throws IOException {
        SweepPlan plan = plan(sweep("sample:\n  method: latin_hypercube\n  points: 10\n  ranges:\n"
                + "    workload.arrivals.poisson.per_second: [0.01, 0.11]\n    epoch_hours: [1, 2]\n"));
        boolean[] rate = new boolean[10];
        boolean[] epoch = new boolean[10];
        for (SweepPlan.Point p : plan.points()) {
            rate[(int) ((p.values().get("workload.arrivals.poisson.per_second").asDouble() - 0.01) / 0.01)] = true;
            epoch[(int) ((p.values().get("epoch_hours").asDouble() - 1) / 0.1)] = true;
        }
        for (int i = 0; i < 10; i++) {
            assertTrue(rate[i] && epoch[i], "stratum " + i + " empty");
        }
    }

    @Test
    void sobolPointsAreTheSequenceAfterItsOrigin() throws IOException {
        SweepPlan plan = plan(sweep("sample:\n  method: sobol\n  points: 3\n  ranges:\n    epoch_hours: [1, 3]\n"));
        // Sobol in one dimension: 0.5, 0.75, 0.25 after the origin
        assertEquals(List.of(2.0, 2.5, 1.5), plan.points().stream()
                .map(p -> p.values().get("epoch_hours").asDouble()).toList());
    }

    @Test
    void aSweepFieldThatBreaksTheScenarioIsReportedBeforeAnythingRuns() throws IOException {
        ScenarioException e = assertThrows(ScenarioException.class, () -> plan(sweep(
                "grid:\n  workload.arrivals.poisson.per_second: [0.02, -1]\n")));
        assertTrue(e.getMessage().contains("point 1") && e.getMessage().contains("per_second: -1 is out of range"),
                e.getMessage());
    }

    @Test
    void summaryIsTheSameWithOneOrTwoThreads() throws IOException {
        Path file = sweep(GRID);
        assertEquals(0, run("sweep", file.toString(), "--out", folder.resolve("one").toString(), "--threads", "1",
                "--quiet"), err.toString());
        assertEquals(0, run("sweep", file.toString(), "--out", folder.resolve("two").toString(), "--threads", "2",
                "--quiet"), err.toString());
        String summary = Files.readString(folder.resolve("one/summary.csv"));
        assertEquals(summary, Files.readString(folder.resolve("two/summary.csv")));
        assertEquals(Files.readString(folder.resolve("one/points.jsonl")),
                Files.readString(folder.resolve("two/points.jsonl")), "the finished sweep's runs, in order");
        assertEquals(Files.readString(folder.resolve("one/report.html")),
                Files.readString(folder.resolve("two/report.html")));
        assertEquals(5, summary.lines().count(), "a header and four points");
        assertTrue(summary.lines().skip(1).allMatch(line -> line.contains(",3,")), "three replications each");
    }

    @Test
    void resumeAfterACrashLosesAndDuplicatesNothing() throws IOException {
        Path file = sweep(GRID);
        Path whole = folder.resolve("whole");
        assertEquals(0, run("sweep", file.toString(), "--out", whole.toString(), "--threads", "1", "--quiet"));
        Path crashed = folder.resolve("crashed");
        Files.createDirectories(crashed);
        // the manifest is written first, before any run
        Files.copy(whole.resolve("depinlab-manifest.json"), crashed.resolve("depinlab-manifest.json"));
        List<String> lines = Files.readAllLines(whole.resolve("points.jsonl"));
        // a kill -9 after five runs, in the middle of writing the sixth line
        Files.writeString(crashed.resolve("points.jsonl"), String.join("\n", lines.subList(0, 5)) + "\n"
                + lines.get(5).substring(0, 40));
        assertEquals(2, run("sweep", file.toString(), "--out", crashed.toString(), "--quiet"));
        assertTrue(err.toString().contains("--resume"), err.toString());
        assertEquals(0, run("sweep", file.toString(), "--out", crashed.toString(), "--resume", "--quiet"));
        assertEquals(12, Files.readAllLines(crashed.resolve("points.jsonl")).size(), "every run exactly once");
        assertEquals(Files.readString(whole.resolve("summary.csv")), Files.readString(crashed.resolve("summary.csv")));
    }

    @Test
    void shardsMergedEqualTheWholeSweep() throws IOException {
        Path file = sweep(GRID);
        Path whole = folder.resolve("whole");
        run("sweep", file.toString(), "--out", whole.toString(), "--quiet");
        run("sweep", file.toString(), "--out", folder.resolve("s0").toString(), "--shard", "0/2", "--quiet");
        run("sweep", file.toString(), "--out", folder.resolve("s1").toString(), "--shard", "1/2", "--quiet");
        assertEquals(0, run("merge", folder.resolve("s0").toString(), folder.resolve("s1").toString(), "--out",
                folder.resolve("merged").toString()), err.toString());
        assertEquals(Files.readString(whole.resolve("summary.csv")),
                Files.readString(folder.resolve("merged/summary.csv")));
        assertEquals(2, run("sweep", file.toString(), "--shard", "2/2", "--out", folder.resolve("x").toString()));
        assertTrue(err.toString().contains("a shard is i/N with 0 <= i < N"), err.toString());
    }

    @Test
    void sweepReportHasTheFrontierAndAResponsePerOutputAndParsesAsXml() throws Exception {
        Path file = sweep("replications: 2\ngrid:\n  workload.arrivals.poisson.per_second: [0.02, 0.05]\n"
                + "  matching: [first_fit, lowest_price]\noutputs: [jobs_per_second, reward_gini_true_mean]\n");
        Path out = folder.resolve("out");
        assertEquals(0, run("sweep", file.toString(), "--out", out.toString(), "--quiet"), err.toString());
        javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        org.w3c.dom.Document page = factory.newDocumentBuilder().parse(out.resolve("report.html").toFile());
        // the frontier, and one response per output for the numeric parameter (matching is not numeric)
        assertEquals(3, page.getElementsByTagNameNS("http://www.w3.org/2000/svg", "svg").getLength());
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("Reward Gini (true) against throughput"), "frontier");
        String before = html;
        assertEquals(0, run("report", out.toString()), err.toString());
        assertTrue(Files.readString(out.resolve("report.html")).contains("4 points, 8 runs"));
        assertEquals(2, run("report", folder.toString()));
        assertTrue(err.toString().contains("was not made by depinlab"), err.toString());
        assertTrue(before.contains("4 points, 8 runs"));
    }

    @Test
    void aFailedRunIsReportedWithItsParametersAndTheOtherRunsAreKept() throws IOException {
        StringBuilder prices = new StringBuilder("usd\n");
        for (int epoch = 0; epoch < 12; epoch++) {
            prices.append(1 + epoch / 100.0).append('\n');
        }
        Files.writeString(folder.resolve("a.csv"), prices);
        Path missing = Files.writeString(folder.resolve("b.csv"), prices);
        Files.writeString(folder.resolve("base.yaml"), Files.readString(MINIMAL)
                .replace("price: {constant_usd: 1}", "price: {replay: {file: a.csv}}"));
        Path file = Files.writeString(folder.resolve("sweep.yaml"), "name: s\nscenario: base.yaml\nreplications: 2\n"
                + "grid:\n  protocol.price.replay.file: [a.csv, b.csv]\n");
        SweepPlan plan = plan(file);
        Files.delete(missing);
        Path out = folder.resolve("out");
        SweepRunner runner = new SweepRunner(new ScenarioLoader(GpuProfiles.builtIn().catalog()), GpuProfiles.builtIn());
        SweepRunner.Shard all = new SweepRunner.Shard(0, 1);

        SweepFailedException e = assertThrows(SweepFailedException.class,
                () -> runner.run(plan, out, 2, all, false, n -> { }));
        assertEquals(2, e.failures().size());
        assertTrue(e.getMessage().startsWith("2 of 4 runs failed"), e.getMessage());
        assertTrue(e.getMessage().contains("point 1, replication 0 (protocol.price.replay.file = b.csv): ")
                && e.getMessage().contains("point 1, replication 1 (") && e.getMessage().contains("b.csv"),
                e.getMessage());
        assertEquals(2, Files.readAllLines(out.resolve("points.jsonl")).size(), "point 0's runs are kept");
        assertEquals(2, Files.readString(out.resolve("summary.csv")).lines().count(), "a header and point 0");
        assertTrue(Files.readString(out.resolve("summary.csv")).contains("\n0,a.csv,2,"), "point 0, both runs");

        Files.writeString(missing, prices);
        assertEquals(2, runner.run(plan, out, 2, all, true, n -> { }), "resume runs only the failed ones");
        assertEquals(3, Files.readString(out.resolve("summary.csv")).lines().count());
    }

    @Test
    void anUnknownOrMissingExecutorIsAUsageError() throws IOException {
        Path file = sweep(GRID);
        assertEquals(2, run("sweep", file.toString(), "--executor", "dask", "--out", folder.resolve("d").toString()));
        assertTrue(err.toString().contains("unknown executor 'dask' (allowed: local, spark)"), err.toString());
        assertEquals(2, run("sweep", file.toString(), "--master", "local[2]", "--out", folder.resolve("m").toString()));
        assertTrue(err.toString().contains("--master is for --executor spark"), err.toString());
        assertEquals(2, run("sweep", file.toString(), "--executor", "spark", "--out", folder.resolve("s").toString()));
        assertTrue(err.toString().contains("the Spark executor is not on the class path"), err.toString());
    }

    @Test
    void validateChecksEveryPointOfEveryShippedSweepFile() throws IOException {
        StringWriter out = new StringWriter();
        List<String> args = new ArrayList<>(List.of("validate"));
        try (var files = Files.list(Path.of("../scenarios/sweeps"))) {
            files.filter(f -> f.toString().endsWith(".yaml")).sorted().forEach(f -> args.add(f.toString()));
        }
        assertTrue(args.size() >= 3, "the shipped sweeps: " + args);
        assertEquals(0, DepinlabCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true),
                args.toArray(String[]::new)), err.toString());
        assertTrue(out.toString().contains("(sweep executor-bench: 200 points x 1 replications)"), out.toString());
        Path broken = sweep("grid:\n  workload.arrivals.poisson.per_second: [0.02, -1]\n");
        assertEquals(2, run("validate", broken.toString()));
        assertTrue(err.toString().contains("point 1"), err.toString());
    }

    @Test
    void benchSweepComparesWithAnotherExecutorOnly() throws IOException {
        Path file = sweep(GRID);
        assertEquals(2, run("bench", "sweep", file.toString(), "--executor", "local"));
        assertTrue(err.toString().contains("depinlab bench sweep: --executor: name the executor to compare with local"
                + " threads"), err.toString());
        assertEquals(2, run("bench", "sweep", file.toString(), "--executor", "spark"));
        assertTrue(err.toString().contains("the Spark executor is not on the class path"), err.toString());
    }

    @Test
    void anExecutorThatStopsLeavesItsFinishedRunsSummarisedForResume() throws IOException {
        SweepPlan plan = plan(sweep(GRID));
        SweepRunner runner = new SweepRunner(new ScenarioLoader(GpuProfiles.builtIn().catalog()), GpuProfiles.builtIn());
        SweepRunner.Shard all = new SweepRunner.Shard(0, 1);
        SweepExecutor stopsAfterFive = new SweepExecutor() {
            @Override
            public void execute(List<RunSpec> specs, Consumer<RunOutcome> sink) {
                for (RunSpec spec : specs.subList(0, 5)) {
                    sink.accept(RunFunction.builtIn().run(spec));
                }
                throw new IllegalStateException("lost the cluster\n\tat a long trace");
            }

            @Override
            public void close() {
            }
        };
        Path out = folder.resolve("out");
        SweepStoppedException e = assertThrows(SweepStoppedException.class,
                () -> runner.run(plan, out, stopsAfterFive, all, false, n -> { }));
        assertEquals("the sweep stopped after 5 of 12 runs (those that finished are kept and summarised; --resume"
                + " runs the rest): lost the cluster", e.getMessage());
        assertEquals(5, Files.readAllLines(out.resolve("points.jsonl")).size());
        assertTrue(Files.readString(out.resolve("summary.csv")).contains("\n1,0.02,lowest_price,2,"),
                "point 1 summarised from its two finished runs");

        assertEquals(7, runner.run(plan, out, 2, all, true, n -> { }));
        Path whole = folder.resolve("whole");
        runner.run(plan, whole, 2, all, false, n -> { });
        assertEquals(Files.readString(whole.resolve("summary.csv")), Files.readString(out.resolve("summary.csv")));
    }

    @Test
    void aSobolSampleOverMoreFieldsThanItsDimensionsIsABadSweep() throws IOException {
        StringBuilder ranges = new StringBuilder();
        for (int i = 0; i < 1_001; i++) {
            ranges.append("    f").append(i).append(": [0, 1]\n");
        }
        Path file = sweep("sample:\n  method: sobol\n  points: 2\n  ranges:\n" + ranges);
        assertEquals(2, run("validate", file.toString()));
        assertTrue(err.toString().contains("sample.ranges: 1001 fields is more than the Sobol sequence's 1000"
                + " dimensions"), err.toString());
    }
}
