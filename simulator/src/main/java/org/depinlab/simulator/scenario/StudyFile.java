package org.depinlab.simulator.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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
 * @param outputs      run.json keys the study estimates (at least one), or differences {@code a - b} of two
 * @param replications runs per design point (at least 2)
 * @param seed         master seed; replication r runs with {@code RandomStreams.childSeed(seed, r)}
 * @param horizonDays  every run's {@code duration_days}; empty: the base scenario's
 * @param warmupDays   every run's {@code warmup_days}; empty: the base scenario's rule (its
 *                     {@code warmup_days}, else MSER-5)
 * @param design       how the runs are placed
 * @param answer       what the answer reports, where the file says (else the design's own answer)
 * @param inputs       the data files its runs read, each once
 */
public record StudyFile(Path file, String name, String question, Path base, List<Factor> factors, List<String> outputs,
                        int replications, long seed, OptionalDouble horizonDays, OptionalDouble warmupDays,
                        Design design, Optional<Answer> answer, List<Path> inputs) {

    public StudyFile {
        factors = List.copyOf(factors);
        outputs = List.copyOf(outputs);
        inputs = List.copyOf(inputs);
    }

    /** The run.json keys an output reads: the key itself, or the two of a difference {@code a - b}. */
    public static List<String> keys(String output) {
        int minus = output.indexOf(" - ");
        return minus < 0 ? List.of(output.strip())
                : List.of(output.substring(0, minus).strip(), output.substring(minus + 3).strip());
    }

    /** The value of {@code output} among a run's {@code figures}; null where a key it reads is missing. */
    public static Double value(String output, Map<String, Double> figures) {
        List<String> keys = keys(output);
        Double first = figures.get(keys.get(0));
        if (keys.size() == 1 || first == null) {
            return first;
        }
        Double second = figures.get(keys.get(1));
        return second == null ? null : first - second;
    }

    /** The run.json keys the study's outputs read, each once. */
    public List<String> runKeys() {
        return outputs.stream().flatMap(output -> keys(output).stream()).distinct().toList();
    }

    /** The factor of {@code path} (a set factor's name). */
    public Factor factor(String path) {
        return factors.stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow();
    }

    /** The overrides every run gets: the horizon and the warm-up, where the study sets them. */
    public Map<String, JsonNode> shared() {
        Map<String, JsonNode> shared = new LinkedHashMap<>();
        horizonDays.ifPresent(d -> shared.put("duration_days", DoubleNode.valueOf(d)));
        warmupDays.ifPresent(d -> shared.put("warmup_days", DoubleNode.valueOf(d)));
        return shared;
    }

    /**
     * A factor: a scenario field path (as in sweeps) and the values it takes: listed levels, a numeric
     * range [low, high] (then {@code levels} holds the two ends), or named levels that each set several
     * fields together (then {@code path} is the factor's name and {@code sets} holds each level's fields).
     *
     * @param path        the field path, e.g. {@code protocol.reward}, or a set factor's name
     * @param levels      the levels in the file's order (a range: low, high; a set: the levels' names)
     * @param range       whether the factor is a numeric range
     * @param sets        a set factor's fields (path to value) for each level, in order; empty for the others
     * @param label       the factor in words: the file's {@code label}, else the last part of its path
     * @param levelLabels each level in words, in order: the file's {@code level_labels}, a set level's name,
     *                    else the value as a reader writes it
     */
    public record Factor(String path, List<JsonNode> levels, boolean range, List<Map<String, JsonNode>> sets,
                         String label, List<String> levelLabels) {
        public Factor {
            levels = List.copyOf(levels);
            sets = sets.stream().map(fields -> Collections.unmodifiableMap(new LinkedHashMap<>(fields))).toList();
            levelLabels = List.copyOf(levelLabels);
        }

        /** A factor of one field path, listed levels or a range, labelled from its path and values. */
        public Factor(String path, List<JsonNode> levels, boolean range) {
            this(path, levels, range, List.of(), humanised(path), levels.stream().map(Factor::text).toList());
        }

        /** The value at {@code u} in [0, 1] of a range factor. */
        public double at(double u) {
            double low = levels.get(0).asDouble();
            return low + u * (levels.get(1).asDouble() - low);
        }

        /** The scenario fields this factor sets at {@code value}: its path alone, or the fields of a set's level. */
        public Map<String, JsonNode> fields(JsonNode value) {
            return sets.isEmpty() ? Map.of(path, value) : sets.get(levels.indexOf(value));
        }

        /** The level {@code value} in words; a value between a range's ends as a number. */
        public String levelLabel(JsonNode value) {
            int i = levels.indexOf(value);
            return i < 0 ? text(value) : levelLabels.get(i);
        }

        /** The last part of a path in words: {@code adversaries.verification.spot_check_share} is "spot check share". */
        public static String humanised(String path) {
            String last = path.substring(path.lastIndexOf('.') + 1).replaceAll("\\[\\d+]$", "");
            return last.replace('_', ' ');
        }

        /** A value as a reader writes it: {@code rule: pro_rata_work, cap_share: 0.01} for a mapping. */
        public static String text(JsonNode value) {
            if (value.isObject()) {
                List<String> parts = new ArrayList<>();
                value.properties().forEach(entry -> parts.add(entry.getKey() + ": " + text(entry.getValue())));
                return "(" + String.join(", ", parts) + ")";
            }
            return value.isTextual() ? value.asText() : value.toString();
        }
    }

    /** Where a study places its runs. */
    public sealed interface Design {
        /** Its name in the study file. */
        String kind();

        /** How many design points it places for {@code factors} (a fraction: at most this many). */
        double points(List<Factor> factors);
    }

    /**
     * Every combination of the factors' levels against the baseline, the first level of every factor,
     * or, {@code against} a factor, each level of that factor against its first level at the same
     * levels of the other factors.
     *
     * @param ratios  whether each variant is also estimated as its paired ratio to its reference
     * @param against the path of the factor whose first level is the reference; empty: point 0 for all
     */
    public record Compare(boolean ratios, Optional<String> against) implements Design {
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

    /** What a study's answer reports, where its file says so ({@code answer:}). */
    public sealed interface Answer {
        /** Its name in the study file. */
        String kind();

        /** The outputs it reads (each among the study's outputs). */
        List<String> outputs();
    }

    /**
     * Whether throughput keeps up as a network grows: each level of {@code factor} against its first,
     * the throughput's paired ratio over the level's scale, then the first watched output that worsens.
     *
     * @param factor     the path of the factor that scales the network
     * @param scales     each level's size relative to the first (the first: 1), in the factor's order
     * @param throughput the output whose ratio should follow the scale
     * @param watch      the outputs where a bottleneck shows, in the order they are named
     */
    public record Scaling(String factor, List<Double> scales, String throughput, List<Watch> watch) implements Answer {
        public Scaling {
            scales = List.copyOf(scales);
            watch = List.copyOf(watch);
        }

        @Override
        public String kind() {
            return "scaling";
        }

        @Override
        public List<String> outputs() {
            List<String> outputs = new ArrayList<>(List.of(throughput));
            watch.forEach(w -> outputs.add(w.output()));
            return outputs;
        }
    }

    /**
     * A watched output and the direction in which it worsens.
     *
     * @param output the output
     * @param worse  +1 when higher is worse (waits), -1 when lower is worse (completion)
     */
    public record Watch(String output, int worse) {

        /**
         * Which way an output worsens, from its name: +1 for waits, response times, slowdowns, drops,
         * losses and utilization (a network near saturation), -1 for completion, throughput and compute
         * delivered; 0 when the name does not say.
         */
        public static int worseByName(String output) {
            if (output.contains(" - ")) {
                return 0;
            }
            if (output.matches(".*(wait|response|slowdown|dropped|reneged|lost|utilization).*")) {
                return 1;
            }
            return output.matches(".*(completion|jobs_per_second|pflop_per_second).*") ? -1 : 0;
        }
    }

    /**
     * Where an output crosses zero along an ordered numeric factor, at each level of the others.
     *
     * @param output   the output whose sign changes (a paired difference when the design compares against
     *                 another factor)
     * @param along    the path of the ordered numeric factor
     * @param positive the output's sign below the threshold
     * @param meaning  what that sign means, in words ("cheating pays"), or empty
     * @param also     outputs reported where the threshold falls (or, without one, where the output comes
     *                 closest to it)
     */
    public record Threshold(String output, String along, boolean positive, Optional<String> meaning,
                            List<String> also) implements Answer {
        public Threshold {
            also = List.copyOf(also);
        }

        public Threshold(String output, String along, boolean positive) {
            this(output, along, positive, Optional.empty(), List.of());
        }

        @Override
        public String kind() {
            return "threshold";
        }

        @Override
        public List<String> outputs() {
            return Stream.concat(Stream.of(output), also.stream()).toList();
        }
    }

    /**
     * The cells with the lowest and highest mean at the baseline, for each pattern of dotted outputs
     * ({@code energy_by_model_region.*.*.kwh_per_pflop}), then what the variants cost in one output.
     *
     * @param patterns dotted outputs with {@code *} standing for one key each
     * @param matches  for each pattern, the study's outputs it matches, in the study's order (at least two)
     * @param cost     the output whose paired change from the baseline is the variants' cost; empty: none
     */
    public record Extremes(List<String> patterns, List<List<String>> matches, Optional<String> cost)
            implements Answer {
        public Extremes {
            patterns = List.copyOf(patterns);
            matches = matches.stream().map(List::copyOf).toList();
        }

        /** The outputs {@code pattern} matches among {@code outputs}: {@code *} is one key, dots excluded. */
        public static List<String> matching(String pattern, List<String> outputs) {
            String regex = Arrays.stream(pattern.split("\\*", -1)).map(Pattern::quote)
                    .collect(Collectors.joining("([^.]+)"));
            return outputs.stream().filter(o -> o.matches(regex)).toList();
        }

        @Override
        public String kind() {
            return "extremes";
        }

        @Override
        public List<String> outputs() {
            List<String> outputs = new ArrayList<>();
            matches.forEach(outputs::addAll);
            cost.ifPresent(outputs::add);
            return outputs;
        }
    }
}
