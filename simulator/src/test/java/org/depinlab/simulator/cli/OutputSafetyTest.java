package org.depinlab.simulator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** No command loses a user's data: what it did not make, it does not touch. */
class OutputSafetyTest {

    private static final Path MINIMAL = RunCommandTest.MINIMAL.toAbsolutePath();

    @TempDir
    Path folder;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return DepinlabCommand.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true), args);
    }

    private Path usersFolder() throws IOException {
        Path mine = Files.createDirectories(folder.resolve("mine"));
        Files.writeString(mine.resolve("report.html"), "my own page");
        Files.writeString(mine.resolve("notes.txt"), "my notes");
        return mine;
    }

    private static List<String> contents(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            return paths.map(p -> dir.relativize(p) + (Files.isRegularFile(p) ? "=" + read(p) : "")).sorted().toList();
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Path sweepFile() throws IOException {
        return Files.writeString(folder.resolve("sweep.yaml"), "name: s\nscenario: " + MINIMAL
                + "\nreplications: 1\ngrid:\n  matching: [first_fit]\n");
    }

    @Test
    void aUsersFolderSurvivesEveryCommandThatWrites() throws IOException {
        Path mine = usersFolder();
        List<String> before = contents(mine);
        Path shard = folder.resolve("shard");
        assertEquals(0, run("sweep", sweepFile().toString(), "--out", shard.toString(), "--quiet"), err.toString());
        List<String[]> commands = List.of(
                new String[] {"run", MINIMAL.toString(), "--out", mine.toString(), "--quiet"},
                new String[] {"sweep", sweepFile().toString(), "--out", mine.toString(), "--quiet"},
                new String[] {"sweep", sweepFile().toString(), "--out", mine.toString(), "--resume", "--quiet"},
                new String[] {"merge", shard.toString(), "--out", mine.toString()},
                new String[] {"report", mine.toString()});
        for (String[] command : commands) {
            assertEquals(2, run(command), String.join(" ", command));
            assertEquals(before, contents(mine), String.join(" ", command));
        }
        assertTrue(err.toString().contains(mine + ": exists and was not made by depinlab"), err.toString());
        assertFalse(err.toString().contains("\tat "), "no stack trace");
    }

    @Test
    void aUsersFileAddedToAReportSurvivesItsReplacement() throws IOException {
        Path out = folder.resolve("report");
        assertEquals(0, run("run", MINIMAL.toString(), "--out", out.toString(), "--quiet"), err.toString());
        Files.writeString(out.resolve("my-analysis.md"), "mine");
        assertEquals(0, run("run", MINIMAL.toString(), "--out", out.toString(), "--quiet", "--seed", "9"),
                err.toString());
        assertEquals("mine", Files.readString(out.resolve("my-analysis.md")));
        assertTrue(Files.readString(out.resolve("run.json")).contains("\"seed\" : 9"));
    }

    @Test
    void theWorkingFolderItsAncestorsTheRootAndAFileAreRefusedBeforeRunning() throws IOException {
        Path file = Files.writeString(folder.resolve("some-file.txt"), "keep me");
        for (String out : List.of(".", "..", "/", file.toString(), System.getProperty("user.home"))) {
            assertEquals(2, run("run", MINIMAL.toString(), "--out", out, "--quiet"), out);
            assertEquals(2, run("merge", folder.toString(), "--out", out), out);
        }
        assertEquals("keep me", Files.readString(file));
        assertTrue(err.toString().contains(file + ": exists and is not a folder"), err.toString());
        assertFalse(err.toString().contains("\tat "), "no stack trace");
    }

    @Test
    void aNameThatLeavesTheReportsFolderIsRefusedByValidateAndRun() throws IOException {
        for (String name : List.of("..", ".", "../../x", "a/b", "\"\"", "x".repeat(101), "\"a b\"")) {
            Path scenario = Files.writeString(folder.resolve("bad.yaml"), Files.readString(MINIMAL)
                    .replace("name: minimal", "name: " + name));
            assertEquals(2, run("validate", scenario.toString()), name);
            assertEquals(2, run("run", scenario.toString(), "--quiet"), name);
        }
        assertTrue(err.toString().contains("bad.yaml:1:1: name: '..' cannot name the output folder reports/NAME"),
                err.toString());
        Path sweep = Files.writeString(folder.resolve("bad-sweep.yaml"), "name: ..\nscenario: " + MINIMAL
                + "\ngrid:\n  matching: [first_fit]\n");
        assertEquals(2, run("validate", sweep.toString()));
        assertEquals(2, run("sweep", sweep.toString(), "--quiet"));
    }
}
