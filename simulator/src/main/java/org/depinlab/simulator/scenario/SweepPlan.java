package org.depinlab.simulator.scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A sweep: a base scenario, the points of parameter space to run it at, and the replications per
 * point. Replication r of every point runs with the same seed (common random numbers), so points
 * differ by their parameters, not by their luck.
 *
 * @param file         the sweep file
 * @param name         its name
 * @param scenario     the base scenario file
 * @param replications runs per point
 * @param seed         master seed; replication r runs with {@code RandomStreams.childSeed(seed, r)}
 * @param points       the points, in order
 * @param outputs      run.json figures to summarise (empty: every numeric top-level figure)
 * @param inputs       the data files its points read (traces, node lists, price paths), each once
 */
public record SweepPlan(Path file, String name, Path scenario, int replications, long seed, List<Point> points,
                        List<String> outputs, List<Path> inputs) {

    public SweepPlan {
        points = List.copyOf(points);
        outputs = List.copyOf(outputs);
        inputs = List.copyOf(inputs);
    }

    /**
     * One point: scenario field paths and the values they take there.
     *
     * @param index  position in the sweep
     * @param values field path → value, in the sweep file's order
     */
    public record Point(int index, Map<String, JsonNode> values) {
    }
}
