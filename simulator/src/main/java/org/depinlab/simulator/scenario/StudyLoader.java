package org.depinlab.simulator.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;

/**
 * Loads a study file (see docs/studies.md) and checks it before anything runs: every field with its
 * range, each factor's levels by loading the base scenario with that level alone (so a bad path or
 * value is one {@code file:line:column} message at the level), and the number of runs against the
 * work limit.
 */
public final class StudyLoader {

    /** The keys of a study file's top level. */
    static final List<String> TOP = List.of("name", "question", "base", "factors", "outputs", "replications", "seed",
            "horizon_days", "warmup_days", "design", "answer");

    private static final List<String> DESIGN = List.of("kind", "resolution", "samples", "bootstrap", "trajectories",
            "levels", "ratios", "against");
    private static final List<String> ANSWER = List.of("kind", "factor", "scales", "throughput", "watch", "output",
            "along", "while", "meaning", "also", "outputs", "at", "cost");
    private static final List<String> FACTOR = List.of("levels", "range", "set", "label", "level_labels");
    private static final List<String> KINDS = List.of("compare", "factorial", "sobol", "morris");
    /** Fields every run shares: a factor may not vary them. */
    private static final Set<String> SHARED = Set.of("duration_days", "warmup_days", "seed", "name");
    private static final int MAX_FACTORIAL_FACTORS = 10;
    private static final int MAX_FACTORS = 50;

    private final ScenarioLoader scenarios;
    private final List<String> runKeys;

    /** A loader checking outputs against {@code runKeys}, the numeric run.json keys a run may have. */
    public StudyLoader(ScenarioLoader scenarios, List<String> runKeys) {
        this.scenarios = scenarios;
        this.runKeys = List.copyOf(runKeys);
    }

    /** Whether {@code file} is a study file rather than a scenario or a sweep: it asks a question. */
    public static boolean isStudy(Path file) {
        return YamlSource.read(file).root().has("question");
    }

    public StudyFile load(Path file) {
        YamlSource source = YamlSource.read(file);
        Fields root = new Fields(source, "", source.root(), TOP);
        String name = OutputName.read(root);
        String question = root.text("question");
        Path base = ScenarioLoader.existing(root, "base", file.toAbsolutePath().getParent());
        int replications = root.integer("replications", 2, 100_000, 10);
        long seed = root.longInteger("seed", 1);
        OptionalDouble horizon = root.has("horizon_days")
                ? OptionalDouble.of(root.number("horizon_days", 1e-6, 3_650)) : OptionalDouble.empty();
        OptionalDouble warmup = root.has("warmup_days")
                ? OptionalDouble.of(root.number("warmup_days", 0, 3_650)) : OptionalDouble.empty();
        List<String> outputs = root.texts("outputs");
        if (outputs.isEmpty()) {
            throw root.error(root.child("outputs"), "must list at least one run.json key (e.g. reward_gini)");
        }
        for (int i = 0; i < outputs.size(); i++) {
            checkOutput(root, root.child("outputs") + "[" + i + "]", outputs.get(i));
        }
        StudyFile.Design design = design(root);
        List<StudyFile.Factor> factors = factors(root, design);
        if (design instanceof StudyFile.Compare compare && compare.against().isPresent()) {
            factor(root, root.child("design") + ".against", compare.against().get(), factors);
        }
        Optional<StudyFile.Answer> answer = root.has("answer")
                ? Optional.of(StudyAnswers.read(root.object("answer", ANSWER), design, factors, outputs))
                : Optional.empty();
        root.done();
        checkRuns(root, design, factors, replications);
        StudyFile study = new StudyFile(file, name, question, base, factors, outputs, replications, seed, horizon,
                warmup, design, answer, List.of());
        return new StudyFile(file, name, question, base, factors, outputs, replications, seed, horizon, warmup, design,
                answer, inputs(source, study));
    }

    private void checkOutput(Fields root, String at, String output) {
        for (String key : StudyFile.keys(output)) {
            if (key.contains(".")) {
                checkDotted(root, at, key);
            } else if (!runKeys.contains(key)) {
                String nearest = Fields.nearest(key, runKeys);
                throw root.error(at, "'" + key + "' is not a numeric run.json key" + (nearest == null ? ""
                        : " (did you mean '" + nearest + "'?)") + " (allowed: the keys of docs/outputs.md's run.json"
                        + " table, a figure of a nested map by a dotted path, e.g. value_capture.team, or KEY - KEY,"
                        + " a difference)");
            }
        }
    }

