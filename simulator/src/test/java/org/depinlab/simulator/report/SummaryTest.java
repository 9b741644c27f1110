package org.depinlab.simulator.report;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.depinlab.gpubench.GpuProfiles;
import org.depinlab.simulator.model.EconomyRun;
import org.depinlab.simulator.scenario.Scenario;
import org.depinlab.simulator.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SummaryTest {

    private static final Pattern EXPONENT = Pattern.compile("[0-9][eE][+-]?[0-9]");

    @TempDir
    Path folder;

    @Test
    void aBigRunsSummaryWritesItsNumbersWithSeparatorsAndNoExponent() throws IOException {
        // a billion tokens an epoch for 12 epochs: supply, minting and value distributed in the tens of billions
        String yaml = Files.readString(Path.of("src/test/resources/scenarios/minimal.yaml"))
                .replace("constant_per_epoch: 100", "constant_per_epoch: 1.0e9");
        Path file = Files.writeString(folder.resolve("big.yaml"), yaml);
        GpuProfiles profiles = GpuProfiles.builtIn();
        Scenario scenario = new ScenarioLoader(profiles.catalog()).load(file);
        RunFigures figures = new RunFigures(scenario, 7, EconomyRun.run(scenario.model(), scenario.protocol(), 7,
                profiles));
        String summary = Summary.markdown(figures);
        assertTrue(summary.contains("Token: 12,000,000,000 minted"), summary);
        assertFalse(EXPONENT.matcher(summary).find(), summary);
        assertFalse(EXPONENT.matcher(Summary.html(figures)).find(), "the same sentences in report.html");
    }
}
