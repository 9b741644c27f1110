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
import org.depinlab.simulator.model.EconomyRun;
import org.depinlab.simulator.report.NestedFigures;
import org.depinlab.simulator.report.RunFigures;
import org.depinlab.simulator.scenario.Limits;
import org.depinlab.simulator.scenario.Scenario;
import org.depinlab.simulator.scenario.ScenarioException;
import org.depinlab.simulator.scenario.ScenarioLoader;

/**
 * Runs a {@link RunSpec}: a pure function (scenario, point, seed) → the run's numeric key figures.
 * Every executor goes through it, so a run gives the same figures on a thread or on a cluster worker.
 */
public final class RunFunction {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int FRAMES = 3;
    private static final TypeReference<LinkedHashMap<String, JsonNode>> OVERRIDES = new TypeReference<>() { };

    private final ScenarioLoader loader;
    private final GpuProfiles profiles;

    public RunFunction(ScenarioLoader loader, GpuProfiles profiles) {
        this.loader = loader;
        this.profiles = profiles;
    }

    /** The function with the built-in GPU profiles, one per JVM (what a cluster worker uses). */
    public static RunFunction builtIn() {
        return BuiltIn.RUN;
    }

    /** Runs {@code spec}; any failure of the run becomes a failed outcome carrying its message. */
    public RunOutcome run(RunSpec spec) {
        try {
            Map<String, JsonNode> overrides = JSON.readValue(spec.overrides(), OVERRIDES);
            Scenario scenario = loader.load(Path.of(spec.scenario()), overrides);
            EconomyRun run = EconomyRun.run(scenario.model(), scenario.protocol(), spec.seed(), profiles);
            RunFigures figures = new RunFigures(scenario, spec.seed(), run);
            Map<String, Double> numeric = figures.numeric();
            numeric.putAll(NestedFigures.of(figures, spec.maps()));
            return new RunOutcome.Completed(new RunRecord(spec.point(), spec.replication(), spec.seed(),
                    spec.values(), numeric));
        } catch (JsonProcessingException e) {
            return new RunOutcome.Failed(spec, "unreadable point values " + spec.overrides() + ": "
                    + e.getOriginalMessage());
        } catch (ScenarioException | DataFormatException e) {
            return new RunOutcome.Failed(spec, e.getMessage());
        } catch (RuntimeException e) {
            return new RunOutcome.Failed(spec, unexpected(e));
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
        static final RunFunction RUN;

        static {
            GpuProfiles profiles = GpuProfiles.builtIn();
            // the driver checked every point against the work limits; here only this JVM's heap is
            RUN = new RunFunction(new ScenarioLoader(profiles.catalog(), Limits.ofThisJvm(true)), profiles);
        }
    }
}