    /** The factor of {@code path}, or the error at {@code at} naming the factors there are. */
    static StudyFile.Factor factor(Fields fields, String at, String path, List<StudyFile.Factor> factors) {
        return factors.stream().filter(f -> f.path().equals(path)).findFirst().orElseThrow(() -> fields.error(at,
                "'" + path + "' is not a factor of this study (allowed: " + String.join(", ", factors.stream()
                        .map(StudyFile.Factor::path).toList()) + ")"));
    }

    /**
     * A dotted output {@code MAP.KEY[.KEY].FIGURE}: MAP must be a nested map of run.json, given in
     * {@code runKeys} as a pattern {@code MAP.<level>[.<level>].FIGURE} (or {@code MAP.<level>} where the
     * innermost key holds the figure), and the key must fit one of its patterns. Whether a run has that
     * class, model, region or group is known only once it ran ({@link #outputError}).
     */
    private void checkDotted(Fields root, String at, String key) {
        String map = key.substring(0, key.indexOf('.'));
        List<String> patterns = runKeys.stream().filter(p -> p.startsWith(map + ".<")).toList();
        if (patterns.isEmpty()) {
            List<String> maps = runKeys.stream().filter(p -> p.contains(".<"))
                    .map(p -> p.substring(0, p.indexOf('.'))).distinct().toList();
            throw root.error(at, "'" + map + "' in '" + key + "' is not a nested map of run.json (allowed: "
                    + String.join(", ", maps) + ")");
        }
        if (patterns.stream().noneMatch(p -> fits(p, key))) {
            throw root.error(at, "'" + key + "' does not name a figure of " + map + " (allowed: "
                    + String.join(", ", patterns) + ")");
        }
    }

    /** Whether {@code key} fits {@code pattern}: its literal ends, and at least one part per {@code <level>}. */
    static boolean fits(String pattern, String key) {
        String prefix = pattern.substring(0, pattern.indexOf('<'));
        String suffix = pattern.substring(pattern.lastIndexOf('>') + 1);
        int levels = pattern.split("<", -1).length - 1;
        if (!key.startsWith(prefix) || !key.endsWith(suffix) || key.length() < prefix.length() + suffix.length()) {
            return false;
        }
        String[] parts = key.substring(prefix.length(), key.length() - suffix.length()).split("\\.", -1);
        return parts.length >= levels && Arrays.stream(parts).noneMatch(String::isEmpty);
    }

    /**
     * The error for the study's {@code outputs[i]}, found to read a figure its runs do not have:
     * {@code file:line:column: outputs[i]: message}.
     */
    public static ScenarioException outputError(StudyFile study, int i, String message) {
        String at = "outputs[" + i + "]";
        return new ScenarioException(YamlSource.read(study.file()).locate(at) + ": " + at + ": " + message);
    }

    private static StudyFile.Design design(Fields root) {
        Fields design = root.object("design", DESIGN);
        String kind = design.text("kind");
        StudyFile.Design loaded = switch (kind) {
            case "compare" -> new StudyFile.Compare(design.bool("ratios", false), design.has("against")
                    ? Optional.of(design.text("against")) : Optional.empty());
            case "factorial" -> new StudyFile.Factorial(design.has("resolution") ? design.integer("resolution", 3, 5)
                    : 0);
            case "sobol" -> new StudyFile.Sobol(design.integer("samples", 8, 1 << 16, 64),
                    design.integer("bootstrap", 100, 100_000, 1_000));
            case "morris" -> {
                int levels = design.integer("levels", 2, 20, 4);
                if (levels % 2 != 0) {
                    throw design.error(design.child("levels"), "must be even (allowed: 2, 4, 6, ... 20)");
                }
                yield new StudyFile.Morris(design.integer("trajectories", 2, 1_000, 10), levels);
            }
            default -> throw design.error(design.child("kind"), "'" + kind + "' is not a design (allowed: "
                    + String.join(", ", KINDS) + ")");
        };
        design.done();
        return loaded;
    }

