package org.depinlab.spark;

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
import org.depinlab.simulator.scenario.ScenarioLoader;
import org.depinlab.simulator.scenario.SweepLoader;
import org.depinlab.simulator.scenario.SweepPlan;
import org.depinlab.simulator.sweep.SweepExecutor;
import org.depinlab.simulator.sweep.SweepExecutorProvider;
import org.depinlab.simulator.sweep.SweepFailedException;
import org.depinlab.simulator.sweep.SweepRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Spark executor in local mode against the local one, through the command line and the API. */
class SparkSweepExecutorTest {

    /** A shipped scenario (2 000 nodes), shortened to two days by the sweep itself. */
    private static final Path BASE = Path.of("../scenarios/reward-capped.yaml").toAbsolutePath();
    private static final String PRICE = "  price: {amm: {token_reserve: 20000000, usd_reserve: 10000000}}";

    @TempDir
    Path folder;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return DepinlabCommand.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), args);
    }

    @Test
    void sparkWritesTheSameSummaryPointsAndReportAsLocalThreads() throws IOException {
        Path sweep = Files.writeString(folder.resolve("sweep.yaml"), "name: s\nscenario: " + BASE
                + "\nreplications: 2\nseed: 5\ngrid:\n  duration_days: [1, 2]\n"
                + "  protocol.reward.cap_share: [0.005, 0.05, 0.2]\n");
        Path local = folder.resolve("local");
        Path spark = folder.resolve("spark");
        assertEquals(0, run("sweep", sweep.toString(), "--threads", "2", "--out", local.toString(), "--quiet"),
                err.toString());
        assertEquals(0, run("sweep", sweep.toString(), "--executor", "spark", "--master", "local[2]", "--out",
                spark.toString(), "--quiet"), err.toString());
        String summary = Files.readString(local.resolve("summary.csv"));
        assertEquals(7, summary.lines().count(), "a header and six points");
        assertEquals(summary, Files.readString(spark.resolve("summary.csv")));
        assertEquals(Files.readString(local.resolve("points.jsonl")), Files.readString(spark.resolve("points.jsonl")));
        assertEquals(Files.readString(local.resolve("report.html")), Files.readString(spark.resolve("report.html")));
    }

    @Test
    void aFailedPointIsReportedWithItsParametersAndTheOtherPointsAreKept() throws IOException {
        StringBuilder prices = new StringBuilder("usd\n");
        for (int epoch = 0; epoch < 48; epoch++) {
            prices.append(0.5 + epoch / 100.0).append('\n');
        }
        Files.writeString(folder.resolve("steady.csv"), prices);
        Path vanishing = Files.writeString(folder.resolve("vanishing.csv"), prices);
        String scenario = Files.readString(BASE);
        assertTrue(scenario.contains(PRICE), "the base scenario's price line moved: update this test");
        Files.writeString(folder.resolve("base.yaml"), scenario.replace(PRICE, "  price: {replay: {file: steady.csv}}"));
        Path sweep = Files.writeString(folder.resolve("sweep.yaml"), "name: s\nscenario: base.yaml\nreplications: 2\n"
                + "grid:\n  duration_days: [2]\n  protocol.price.replay.file: [steady.csv, vanishing.csv]\n");
        GpuProfiles profiles = GpuProfiles.builtIn();
        ScenarioLoader loader = new ScenarioLoader(profiles.catalog());
        SweepPlan plan = new SweepLoader(loader).load(sweep);
        // every point was valid when the sweep was planned; point 1's file is gone when it runs
        Files.delete(vanishing);
        Path out = folder.resolve("out");

        SweepFailedException failed;
        try (SweepExecutor spark = new SparkSweepExecutorProvider()
                .open(new SweepExecutorProvider.Settings("failing", 2, "local[2]"))) {
            failed = assertThrows(SweepFailedException.class, () -> new SweepRunner(loader, profiles)
                    .run(plan, out, spark, new SweepRunner.Shard(0, 1), false, n -> { }));
        }
        assertEquals(2, failed.failures().size());
        String message = failed.getMessage();
        assertTrue(message.startsWith("2 of 4 runs failed"), message);
        assertTrue(message.contains("point 1, replication 0 (duration_days = 2, protocol.price.replay.file ="
                + " vanishing.csv): ") && message.contains("point 1, replication 1 (") && message.contains(
                "protocol.price.replay.file: no readable file "), message);
        assertEquals(2, Files.readAllLines(out.resolve("points.jsonl")).size(), "point 0's two runs are kept");
        List<String> summary = Files.readAllLines(out.resolve("summary.csv"));
        assertEquals(2, summary.size(), "a header and point 0");
        assertTrue(summary.get(1).startsWith("0,2,steady.csv,2,"), summary.get(1));
    }

    @Test
    void aMasterThatIsNoSparkUrlIsAUsageError() throws IOException {
        Path sweep = Files.writeString(folder.resolve("sweep.yaml"), "name: s\nscenario: " + BASE
                + "\ngrid:\n  duration_days: [1]\n");
        assertEquals(2, run("sweep", sweep.toString(), "--executor", "spark", "--master", "local[0]", "--out",
                folder.resolve("out").toString()));
        assertTrue(err.toString().contains("--master: 'local[0]' is not a Spark master this command starts (allowed:"
                + " local,"), err.toString());
        assertEquals(2, run("sweep", sweep.toString(), "--executor", "spark", "--master", "yarn", "--out",
                folder.resolve("out").toString()));
        assertTrue(err.toString().contains("for YARN or Kubernetes, give spark-submit's --master"), err.toString());
        assertEquals("spark://a:7077,b:7077", SparkSweepExecutor.checked("spark://a:7077,b:7077"));
        assertEquals("local[*]", SparkSweepExecutor.checked("local[*]"));
        assertEquals("local[4,2]", SparkSweepExecutor.checked("local[4,2]"));
    }
}
