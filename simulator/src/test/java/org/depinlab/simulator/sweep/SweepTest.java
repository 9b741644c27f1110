package org.depinlab.simulator.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

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
        assertTrue(err.toString().contains("no points.jsonl"), err.toString());
        assertTrue(before.contains("4 points, 8 runs"));
    }
}
