package org.depinlab.simulator.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.depinlab.gpubench.catalog.GpuCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SweepLoaderTest {

    @TempDir
    Path folder;

    private final SweepLoader sweeps = new SweepLoader(new ScenarioLoader(GpuCatalog.builtIn()));

    private Path sweep(String text) throws IOException {
        Files.copy(ScenarioLoaderTest.MINIMAL, folder.resolve("minimal.yaml"), StandardCopyOption.REPLACE_EXISTING);
        return Files.writeString(folder.resolve("sweep.yaml"), text);
    }

    private String refusal(Path file) {
        assertTrue(SweepLoader.isSweep(file), "taken for a sweep");
        return assertThrows(ScenarioException.class, () -> sweeps.load(file)).getMessage()
                .substring(file.toString().length());
    }

    @Test
    void aSweepWithoutItsScenarioIsToldTheScenarioIsRequired() throws IOException {
        assertEquals(":1:1: scenario: is required (text)", refusal(sweep("name: s\ngrid: {seed: [1, 2]}\n")));
        assertEquals(":1:1: scenario: is required (text)", refusal(sweep("name: s\nreplications: 2\n")));
    }

    @Test
    void aMisspeltScenarioMakesASweepThatNamesTheMisspelling() throws IOException {
        assertTrue(refusal(sweep("name: s\nscenariox: minimal.yaml\n"))
                .startsWith(":2:1: scenariox: unknown field (did you mean 'scenario'?)"));
    }

    @Test
    void aScenarioNamingAFolderIsRefusedAtTheField() throws IOException {
        assertTrue(refusal(sweep("name: s\nscenario: .\ngrid: {seed: [1, 2]}\n"))
                .startsWith(":2:1: scenario: is a folder, not a file"));
    }

    @Test
    void aScenarioIsNotASweepEvenWithItsTopLevelKeysMisspelt() throws IOException {
        assertFalse(SweepLoader.isSweep(ScenarioLoaderTest.MINIMAL));
        Path misspelt = Files.writeString(folder.resolve("s.yaml"), "nam: a\nseeds: 1\nnetwork: {}\n");
        assertFalse(SweepLoader.isSweep(misspelt));
    }

    @Test
    void aSweepOfTheMinimalScenarioLoads() throws IOException {
        SweepPlan plan = sweeps.load(sweep("name: s\nscenario: minimal.yaml\ngrid: {seed: [1, 2]}\n"));
        assertEquals(2, plan.points().size());
    }

    @Test
    void aBadPointIsRefusedAtTheSweptValueTheScenarioRefuses() throws IOException {
        String refusal = refusal(sweep("name: s\nscenario: minimal.yaml\ngrid:\n  seed: [1, 2]\n"
                + "  matching: [lowest_price, sideways]\n"));
        assertTrue(refusal.startsWith(":5:28: grid.matching[1]: point 1 {seed=1, matching=\"sideways\"} gives a bad scenario: "), refusal);
    }

    @Test
    void aBadFieldInsideASweptMappingIsNamedAndLocatedInTheSweepFile() throws IOException {
        String refusal = refusal(sweep("name: s\nscenario: minimal.yaml\ngrid:\n  network.node_failures:\n"
                + "    - {time_to_failure_hours: 100, repair_hours: 2, colour: red}\n"));
        assertTrue(refusal.startsWith(":5:"), refusal);
        assertTrue(refusal.contains(" grid.network.node_failures[0].colour: point 0 "), refusal);
    }
}
