package org.depinlab.simulator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import org.depinlab.gpubench.cuda.CudaAvailability;
import org.depinlab.gpubench.profile.GpuProfile;
import org.depinlab.gpubench.profile.Label;
import org.depinlab.gpubench.profile.ProfileJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code catalog} and {@code bench} end to end through the command line. */
class CatalogAndBenchCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return DepinlabCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void catalogPrintsEveryModelWithItsSource() {
        assertEquals(0, run("catalog"));
        String table = out.toString();
        assertTrue(table.contains("all figures are spec"), table);
        assertTrue(table.lines().anyMatch(l -> l.startsWith("H100-SXM ") && l.contains("66.9") && l.contains("3350")),
                table);
        assertTrue(table.contains("NVIDIA Tesla P100 GPU Accelerator Datasheet"), table);
        assertTrue(table.contains("also known as: V100M16"), table);
    }

    @Test
    void catalogOutputIsTheSameOnEveryRun() {
        run("catalog");
        String first = out.toString();
        out.getBuffer().setLength(0);
        run("catalog");
        assertEquals(first, out.toString());
    }

    @Test
    void benchGpuWithoutAGpuSaysWhyAndWritesAMeasuredCpuProfile(@TempDir Path folder) {
        Path file = folder.resolve("profiles/profile.json");
        CudaAvailability availability = CudaAvailability.probe();
        org.junit.jupiter.api.Assumptions.assumeFalse(availability.available(), "this machine has a GPU");
        int exit = run("bench", "gpu", "--quick", "--out", file.toString());
        String text = out.toString();
        assertEquals(0, exit, text + err);
        assertTrue(text.startsWith("No GPU: " + availability.reason() + ". Falling back to the CPU path."), text);
        assertTrue(text.contains("Calibration check"), text);
        assertTrue(text.contains("Profile written to " + file), text);
        GpuProfile profile = ProfileJson.read(file);
        assertEquals(Label.MEASURED, profile.label());
        assertEquals("cpu", profile.device().kind());
        assertEquals(2, profile.calibration().size());
    }

    @Test
    void unknownModelIsAUsageErrorNamingTheAllowedModels() {
        assertEquals(2, run("bench", "gpu", "--model", "GTX-1080"));
        assertTrue(err.toString().startsWith("depinlab bench gpu: --model: unknown GPU model 'GTX-1080' (allowed: H100-SXM,"),
                err.toString());
        assertFalse(err.toString().contains("\tat "), err.toString());
    }

    @Test
    void outputToAFolderIsRefusedBeforeMeasuringAndLeavesItUntouched(@TempDir Path folder) throws Exception {
        Path kept = Files.writeString(folder.resolve("kept.json"), "{}");
        assertEquals(2, run("bench", "cpu", "--quick", "--out", folder.toString()));
        assertTrue(err.toString().contains("is a folder"), err.toString());
        assertEquals("{}", Files.readString(kept));
        assertFalse(out.toString().contains("device_copy"), "nothing was measured: " + out);
    }

    @Test
    void anExistingFileThatIsNotAProfileIsRefusedBeforeMeasuringAndKept(@TempDir Path folder) throws Exception {
        Path notes = Files.writeString(folder.resolve("notes.json"), "{\"mine\": true}");
        assertEquals(2, run("bench", "cpu", "--quick", "--out", notes.toString()));
        assertTrue(err.toString().contains(notes + ": exists and is not a profile that depinlab bench wrote"),
                err.toString());
        assertEquals("{\"mine\": true}", Files.readString(notes));
        assertFalse(out.toString().contains("device_copy"), "nothing was measured: " + out);
        Path blocked = Files.writeString(folder.resolve("a-file"), "x").resolve("profile.json");
        assertEquals(2, run("bench", "cpu", "--quick", "--out", blocked.toString()));
        assertTrue(err.toString().contains(blocked + ": cannot write there"), err.toString());
    }

    @Test
    void benchScaleReportsThroughputAndHeapForASmallNetwork() {
        assertEquals(0, run("bench", "scale", "--nodes", "2000", "--operators", "40", "--days", "0.2"));
        String text = out.toString();
        assertTrue(text.startsWith("Scale benchmark: 2,000 nodes, 40 operators"), text);
        for (String figure : new String[] {"wall time", "jobs arrived", "events fired", "jobs per wall second",
            "events per wall s", "peak heap", "GPU utilization"}) {
            assertTrue(text.contains(figure), "missing " + figure + " in\n" + text);
        }
        assertEquals(2, run("bench", "scale", "--nodes", "10", "--operators", "20"));
        assertTrue(err.toString().contains("--operators: 20 is out of range (allowed: 1 to --nodes, 10)"), err.toString());
    }

    @Test
    void benchScaleScalesTheShippedScenariosOfferedLoadWithItsNodes() {
        assertEquals(0, run("bench", "scale", "--nodes", "2000", "--operators", "40", "--days", "0.05"));
        assertTrue(out.toString().startsWith("Scale benchmark: 2,000 nodes, 40 operators, 0.05000 simulated days,"
                + " 0.4000 jobs/s offered, matching FIRST_FIT"), out.toString());
    }

    @Test
    void benchScaleRunsTheScenarioGivenWithItsOwnSizes() {
        assertEquals(0, run("bench", "scale", "--scenario", "src/test/resources/scenarios/minimal.yaml"));
        assertTrue(out.toString().startsWith("Scale benchmark: 30 nodes, 6 operators, 0.5000 simulated days, 0.05000"
                + " jobs/s offered"), out.toString());
    }
}
