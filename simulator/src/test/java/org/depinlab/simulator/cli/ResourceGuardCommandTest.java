package org.depinlab.simulator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/** Inputs that would exhaust memory or never end: exit 2 and one line, quickly, from every command. */
class ResourceGuardCommandTest {

    private static final Path MINIMAL = Path.of("src/test/resources/scenarios/minimal.yaml");

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path folder;

    private int run(String... args) {
        return assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> DepinlabCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args));
    }

    private void assertOneLine(String start) {
        String text = err.toString();
        assertTrue(text.startsWith(start), text);
        assertEquals(1, text.lines().count(), text);
    }

    @Test
    @EnabledOnOs({OS.LINUX, OS.MAC})
    void validateRefusesAnEndlessDevice() {
        assertEquals(2, run("validate", "/dev/zero"));
        assertOneLine("/dev/zero: not a regular file");
    }

    @Test
    void runAndValidateRefuseAHundredMillionNodesNamingTheFieldAndTheHeap() throws IOException {
        Path file = Files.writeString(folder.resolve("big.yaml"),
                Files.readString(MINIMAL).replace("total_nodes: 30", "total_nodes: 100000000"));
        assertEquals(2, run("validate", file.toString()));
        assertOneLine(file + ":8:3: network.total_nodes: needs about 33 GB of heap for 100,000,000 nodes; this JVM may"
                + " use ");
        err.getBuffer().setLength(0);
        assertEquals(2, run("run", "--out", folder.resolve("out").toString(), file.toString()));
        assertOneLine("depinlab run: " + file + ":8:3: network.total_nodes: needs about 33 GB");
    }

    @Test
    void allowLongLiftsTheWorkLimitsOfValidate() throws IOException {
        Path file = Files.writeString(folder.resolve("fast.yaml"),
                Files.readString(MINIMAL).replace("per_second: 0.05", "per_second: 100000000"));
        assertEquals(2, run("validate", file.toString()));
        assertOneLine(file + ":24:24: workload.arrivals.poisson.per_second: about 4,320,000,000,000 arrivals");
        assertEquals(0, run("validate", "--allow-long", file.toString()));
    }

    @Test
    void benchScaleRefusesOutOfRangeSizesBeforeAllocating() {
        assertEquals(2, run("bench", "scale", "--nodes", "0"));
        assertOneLine("depinlab bench scale: --nodes: 0 is out of range (allowed: 1 to 100,000,000)");
        err.getBuffer().setLength(0);
        assertEquals(2, run("bench", "scale", "--nodes", "100000000", "--operators", "1000"));
        assertOneLine("depinlab bench scale: --nodes: needs about 33 GB of heap for 100,000,000 nodes");
        err.getBuffer().setLength(0);
        assertEquals(2, run("bench", "scale", "--days", "1e9"));
        assertOneLine("depinlab bench scale: --days: 1.0E9 is out of range (allowed: above 0 to 3650.0)");
    }

    @Test
    void benchSweepRefusesOutOfRangeRounds() {
        assertEquals(2, run("bench", "sweep", "x.yaml", "--executor", "spark", "--rounds", "1000000"));
        assertOneLine("depinlab bench sweep: --rounds: 1000000 is out of range (allowed: 1 to 100)");
    }
}