    private static List<StudyFile.Factor> factors(Fields root, StudyFile.Design design) {
        JsonNode given = root.raw("factors");
        if (given == null || !given.isObject() || given.isEmpty()) {
            throw root.error(root.child("factors"), "must be a mapping of scenario field paths to {levels: [...]} or"
                    + " {range: [low, high]}, or of names to {set: {LEVEL: {field.path: value, ...}, ...}}");
        }
        List<StudyFile.Factor> factors = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : given.properties()) {
            String path = entry.getKey();
            String at = root.child("factors") + "." + path;
            if (SHARED.contains(path)) {
                throw root.error(at, "is shared by every run of a study (allowed: set horizon_days or warmup_days at"
                        + " the top, vary any other field)");
            }
            Fields factor = new Fields(root.source(), at, entry.getValue(), FACTOR);
            String kind = factor.oneOf("levels", "range", "set");
            if (kind == null) {
                throw factor.error(at, "gives no values (allowed: levels: [...], range: [low, high] or set: {LEVEL:"
                        + " {field.path: value, ...}, ...})");
            }
            StudyFile.Factor loaded = switch (kind) {
                case "levels" -> levels(factor, design);
                case "range" -> range(factor, design);
                default -> set(factor, design);
            };
            factors.add(labelled(factor, loaded));
            factor.done();
        }
        int most = design instanceof StudyFile.Factorial ? MAX_FACTORIAL_FACTORS : MAX_FACTORS;
        if (factors.size() > most) {
            throw root.error(root.child("factors"), factors.size() + " factors, more than a " + design.kind()
                    + " design takes here (allowed: up to " + most + ")");
        }
        return factors;
    }

    /** The factor with the file's {@code label} and {@code level_labels}, where given. */
    private static StudyFile.Factor labelled(Fields factor, StudyFile.Factor loaded) {
        String label = factor.has("label") ? factor.text("label") : loaded.label();
        List<String> levelLabels = loaded.levelLabels();
        if (factor.has("level_labels")) {
            String at = factor.child("level_labels");
            if (!factor.has("levels")) {
                throw factor.error(at, "labels listed levels (allowed: with levels: [...]; a set's levels are"
                        + " named by their keys, a range's ends by their values)");
            }
            levelLabels = factor.texts("level_labels");
            if (levelLabels.size() != loaded.levels().size()) {
                throw factor.error(at, levelLabels.size() + " labels for " + loaded.levels().size() + " levels"
                        + " (allowed: one label per level, in the same order)");
            }
            if (levelLabels.stream().distinct().count() < levelLabels.size()) {
                throw factor.error(at, "labels two levels alike (allowed: a different label for each level)");
            }
        }
        return new StudyFile.Factor(loaded.path(), loaded.levels(), loaded.range(), loaded.sets(), label, levelLabels);
    }

    private static StudyFile.Factor levels(Fields factor, StudyFile.Design design) {
        JsonNode levels = factor.raw("levels");
        String at = factor.child("levels");
        if (!levels.isArray() || levels.size() < 2) {
            throw factor.error(at, "must be a list of at least two values (the first is the baseline)");
        }
        requireListedFits(factor, at, design, levels.size());
        List<JsonNode> values = new ArrayList<>();
        levels.forEach(values::add);
        return new StudyFile.Factor(path(factor), values, false);
    }

    /** Refuses {@code count} listed or named levels where {@code design} takes other ones. */
    private static void requireListedFits(Fields factor, String at, StudyFile.Design design, int count) {
        if (design instanceof StudyFile.Factorial && count != 2) {
            throw factor.error(at, "a factorial design takes two levels, low and high (found " + count + ")");
        }
        if (design instanceof StudyFile.Sobol || design instanceof StudyFile.Morris) {
            throw factor.error(at, "a " + design.kind() + " design samples ranges (allowed: range: [low, high])");
        }
    }

    private static StudyFile.Factor range(Fields factor, StudyFile.Design design) {
        JsonNode range = factor.raw("range");
        String at = factor.child("range");
        if (!range.isArray() || range.size() != 2 || !range.get(0).isNumber() || !range.get(1).isNumber()
                || !(range.get(0).asDouble() < range.get(1).asDouble())) {
            throw factor.error(at, "must be [low, high], two numbers with low < high");
        }
        if (design instanceof StudyFile.Compare) {
            throw factor.error(at, "a compare design takes levels, the first the baseline (allowed: levels: [...])");
        }
        return new StudyFile.Factor(path(factor), List.of(range.get(0), range.get(1)), true);
    }

    /** Named levels, each setting several fields together (the same fields at every level). */
    private static StudyFile.Factor set(Fields factor, StudyFile.Design design) {
        JsonNode set = factor.raw("set");
        String at = factor.child("set");
        if (!set.isObject() || set.size() < 2) {
            throw factor.error(at, "must map at least two level names to the fields each sets, {field.path: value,"
                    + " ...} (the first is the baseline)");
        }
        requireListedFits(factor, at, design, set.size());
        List<JsonNode> names = new ArrayList<>();
        List<Map<String, JsonNode>> sets = new ArrayList<>();
        for (Map.Entry<String, JsonNode> level : set.properties()) {
            String where = at + "." + level.getKey();
            if (!level.getValue().isObject() || level.getValue().isEmpty()) {
                throw factor.error(where, "must map scenario field paths to values, {field.path: value, ...}");
            }
            Map<String, JsonNode> fields = new LinkedHashMap<>();
            level.getValue().properties().forEach(field -> fields.put(field.getKey(), field.getValue()));
            for (String path : fields.keySet()) {
                if (SHARED.contains(path)) {
                    throw factor.error(where, path + " is shared by every run of a study (allowed: set horizon_days"
                            + " or warmup_days at the top, vary any other field)");
                }
            }
            if (!sets.isEmpty() && !fields.keySet().equals(sets.get(0).keySet())) {
                throw factor.error(where, "sets " + fields.keySet() + ", the first level " + sets.get(0).keySet()
                        + " (allowed: the same fields at every level)");
            }
            names.add(TextNode.valueOf(level.getKey()));
            sets.add(fields);
        }
        return new StudyFile.Factor(path(factor), names, false, sets, StudyFile.Factor.humanised(path(factor)),
                names.stream().map(JsonNode::asText).toList());
    }

    private static String path(Fields factor) {
        return factor.path().substring("factors.".length());
    }

    private void checkRuns(Fields root, StudyFile.Design design, List<StudyFile.Factor> factors, int replications) {
        double points = design.points(factors);
        double runs = points * replications;
        if (runs > Limits.MAX_SWEEP_RUNS && !scenarios.limits().allowLong()) {
            throw root.error(root.child("design"), String.format(Locale.ROOT, "%,.0f design points x %,d replications"
                    + " make %,.0f runs, past the limit of %,d (allowed: fewer points or replications, %s)", points,
                    replications, runs, Limits.MAX_SWEEP_RUNS, Limits.liftedBy()));
        }
    }

    /** Loads the base with each level alone (and the shared fields); the data files they read. */
    private List<Path> inputs(YamlSource source, StudyFile study) {
        Set<Path> inputs = new LinkedHashSet<>();
        inputs.addAll(load(source, "horizon_days", study, study.shared()).inputs());
        for (StudyFile.Factor factor : study.factors()) {
            for (int i = 0; i < factor.levels().size(); i++) {
                Map<String, JsonNode> values = new LinkedHashMap<>(study.shared());
                values.putAll(factor.fields(factor.levels().get(i)));
                String at = "factors." + factor.path() + (!factor.sets().isEmpty() ? ".set." + factor.levels().get(i)
                        .asText() : (factor.range() ? ".range[" : ".levels[") + i + "]");
                inputs.addAll(load(source, at, study, values).inputs());
            }
        }
        return List.copyOf(inputs);
    }

    private Scenario load(YamlSource source, String at, StudyFile study, Map<String, JsonNode> values) {
        try {
            return scenarios.load(study.base(), values);
        } catch (ScenarioException e) {
            throw new ScenarioException(source.locate(at) + ": " + at + ": " + values + " gives a bad scenario: "
                    + e.getMessage());
        }
    }
}
