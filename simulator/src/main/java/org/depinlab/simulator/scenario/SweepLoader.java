package org.depinlab.simulator.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;

import org.apache.commons.math3.random.SobolSequenceGenerator;
import org.depinlab.simulator.engine.RandomStream;
import org.depinlab.simulator.engine.RandomStreams;

/**
 * Loads a sweep file (see docs/scenario.md, "Sweeps"): the base scenario, replications, seed, and
 * exactly one of {@code grid} (every combination of the listed values), {@code points} (an explicit
 * list) or {@code sample} (a Latin hypercube or a Sobol sequence over ranges). Every point is
 * checked by loading the scenario with its values, so a bad path or value is reported before
 * anything runs.
 */
public final class SweepLoader {

    /** The dimensions Commons Math's Sobol generator has direction numbers for. */
    private static final int SOBOL_DIMENSIONS = 1_000;

    /** Points one sweep may hold (each is kept in memory and loaded once to check it). */
    private static final int MAX_POINTS = 1_000_000;

    /** The keys of a sweep file's top level. */
    private static final List<String> TOP = List.of("name", "scenario", "replications", "seed", "outputs", "grid",
            "points", "sample");

    private final ScenarioLoader scenarios;

    public SweepLoader(ScenarioLoader scenarios) {
        this.scenarios = scenarios;
    }

    /**
     * Whether {@code file} is a sweep file rather than a scenario: it has a key, or a misspelling of
     * one, that only a sweep has (so a sweep lacking its scenario is still told about that).
     */
    public static boolean isSweep(Path file) {
        List<String> keys = new ArrayList<>(TOP);
        keys.addAll(ScenarioLoader.TOP);
        for (Iterator<String> it = YamlSource.read(file).root().fieldNames(); it.hasNext(); ) {
            String nearest = Fields.nearest(it.next(), keys);
            if (nearest != null && !ScenarioLoader.TOP.contains(nearest)) {
                return true;
            }
        }
        return false;
    }

    public SweepPlan load(Path file) {
        YamlSource source = YamlSource.read(file);
        Fields root = new Fields(source, "", source.root(), TOP);
        String name = OutputName.read(root);
        Path scenario = ScenarioLoader.existing(root, "scenario", file.toAbsolutePath().getParent());
        int replications = root.integer("replications", 1, 100_000, 1);
        long seed = root.longInteger("seed", 1);
        List<String> outputs = root.texts("outputs");
        String kind = root.oneOf("grid", "points", "sample");
        List<SweepPlan.Point> points;
        if ("grid".equals(kind)) {
            points = grid(root, replications);
        } else if ("points".equals(kind)) {
            points = listed(root, replications);
        } else if ("sample".equals(kind)) {
            points = sampled(root.object("sample", List.of("method", "points", "ranges")), seed, replications);
        } else {
            root.done();
            throw new ScenarioException(file + ":1:1: the sweep names no points (allowed: grid, points, sample)");
        }
        root.done();
        Set<Path> inputs = new LinkedHashSet<>();
        for (SweepPlan.Point point : points) {
            try {
                inputs.addAll(scenarios.load(scenario, point.values()).inputs());
            } catch (ScenarioException e) {
                String culprit = culprit(scenario, point);
                String field = where(source.root(), kind, point, culprit) + nested(e.getMessage(), culprit);
                throw new ScenarioException(source.locate(field) + ": " + field + ": point " + point.index() + " "
                        + point.values() + " gives a bad scenario: " + e.getMessage());
            }
        }
        return new SweepPlan(file, name, scenario, replications, seed, points, outputs, List.copyOf(inputs));
    }

    /** The first of a bad point's fields that the base scenario refuses on its own (else its first field). */
    private String culprit(Path scenario, SweepPlan.Point point) {
        for (Map.Entry<String, JsonNode> value : point.values().entrySet()) {
            try {
                scenarios.load(scenario, Map.of(value.getKey(), value.getValue()));
            } catch (ScenarioException e) {
                return value.getKey();
            }
        }
        return point.values().keySet().iterator().next();
    }

    /**
     * The part of the refused field's path below the swept field ({@code .thresholds} when the scenario
     * refuses {@code protocol.reward.thresholds} of a swept {@code protocol.reward}), from the
     * scenario's message {@code file:line:column: field.path: what is wrong}; empty if none.
     */
    private static String nested(String message, String swept) {
        int at = message.indexOf(": " + swept);
        int start = at + 2 + swept.length();
        int end = at < 0 ? -1 : message.indexOf(": ", start);
        String rest = end < 0 ? "" : message.substring(start, end);
        return rest.startsWith(".") || rest.startsWith("[") ? rest : "";
    }

    /** Where in the sweep file {@code root} the point's value of {@code path} is written. */
    private static String where(JsonNode root, String kind, SweepPlan.Point point, String path) {
        return switch (kind) {
            case "grid" -> {
                JsonNode values = root.get("grid").get(path);
                int i = 0;
                while (i < values.size() - 1 && !values.get(i).equals(point.values().get(path))) {
                    i++;
                }
                yield "grid." + path + "[" + i + "]";
            }
            case "points" -> "points[" + point.index() + "]." + path;
            default -> "sample.ranges." + path;
        };
    }

