package org.depinlab.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.depinlab.simulator.cli.DepinlabCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's spark-submit line, run the way spark-submit runs it: Spark's {@code SparkSubmit} in
 * a JVM whose class path holds Spark's jars only (Spark and what it depends on, Jackson included;
 * none of the application's own libraries), given the application jar, which Spark loads in a class
 * loader of its own (where the executor must still be found). Runs after {@code package}.
 */
class SparkSubmitIT {

    private static final Path BASE = Path.of("../scenarios/reward-capped.yaml").toAbsolutePath();

    @TempDir
    Path folder;

    @Test
    void theApplicationJarUnderSparkSubmitWritesWhatLocalThreadsWrite() throws IOException, InterruptedException {
        Path sweep = Files.writeString(folder.resolve("sweep.yaml"), "name: submitted\nscenario: " + BASE
                + "\nreplications: 2\ngrid:\n  duration_days: [1]\n  protocol.reward.cap_share: [0.01, 0.1]\n");
        Path local = folder.resolve("local");
        StringWriter err = new StringWriter();
        assertEquals(0, DepinlabCommand.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                "sweep", sweep.toString(), "--threads", "2", "--out", local.toString(), "--quiet"), err.toString());

        Path submitted = folder.resolve("submitted");
        Path log = folder.resolve("spark-submit.log");
        Process process = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "@" + Path.of("spark-jvm.options").toAbsolutePath(),
                "-cp", Files.readString(Path.of("target/spark-classpath.txt")).strip() + File.pathSeparator
                        + Files.readString(Path.of("target/spark-jackson-classpath.txt")).strip(),
                "org.apache.spark.deploy.SparkSubmit", "--master", "local[2]",
                "--class", "org.depinlab.simulator.cli.DepinlabCommand",
                Path.of("target/depinlab-spark.jar").toAbsolutePath().toString(),
                "sweep", sweep.toString(), "--executor", "spark", "--out", submitted.toString(), "--quiet"))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "spark-submit did not finish in 5 minutes");
        assertEquals(0, process.exitValue(), Files.readString(log));

        assertEquals(Files.readString(local.resolve("summary.csv")), Files.readString(submitted.resolve("summary.csv")));
        assertEquals(Files.readString(local.resolve("points.jsonl")),
                Files.readString(submitted.resolve("points.jsonl")));
    }
}
