package org.depinlab.simulator.sweep;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.depinlab.gpubench.GpuProfiles;
import org.depinlab.simulator.data.DataFormatException;
import org.depinlab.simulator.protocol.EconomyRun;
import org.depinlab.simulator.report.RunFigures;
import org.depinlab.simulator.scenario.Limits;
import org.depinlab.simulator.scenario.Scenario;
import org.depinlab.simulator.scenario.ScenarioException;
import org.depinlab.simulator.scenario.ScenarioLoader;

/**
 * A sweep's run as a pure function: (scenario, point, seed) → the run's numeric key figures. Every
 * executor goes through it, so a run gives the same figures on a thread or on a cluster worker.
 */
public final class PointRun {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int FRAMES = 3;
    private static final TypeReference<LinkedHashMap<String, JsonNode>> OVERRIDES = new TypeReference<>() { };

    private final ScenarioLoader loader;
    private final GpuProfiles profiles;

    public PointRun(ScenarioLoader loader, GpuProfiles profiles) {
        this.loader = loader;
        this.profiles = profiles;
    }

    /** The run with the built-in GPU profiles, one per JVM (what a cluster worker uses). */
    public static PointRun builtIn() {
        return BuiltIn.RUN;
    }

    /** Runs {@code task}; any failure of the run becomes a failed outcome carrying its message. */
    public RunOutcome run(RunTask task) {
        try {
            Map<String, JsonNode> overrides = JSON.readValue(task.overrides(), OVERRIDES);
            Scenario scenario = loader.load(Path.of(task.scenario()), overrides);
            EconomyRun run = EconomyRun.run(scenario.model(), scenario.protocol(), task.seed(), profiles);
            return RunOutcome.succeeded(task, new PointResult(task.point(), task.replication(), task.seed(),
                    task.values(), new RunFigures(scenario, task.seed(), run).numeric()));
        } catch (JsonProcessingException e) {
            return RunOutcome.failed(task, "unreadable point values " + task.overrides() + ": " + e.getOriginalMessage());
        } catch (ScenarioException | DataFormatException e) {
            return RunOutcome.failed(task, e.getMessage());
        } catch (RuntimeException e) {
            return RunOutcome.failed(task, unexpected(e));
        }
    }

    /** A bug's message with where it happened: the frames would otherwise be lost on a worker. */
    private static String unexpected(RuntimeException e) {
        StringBuilder text = new StringBuilder(e.toString());
        StackTraceElement[] frames = e.getStackTrace();
        for (int i = 0; i < Math.min(FRAMES, frames.length); i++) {
            text.append(i == 0 ? " at " : " < ").append(frames[i]);
        }
        return text.toString();
    }

    private static final class BuiltIn {
        static final PointRun RUN;

        static {
            GpuProfiles profiles = GpuProfiles.builtIn();
            // the driver checked every point against the work limits; here only this JVM's heap is
            RUN = new PointRun(new ScenarioLoader(profiles.catalog(), Limits.ofThisJvm(true)), profiles);
        }
    }
}