    private List<SweepPlan.Point> grid(Fields root, int replications) {
        JsonNode grid = root.raw("grid");
        if (!grid.isObject() || grid.isEmpty()) {
            throw root.error("grid", "must be a mapping of field paths to lists of values");
        }
        List<String> paths = new ArrayList<>();
        List<JsonNode> lists = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : grid.properties()) {
            if (!entry.getValue().isArray() || entry.getValue().isEmpty()) {
                throw root.error("grid." + entry.getKey(), "must be a non-empty list of values");
            }
            paths.add(entry.getKey());
            lists.add(entry.getValue());
        }
        double size = lists.stream().mapToDouble(JsonNode::size).reduce(1, (a, b) -> a * b);
        if (size > MAX_POINTS) {
            throw root.error("grid", String.format(Locale.ROOT, "%.3g combinations, more than the %,d points a sweep"
                    + " may hold (allowed: fewer values, or a sample of points)", size, MAX_POINTS));
        }
        checkRuns(root, "grid", size, replications);
        List<SweepPlan.Point> points = new ArrayList<>();
        int[] at = new int[paths.size()];
        while (true) {
            Map<String, JsonNode> values = new LinkedHashMap<>();
            for (int d = 0; d < paths.size(); d++) {
                values.put(paths.get(d), lists.get(d).get(at[d]));
            }
            points.add(new SweepPlan.Point(points.size(), values));
            int d = paths.size() - 1;
            while (d >= 0 && ++at[d] == lists.get(d).size()) {
                at[d] = 0;
                d--;
            }
            if (d < 0) {
                return points;
            }
        }
    }

    private List<SweepPlan.Point> listed(Fields root, int replications) {
        List<SweepPlan.Point> points = new ArrayList<>();
        JsonNode list = root.raw("points");
        if (!list.isArray() || list.isEmpty()) {
            throw root.error("points", "must be a non-empty list of mappings of field paths to values");
        }
        checkRuns(root, "points", list.size(), replications);
        for (int i = 0; i < list.size(); i++) {
            if (!list.get(i).isObject() || list.get(i).isEmpty()) {
                throw root.error("points[" + i + "]", "must be a mapping of field paths to values");
            }
            Map<String, JsonNode> values = new LinkedHashMap<>();
            list.get(i).properties().forEach(entry -> values.put(entry.getKey(), entry.getValue()));
            points.add(new SweepPlan.Point(i, values));
        }
        return points;
    }

    private List<SweepPlan.Point> sampled(Fields sample, long seed, int replications) {
        String method = sample.text("method");
        int n = sample.integer("points", 1, MAX_POINTS);
        checkRuns(sample, sample.child("points"), n, replications);
        JsonNode ranges = sample.raw("ranges");
        if (ranges == null || !ranges.isObject() || ranges.isEmpty()) {
            throw sample.error(sample.child("ranges"), "must be a mapping of field paths to [min, max]");
        }
        List<String> paths = new ArrayList<>();
        List<double[]> bounds = new ArrayList<>();
        ranges.properties().forEach(entry -> {
            JsonNode range = entry.getValue();
            if (!range.isArray() || range.size() != 2 || !range.get(0).isNumber() || !range.get(1).isNumber()
                    || !(range.get(0).asDouble() <= range.get(1).asDouble())) {
                throw sample.error(sample.child("ranges") + "." + entry.getKey(), "must be [min, max] with min <= max");
            }
            paths.add(entry.getKey());
            bounds.add(new double[] {range.get(0).asDouble(), range.get(1).asDouble()});
        });
        double[][] unit = switch (method) {
            case "latin_hypercube" -> latinHypercube(n, paths.size(), new RandomStreams(seed).stream("sweep-sample"));
            case "sobol" -> {
                if (paths.size() > SOBOL_DIMENSIONS) {
                    throw sample.error(sample.child("ranges"), paths.size() + " fields is more than the Sobol"
                            + " sequence's " + SOBOL_DIMENSIONS + " dimensions (allowed: up to " + SOBOL_DIMENSIONS
                            + ", or method latin_hypercube)");
                }
                yield sobol(n, paths.size());
            }
            default -> throw sample.error(sample.child("method"), "'" + method + "' is not a sampling method (allowed:"
                    + " latin_hypercube, sobol)");
        };
        sample.done();
        List<SweepPlan.Point> points = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Map<String, JsonNode> values = new LinkedHashMap<>();
            for (int d = 0; d < paths.size(); d++) {
                double[] b = bounds.get(d);
                values.put(paths.get(d), DoubleNode.valueOf(b[0] + unit[i][d] * (b[1] - b[0])));
            }
            points.add(new SweepPlan.Point(i, values));
        }
        return points;
    }

    /** Refuses, before the points are made, a sweep of more runs than the work limit (unless lifted). */
    private void checkRuns(Fields f, String field, double points, int replications) {
        double runs = points * replications;
        if (runs > Limits.MAX_SWEEP_RUNS && !scenarios.limits().allowLong()) {
            throw f.error(field, String.format(Locale.ROOT, "%,.0f points x %,d replications make %,.0f runs, past"
                    + " the limit of %,d (allowed: fewer points or replications, %s)", points, replications, runs,
                    Limits.MAX_SWEEP_RUNS, Limits.liftedBy()));
        }
    }

    /** n points in [0,1)^d, one in each of the n strata of every dimension. */
    static double[][] latinHypercube(int n, int d, RandomStream random) {
        double[][] points = new double[n][d];
        for (int dim = 0; dim < d; dim++) {
            int[] strata = new int[n];
            for (int i = 0; i < n; i++) {
                strata[i] = i;
            }
            for (int i = n - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int swap = strata[i];
                strata[i] = strata[j];
                strata[j] = swap;
            }
            for (int i = 0; i < n; i++) {
                points[i][dim] = (strata[i] + random.nextDouble()) / n;
            }
        }
        return points;
    }

    /** The first n points of the Sobol sequence after its origin (Commons Math's generator). */
    static double[][] sobol(int n, int d) {
        SobolSequenceGenerator generator = new SobolSequenceGenerator(d);
        generator.nextVector();
        double[][] points = new double[n][];
        for (int i = 0; i < n; i++) {
            points[i] = generator.nextVector();
        }
        return points;
    }
}
