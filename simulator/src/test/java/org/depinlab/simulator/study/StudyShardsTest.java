package org.depinlab.simulator.study;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.depinlab.simulator.cli.DepinlabCommand;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudyShardsTest {

    private static final Path MINIMAL = Path.of("src/test/resources/scenarios/minimal.yaml").toAbsolutePath();

    @TempDir
    Path folder;

    private StringWriter err = new StringWriter();

    private int run(String... args) {
        err = new StringWriter();
        return DepinlabCommand.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), args);
    }

    private Path study(String name, String rates) throws IOException {
        return Files.writeString(folder.resolve(name + ".yaml"), "name: s\nquestion: Does the rate matter?\nbase: "
                + MINIMAL + "\nreplications: 2\nhorizon_days: 0.25\noutputs: [jobs_completed]\n"
                + "factors:\n  workload.arrivals.poisson.per_second: {levels: [" + rates + "]}\n"
                + "design: {kind: compare}\n");
    }

    private Path shard(Path file, String shard) {
        Path out = folder.resolve("shard" + shard.replace("/", "of"));
        assertEquals(0, run("study", file.toString(), "--shard", shard, "--threads", "1", "--out", out.toString(),
                "--quiet"), err.toString());
        return out;
    }

    /** Runs both shards of a split in two of {@code file}: their folders. */
    private Path[] bothShards(Path file) {
        return new Path[] {shard(file, "0/2"), shard(file, "1/2")};
    }

    /** Merges {@code shards} into a new folder {@code name}, expecting a refusal: its one-line message. */
    private String refused(Path file, String name, Path... shards) {
        Path out = folder.resolve(name);
        String[] args = new String[5 + shards.length];
        args[0] = "study";
        args[1] = file.toString();
        args[2] = "--out";
        args[3] = out.toString();
        args[4] = "--merge";
        for (int i = 0; i < shards.length; i++) {
            args[5 + i] = shards[i].toString();
        }
        assertEquals(2, run(args), err.toString());
        assertFalse(Files.exists(out), "a refused merge writes nothing");
        String message = err.toString().strip();
        assertEquals(1, message.lines().count(), message);
        return message;
    }

    @Test
    void twoShardsMergedAreTheStudyRunWholeByteForByte() throws IOException {
        Path file = study("study", "0.03, 0.05, 0.08");
        Path whole = folder.resolve("whole");
        assertEquals(0, run("study", file.toString(), "--out", whole.toString(), "--quiet"), err.toString());
        Path first = shard(file, "0/2");
        Path second = shard(file, "1/2");
        assertFalse(Files.exists(first.resolve("summary.md")), "a shard analyses nothing");
        Path merged = folder.resolve("merged");
        assertEquals(0, run("study", file.toString(), "--merge", first.toString(), second.toString(), "--out",
                merged.toString(), "--quiet"), err.toString());
        for (String name : new String[] {"summary.md", "study.json", "report.html", "depinlab-manifest.json",
            "runs/points.jsonl", "runs/summary.csv", "runs/report.html"}) {
            assertArrayEquals(Files.readAllBytes(whole.resolve(name)), Files.readAllBytes(merged.resolve(name)), name);
        }
        assertFalse(Files.exists(merged.resolve(StudyShards.MARKER)), "the merged study is no shard");
    }

    @Test
    void shardsOfAnotherStudyAGivenTwiceOrAMissingOneAreRefusedInOneLine() throws IOException {
        Path file = study("study", "0.03, 0.05, 0.08");
        Path[] shards = bothShards(file);
        Path first = shards[0];
        Path second = shards[1];
        assertTrue(refused(file, "twice", first, first).contains("is given twice"), err.toString());
        assertTrue(refused(file, "missing", first).contains("shard 1/2 is missing"), err.toString());
        Path copy = folder.resolve("copy");
        Files.createDirectories(copy.resolve("runs"));
        for (Path p : new Path[] {Path.of("depinlab-manifest.json"), Path.of(StudyShards.MARKER),
            Path.of("runs/points.jsonl"), Path.of("runs/depinlab-manifest.json")}) {
            Files.copy(first.resolve(p), copy.resolve(p));
        }
        assertTrue(refused(file, "duplicate", first, copy, second).contains("both hold shard 0/2"), err.toString());
        Path other = study("other", "0.03, 0.05, 0.09");
        String message = refused(other, "other", first, second);
        assertTrue(message.contains("holds runs of another study") && message.contains("sweep plan differs"), message);
    }

    @Test
    void anUnfinishedShardIsRefusedWithHowToFinishIt() throws IOException {
        Path file = study("study", "0.03, 0.05, 0.08");
        Path[] shards = bothShards(file);
        Path points = shards[1].resolve("runs/points.jsonl");
        String lines = Files.readString(points);
        Files.writeString(points, lines.substring(0, lines.indexOf('\n') + 1));
        String message = refused(file, "merged", shards);
        assertTrue(message.contains("(shard 1/2) lacks 1 of its 2 runs") && message.contains("--resume"), message);
    }

    @Test
    void aShardFolderRefusesAnotherShard() throws IOException {
        Path file = study("study", "0.03, 0.05");
        Path first = shard(file, "0/2");
        assertEquals(2, run("study", file.toString(), "--shard", "1/2", "--resume", "--out", first.toString(),
                "--quiet"));
        assertTrue(err.toString().contains("holds shard 0/2 of a study, not 1/2"), err.toString());
    }
}
