package org.depinlab.simulator.scenario;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;

/**
 * A study file, loaded and checked (see docs/studies.md): a question, a base scenario, the factors
 * it varies, the outputs it reads, the design that places the runs, and the one horizon and warm-up
 * rule every run shares. Replication r of every design point runs with the same seed (common random
 * numbers).
 *
 * @param file         the study file
 * @param name         its name (the default output folder reports/NAME)
 * @param question     the question, in words
 * @param base         the base scenario file
 * @param factors      the factors, in the file's order
 * @param outputs      run.json keys the study estimates (at least one)
 * @param replications runs per design point (at least 2)
 * @param seed         master seed; replication r runs with {@code RandomStreams.childSeed(seed, r)}
 * @param horizonDays  every run's {@code duration_days}; empty: the base scenario's
 * @param warmupDays   every run's {@code warmup_days}; empty: the base scenario's rule (its
 *                     {@code warmup_days}, else MSER-5)
 * @param design       how the runs are placed
 * @param inputs       the data files its runs read, each once
 */
public record StudyFile(Path file, String name, String question, Path base, List<Factor> factors, List<String> outputs,
                        int replications, long seed, OptionalDouble horizonDays, OptionalDouble warmupDays,
                        Design design, List<Path> inputs) {

    public StudyFile {
        factors = List.copyOf(factors);
        outputs = List.copyOf(outputs);
        inputs = List.copyOf(inputs);
    }

    /** The overrides every run gets: the horizon and the warm-up, where the study sets them. */
    public Map<String, JsonNode> shared() {
        Map<String, JsonNode> shared = new LinkedHashMap<>();
        horizonDays.ifPresent(d -> shared.put("duration_days", DoubleNode.valueOf(d)));
        warmupDays.ifPresent(d -> shared.put("warmup_days", DoubleNode.valueOf(d)));
        return shared;
    }

    /**
     * A factor: a scenario field path (as in sweeps) and the values it takes: listed levels, or a
     * numeric range [low, high] (then {@code levels} holds the two ends).
     *
     * @param path   the field path, e.g. {@code protocol.reward}
     * @param levels the levels in the file's order (a range: low, high)
     * @param range  whether the factor is a numeric range
     */
    public record Factor(String path, List<JsonNode> levels, boolean range) {
        public Factor {
            levels = List.copyOf(levels);
        }

        /** The value at {@code u} in [0, 1] of a range factor. */
        public double at(double u) {
            double low = levels.get(0).asDouble();
            return low + u * (levels.get(1).asDouble() - low);
        }
    }

    /** Where a study places its runs. */
    public sealed interface Design {
        /** Its name in the study file. */
        String kind();

        /** How many design points it places for {@code factors} (a fraction: at most this many). */
        double points(List<Factor> factors);
    }

    /** Every combination of the factors' levels against the baseline, the first level of every factor. */
    public record Compare() implements Design {
        @Override
        public String kind() {
            return "compare";
        }

        @Override
        public double points(List<Factor> factors) {
            return factors.stream().mapToDouble(f -> f.levels().size()).reduce(1, (a, b) -> a * b);
        }
    }

    /**
     * A two-level factorial: full (resolution 0) or the smallest fraction of at least that resolution.
     *
     * @param resolution 0 for the full design, else 3 to 5
     */
    public record Factorial(int resolution) implements Design {
        @Override
        public String kind() {
            return "factorial";
        }

        @Override
        public double points(List<Factor> factors) {
            return Math.pow(2, factors.size());
        }
    }

    /**
     * Saltelli's sampling for Sobol indices: {@code samples} x (k + 2) design points.
     *
     * @param samples   N, the rows of each of the matrices A and B
     * @param bootstrap resamples for the intervals
     */
    public record Sobol(int samples, int bootstrap) implements Design {
        @Override
        public String kind() {
            return "sobol";
        }

        @Override
        public double points(List<Factor> factors) {
            return (double) samples * (factors.size() + 2);
        }
    }

    /**
     * Morris's elementary effects: {@code trajectories} x (k + 1) design points on a grid.
     *
     * @param trajectories r
     * @param levels       grid levels p (even)
     */
    public record Morris(int trajectories, int levels) implements Design {
        @Override
        public String kind() {
            return "morris";
        }

        @Override
        public double points(List<Factor> factors) {
            return (double) trajectories * (factors.size() + 1);
        }
    }
}
