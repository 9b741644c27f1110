package org.depinlab.simulator.cli.corpus;

import static org.depinlab.simulator.cli.corpus.BadInput.at;
import static org.depinlab.simulator.cli.corpus.BadInput.fileLine;
import static org.depinlab.simulator.cli.corpus.BadInput.text;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Mutations of the shipped scenario and sweep files: of their trees (a field removed, misspelt, of
 * the wrong type or out of range, an unknown field, both alternatives of an either/or section) and
 * of their text (empty, not UTF-8, not YAML, type tags, duplicate keys, aliases, too large). Each
 * tree mutation is made once per (kind, field name within its section), on one of the files that
 * have it, chosen by hash so that every file gets some; each text mutation on {@value #TEXT_FILES}
 * files in turn.
 */
final class ScenarioMutations {

    private static final int TEXT_FILES = 3;
    /** Kinds made for one field in this many, the fields chosen by hash: each still meets many fields. */
    private static final int SAMPLE_ONE_IN = 3;
    private static final Set<String> SAMPLED = Set.of("misspelt", "wrong-type", "negative", "nan", "infinite",
            "huge", "fraction", "int-overflow", "text-for-mapping", "list-for-mapping", "text-for-list",
            "number-for-text");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private static final Set<String> FREE_FORM = Set.of("gpu_models", "regions", "hardware_cost_usd_per_gpu",
            "carbon_g_per_kwh", "model_names", "grid", "ranges");
    private static final Set<String> WEIGHTS = Set.of("gpu_models", "regions", "hardware_cost_usd_per_gpu",
            "carbon_g_per_kwh");
    private static final Set<String> DISTRIBUTIONS = Set.of("constant", "exponential", "lognormal", "uniform",
            "pareto", "weibull", "empirical");
    private static final Set<String> ALTERNATIVES = Set.of("constant_per_epoch", "halving", "exponential_decay",
            "table_per_epoch", "baseline", "inflation", "constant_usd", "gbm", "amm", "replay", "poisson", "diurnal", "mmpp", "trace_nodes",
            "trace", "grid", "sample");
    private static final Set<String> REQUIRED = Set.of("name", "duration_days", "epoch_hours", "network", "workload",
            "operators", "classes", "weight", "nodes_per_operator", "gpus_per_node", "gpu_models", "regions",
            "electricity_usd_per_kwh", "ask_usd_per_gpu_hour", "stake_tokens", "reputation",
            "time_to_failure_hours", "repair_hours", "arrivals", "flop", "bytes_in", "bytes_moved", "efficiency",
            "gpus", "max_price_usd_per_gpu_hour", "mean", "scv", "min", "max", "scale", "shape", "per_second",
            "mean_per_second", "amplitude", "peak_hour", "mean_hold_seconds", "emission", "reward", "price", "rule",
            "initial_per_epoch", "epochs_per_halving", "decay_per_epoch", "token_reserve", "usd_reserve",
            "initial_usd", "drift_per_epoch", "volatility_per_epoch", "holder", "tokens", "window_epochs",
            "exit_margin", "shrink_margin", "expand_margin", "max_identities", "payback_months", "max_nodes",
            "max_operators",
            "cost_usd_per_identity_epoch", "alpha", "thresholds", "multipliers", "parts", "file", "reference_model",
            "scenario", "method", "points", "ranges", "total_tokens", "baseline_gpus", "rate_per_year");
    private static final Set<String> INTEGERS = Set.of("max_attempts", "gpus_per_node", "operators", "total_nodes",
            "max_queue", "epochs_per_halving", "cliff_epochs", "vesting_epochs", "unbonding_epochs", "window_epochs",
            "max_identities", "review_epochs", "replications", "points", "max_nodes", "max_operators");
    /** Numeric fields with a finite upper bound, where 1e300 is out of range. */
    private static final Set<String> BOUNDED = Set.of("duration_days", "epoch_hours", "expansion_headroom", "weight",
            "hardware_cost_factor", "idle_power_fraction", "efficiency", "gpus", "vram_gb",
            "max_price_usd_per_gpu_hour", "per_second", "mean_per_second", "amplitude", "peak_hour", "scv", "shape",
            "alpha", "cap_share", "fee_take_rate", "sell_share", "amortization_years", "capital_cost_rate_per_year",
            "slash_fraction_per_fault",
            "decay_per_epoch", "drift_per_epoch", "volatility_per_epoch", "exit_margin", "shrink_margin",
            "expand_margin", "initial_cash_share", "payback_months", "hurdle_rate", "entrants_per_month", "max_nodes",
            "max_operators", "genesis_tokens", "tokens", "constant_per_epoch",
            "initial_per_epoch", "cap_tokens", "token_reserve", "usd_reserve", "initial_usd",
            "cost_usd_per_identity_epoch", "constant_usd", "fee_burn_share", "total_tokens", "baseline_share",
            "half_life_years", "baseline_gpus", "baseline_growth_per_year", "rate_per_year", "base_tokens");
    /** Bounded only as plain numbers of trace_nodes; elsewhere they are distributions. */
    private static final Set<String> BOUNDED_IN_TRACE = Set.of("electricity_usd_per_kwh", "ask_usd_per_gpu_hour",
            "stake_tokens", "reputation");
    private static final Set<String> ENUMS = Set.of("matching", "precision", "work", "rule", "method");
    private static final Set<String> TEXTS = Set.of("name", "description", "holder", "operator", "region");
    private static final Set<String> NON_EMPTY_LISTS = Set.of("classes", "allocations", "parts", "thresholds",
            "multipliers", "table_per_epoch", "per_second", "mean_hold_seconds", "empirical");

    private ScenarioMutations() {
    }

    /** A place in a tree: the path segments (names and list indices) and what is there. */
    private record Site(List<Object> segments, String key, String parentKey, boolean insideFreeForm, JsonNode node) {

        String path() {
            return pathOf(segments);
        }

        String parentPath() {
            return pathOf(segments.subList(0, segments.size() - 1));
        }

        /** The field's name within its section (e.g. classes.weight): a mutation is made once per shape. */
        String shape() {
            return parentKey + (key == null ? "[]" : "." + key);
        }
    }

    /** One tree mutation of one file. */
    private record Mutation(Shipped.Yaml yaml, String kind, String shape, String what, Consumer<ObjectNode> change,
                            List<Pattern> mentions) {
    }

    static List<BadInput> of(Shipped shipped) {
        Map<String, List<Mutation>> byShape = new LinkedHashMap<>();
        for (Shipped.Yaml yaml : shipped.yamls()) {
            for (Mutation mutation : treeMutations(yaml)) {
                byShape.computeIfAbsent(mutation.kind() + " " + mutation.shape(), k -> new ArrayList<>()).add(mutation);
            }
        }
        List<BadInput> cases = new ArrayList<>();
        byShape.forEach((key, mutations) -> {
            if (SAMPLED.contains(mutations.get(0).kind()) && Math.floorMod(key.hashCode(), SAMPLE_ONE_IN) != 0) {
                return;
            }
            Mutation chosen = mutations.get(Math.floorMod(key.hashCode(), mutations.size()));
            ObjectNode tree = chosen.yaml().tree().deepCopy();
            chosen.change().accept(tree);
            cases.addAll(cases(shipped, chosen.yaml(), chosen.what(), special(Shipped.write(tree)),
                    chosen.mentions()));
        });
        List<Shipped.Yaml> yamls = shipped.yamls();
        List<List<BadInput>> textCases = new ArrayList<>();
        for (Shipped.Yaml yaml : yamls) {
            textCases.add(textMutations(shipped, yaml));
        }
        int kinds = textCases.get(0).size();
        for (int kind = 0; kind < kinds; kind += 2) {
            for (int i = 0; i < TEXT_FILES; i++) {
                List<BadInput> file = textCases.get((kind / 2 * TEXT_FILES + i) % yamls.size());
                cases.add(file.get(kind));
                cases.add(file.get(kind + 1));
            }
        }
        return cases;
    }

    private static List<BadInput> cases(Shipped shipped, Shipped.Yaml yaml, String what, byte[] bytes,
                                        List<Pattern> mentions) {
        Map<String, byte[]> files = new LinkedHashMap<>(shipped.dependencies(yaml));
        files.put(yaml.path(), bytes);
        return BadInput.both(yaml.isSweep() ? "sweep" : "run", what, files, yaml.path(), mentions);
    }

    private static List<Mutation> treeMutations(Shipped.Yaml yaml) {
        List<Site> sites = new ArrayList<>();
        walk(yaml.tree(), new ArrayList<>(), "", false, sites);
        List<Mutation> mutations = new ArrayList<>();
        String file = yaml.fileName();
        for (Site site : sites) {
            String path = site.path();
            Adder add = (kind, what, change, mentions) -> {
                List<Pattern> all = new ArrayList<>(List.of(fileLine(file)));
                mentions.forEach(m -> all.add(anyOf(m.split("\\|"))));
                mutations.add(new Mutation(yaml, kind, site.shape(), path + " " + what, change, all));
            };
            JsonNode node = site.node();
            if (site.key() != null && !site.insideFreeForm()) {
                if (required(site)) {
                    boolean alternative = ALTERNATIVES.contains(site.key()) || DISTRIBUTIONS.contains(site.key());
                    String named = alternative ? site.parentPath() : path;
                    add.to("removed", "removed", t -> remove(t, site.segments()),
                            named.isEmpty() ? List.of() : List.of(named));
                }
                String misspelt = site.key() + "x";
                add.to("misspelt", "misspelt as " + misspelt, t -> rename(t, site.segments(), misspelt),
                        List.of(join(site.parentPath(), misspelt)));
            }
            if (node.isNumber()) {
                numberMutations(site, add);
            } else if (node.isTextual()) {
                textMutations(site, add);
            } else if (node.isObject() && site.key() != null) {
                add.to("text-for-mapping", "given a text instead of a mapping",
                        t -> set(t, site.segments(), NODES.textNode("oops")), List.of(path));
                add.to("list-for-mapping", "given a list instead of a mapping",
                        t -> set(t, site.segments(), NODES.arrayNode().add(1).add(2)), List.of(path));
                if (!FREE_FORM.contains(site.key()) && !isDistribution(node)) {
                    add.to("unknown-field", "with an unknown field colour",
                            t -> ((ObjectNode) get(t, site.segments())).put("colour", "red"),
                            List.of(path + ".colour"));
                }
                eitherOr(site, add);
            } else if (node.isArray() && site.key() != null) {
                add.to("text-for-list", "given a text instead of a list",
                        t -> set(t, site.segments(), NODES.textNode("oops")), List.of(path));
                if (NON_EMPTY_LISTS.contains(site.key())) {
                    add.to("empty-list", "given an empty list", t -> set(t, site.segments(), NODES.arrayNode()),
                            List.of(path));
                }
            }
        }
        mutations.add(new Mutation(yaml, "unknown-field", "", "with an unknown top-level field colour",
                t -> t.put("colour", "red"), List.of(fileLine(file), text("colour"))));
        if (yaml.isSweep()) {
            eitherOr(new Site(List.of(), null, null, false, yaml.tree()), (kind, what, change, mentions) -> mutations
                    .add(new Mutation(yaml, kind, "", what, change, List.of(fileLine(file), text(mentions.get(0)),
                            text(mentions.get(1))))));
        }
        return mutations;
    }

    @FunctionalInterface
    private interface Adder {
        void to(String kind, String what, Consumer<ObjectNode> change, List<String> mentions);
    }

    private static void numberMutations(Site site, Adder add) {
        String path = site.path();
        List<String> named = List.of(path);
        if (site.insideFreeForm()) {
            if (WEIGHTS.contains(site.parentKey())) {
                add.to("negative", "= -1", t -> set(t, site.segments(), NODES.numberNode(-1)), named);
                add.to("wrong-type", "= 'heavy'", t -> set(t, site.segments(), NODES.textNode("heavy")), named);
            }
            return;
        }
        add.to("wrong-type", "= 'abc' (text)", t -> set(t, site.segments(), NODES.textNode("abc")), named);
        if ("seed".equals(site.key())) {
            add.to("fraction", "= 1.5", t -> set(t, site.segments(), NODES.numberNode(1.5)), named);
            add.to("huge", "= 1e30", t -> set(t, site.segments(), NODES.numberNode(1e30)), named);
            return;
        }
        add.to("negative", "= -1e9", t -> set(t, site.segments(), NODES.numberNode(-1e9)), named);
        if (site.key() == null) {
            return;
        }
        // YAML's .nan and .inf may be refused as values (naming the value at its line) or as numbers out of range
        add.to("nan", "= .nan", t -> set(t, site.segments(), NODES.textNode(NAN)), List.of(path + "|.nan"));
        add.to("infinite", "= .inf", t -> set(t, site.segments(), NODES.textNode(INF)), List.of(path + "|.inf"));
        boolean bounded = BOUNDED.contains(site.key())
                || BOUNDED_IN_TRACE.contains(site.key()) && "trace_nodes".equals(site.parentKey());
        if (bounded || INTEGERS.contains(site.key())) {
            add.to("huge", "= 1e300", t -> set(t, site.segments(), NODES.numberNode(1e300)), named);
        }
        if (INTEGERS.contains(site.key())) {
            add.to("fraction", "= 2.5", t -> set(t, site.segments(), NODES.numberNode(2.5)), named);
            add.to("int-overflow", "= 4294967297", t -> set(t, site.segments(), NODES.numberNode(4_294_967_297L)),
                    named);
        }
    }

    private static void textMutations(Site site, Adder add) {
        String path = site.path();
        String key = site.key() == null ? site.parentKey() : site.key();
        List<String> named = List.of(path);
        if (ENUMS.contains(key) && !site.insideFreeForm()) {
            add.to("bad-choice", "= 'sideways' (not a choice)", t -> set(t, site.segments(),
                    NODES.textNode("sideways")), named);
        }
        if ("reference_model".equals(key) || "allowed_models".equals(key) || "model_names".equals(site.parentKey())) {
            add.to("unknown-gpu", "= 'Z9000' (no such GPU)", t -> set(t, site.segments(), NODES.textNode("Z9000")),
                    named);
        }
        if ("name".equals(key) && site.segments().size() == 1) {
            Map<String, String> names = new LinkedHashMap<>();
            names.put("dot-dot", "..");
            names.put("dot", ".");
            names.put("parent-path", "../x");
            names.put("slash", "a/b");
            names.put("backslash", "a\\b");
            names.put("empty", "");
            names.put("500-chars", "n".repeat(500));
            names.forEach((kind, value) -> add.to("name-" + kind, "= '" + (value.length() > 20
                    ? value.substring(0, 5) + "…(" + value.length() + " chars)" : value) + "'",
                    t -> t.put("name", value), named));
        }
        if (TEXTS.contains(key) && site.key() != null && !site.insideFreeForm()) {
            add.to("number-for-text", "= 42 (a number)", t -> set(t, site.segments(), NODES.numberNode(42)), named);
        }
        if ("file".equals(key) || "scenario".equals(key)) {
            add.to("missing-file", "names a file that does not exist", t -> set(t, site.segments(),
                    NODES.textNode("no-such-file.csv")), List.of(path, "no-such-file.csv"));
            add.to("folder-for-file", "names a folder", t -> set(t, site.segments(), NODES.textNode(".")), named);
        }
    }

    /** Both alternatives of an either/or section: the message names both. */
    private static void eitherOr(Site site, Adder add) {
        ObjectNode node = (ObjectNode) site.node();
        String key = site.key() == null ? "" : site.key();
        JsonNode extra;
        String added;
        String present;
        switch (key) {
            case "workload" -> {
                present = node.has("arrivals") ? "arrivals" : "trace";
                added = node.has("arrivals") ? "trace" : "arrivals";
                extra = node.has("arrivals") ? object("file", "trace.csv", "reference_model", "T4")
                        : NODES.objectNode().set("poisson", object("per_second", 1));
            }
            case "network" -> {
                present = node.has("trace_nodes") ? "trace_nodes" : "classes";
                added = node.has("trace_nodes") ? "classes" : "trace_nodes";
                extra = node.has("trace_nodes") ? NODES.arrayNode().add(object("name", "extra"))
                        : object("file", "nodes.csv");
            }
            case "arrivals" -> {
                present = node.fieldNames().next();
                added = present.equals("poisson") ? "mmpp" : "poisson";
                extra = object("per_second", 1);
            }
            case "emission" -> {
                present = first(node, Set.of("constant_per_epoch", "halving", "exponential_decay", "table_per_epoch"));
                added = present.equals("constant_per_epoch") ? "table_per_epoch" : "constant_per_epoch";
                extra = added.equals("table_per_epoch") ? NODES.arrayNode().add(1) : NODES.numberNode(1);
            }
            case "price" -> {
                present = node.fieldNames().next();
                added = present.equals("constant_usd") ? "amm" : "constant_usd";
                extra = added.equals("amm") ? object("token_reserve", 1, "usd_reserve", 1) : NODES.numberNode(1);
            }
            case "" -> {
                present = first(node, Set.of("grid", "points", "sample"));
                added = node.has("grid") ? "points" : "grid";
                extra = added.equals("points") ? NODES.arrayNode().add(object("duration_days", 1))
                        : NODES.objectNode().set("duration_days", NODES.arrayNode().add(1));
            }
            default -> {
                if (!isDistribution(node)) {
                    return;
                }
                present = node.fieldNames().next();
                added = present.equals("exponential") ? "pareto" : "exponential";
                JsonNode second = added.equals("exponential") ? object("mean", 1) : object("scale", 1, "shape", 2);
                add.to("two-kinds", "with two distributions " + present + " and " + added,
                        t -> ((ObjectNode) get(t, site.segments())).set(added, second), List.of(site.path()));
                return;
            }
        }
        JsonNode value = extra;
        add.to("both-alternatives", "with both " + present + " and " + added,
                t -> ((ObjectNode) (site.segments().isEmpty() ? t : get(t, site.segments()))).set(added, value),
                List.of(present, added));
    }

    /** The message names one of these texts. */
    private static Pattern anyOf(String... texts) {
        return Pattern.compile(String.join("|", Arrays.stream(texts).map(Pattern::quote).toList()));
    }

    private static String first(ObjectNode node, Set<String> names) {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (names.contains(name)) {
                return name;
            }
        }
        return names.iterator().next();
    }

    private static ObjectNode object(Object... pairs) {
        ObjectNode node = NODES.objectNode();
        for (int i = 0; i < pairs.length; i += 2) {
            node.set((String) pairs[i], pairs[i + 1] instanceof String s ? NODES.textNode(s)
                    : NODES.numberNode(((Number) pairs[i + 1]).doubleValue()));
        }
        return node;
    }

    private static boolean required(Site site) {
        String parent = site.parentKey();
        if ("trace_nodes".equals(parent)) {
            return site.key().equals("file");
        }
        if ("trace".equals(parent)) {
            return site.key().equals("file") || site.key().equals("reference_model");
        }
        return REQUIRED.contains(site.key()) || ALTERNATIVES.contains(site.key())
                || DISTRIBUTIONS.contains(site.key());
    }

    private static boolean isDistribution(JsonNode node) {
        return node.isObject() && node.size() == 1 && DISTRIBUTIONS.contains(node.fieldNames().next());
    }

    private static void walk(JsonNode node, List<Object> segments, String parentKey, boolean freeForm,
                             List<Site> sites) {
        if (node.isObject()) {
            String here = segments.isEmpty() || !(segments.get(segments.size() - 1) instanceof String s) ? parentKey
                    : s;
            for (Map.Entry<String, JsonNode> field : node.properties()) {
                List<Object> child = new ArrayList<>(segments);
                child.add(field.getKey());
                sites.add(new Site(child, field.getKey(), here, freeForm, field.getValue()));
                walk(field.getValue(), child, here, freeForm || FREE_FORM.contains(field.getKey()), sites);
            }
        } else if (node.isArray()) {
            String here = segments.get(segments.size() - 1) instanceof String s ? s : parentKey;
            for (int i = 0; i < node.size(); i++) {
                List<Object> child = new ArrayList<>(segments);
                child.add(i);
                if (!node.get(i).isContainerNode()) {
                    sites.add(new Site(child, null, here, freeForm, node.get(i)));
                }
                walk(node.get(i), child, here, freeForm, sites);
            }
        }
    }

    private static String pathOf(List<Object> segments) {
        StringBuilder path = new StringBuilder();
        for (Object segment : segments) {
            if (segment instanceof Integer index) {
                path.append('[').append(index).append(']');
            } else {
                path.append(path.length() == 0 ? "" : ".").append(segment);
            }
        }
        return path.toString();
    }

    private static String join(String parent, String name) {
        return parent.isEmpty() ? name : parent + "." + name;
    }

    private static JsonNode get(JsonNode root, List<Object> segments) {
        JsonNode node = root;
        for (Object segment : segments) {
            node = segment instanceof Integer index ? node.get(index) : node.get((String) segment);
        }
        return node;
    }

    private static void set(ObjectNode root, List<Object> segments, JsonNode value) {
        JsonNode parent = get(root, segments.subList(0, segments.size() - 1));
        Object last = segments.get(segments.size() - 1);
        if (last instanceof Integer index) {
            ((ArrayNode) parent).set(index, value);
        } else {
            ((ObjectNode) parent).set((String) last, value);
        }
    }

    private static void remove(ObjectNode root, List<Object> segments) {
        ((ObjectNode) get(root, segments.subList(0, segments.size() - 1))).remove((String) segments.get(
                segments.size() - 1));
    }

    /** Renames a field in place, keeping the order of the others. */
    private static void rename(ObjectNode root, List<Object> segments, String name) {
        ObjectNode parent = (ObjectNode) get(root, segments.subList(0, segments.size() - 1));
        Map<String, JsonNode> fields = new LinkedHashMap<>();
        parent.properties().forEach(e -> fields.put(e.getKey().equals(segments.get(segments.size() - 1)) ? name
                : e.getKey(), e.getValue()));
        parent.removeAll();
        fields.forEach(parent::set);
    }

    private static final String NAN = "ZZNANZZ";
    private static final String INF = "ZZINFZZ";

    /** YAML's special floats, which the tree writer would quote. */
    private static byte[] special(byte[] yaml) {
        return new String(yaml, StandardCharsets.UTF_8).replace(NAN, ".nan").replace(INF, ".inf")
                .getBytes(StandardCharsets.UTF_8);
    }

    /** Every text mutation of {@code yaml}, each as a validate case then a run or sweep case. */
    private static List<BadInput> textMutations(Shipped shipped, Shipped.Yaml yaml) {
        List<BadInput> cases = new ArrayList<>();
        String file = yaml.fileName();
        String text = new String(yaml.bytes(), StandardCharsets.UTF_8);
        List<String> lines = new ArrayList<>(text.lines().toList());
        int nameLine = 0;
        while (!lines.get(nameLine).startsWith("name:")) {
            nameLine++;
        }
        int indented = 0;
        while (!lines.get(indented).matches("  \\S.*")) {
            indented++;
        }
        int end = lines.size() + 1;
        Map<String, byte[]> variants = new LinkedHashMap<>();
        Map<String, List<Pattern>> mentions = new LinkedHashMap<>();
        Consumer3 put = (what, bytes, patterns) -> {
            variants.put(what, bytes);
            mentions.put(what, patterns);
        };
        put.to("empty file", new byte[0], List.of(text(file)));
        put.to("blank lines only", "\n  \n\n".getBytes(StandardCharsets.UTF_8), List.of(text(file)));
        put.to("comments only", "# nothing here\n".getBytes(StandardCharsets.UTF_8), List.of(text(file)));
        put.to("a list at the top", "- name: x\n- name: y\n".getBytes(StandardCharsets.UTF_8), List.of(fileLine(file)));
        put.to("a text at the top", "just some words\n".getBytes(StandardCharsets.UTF_8), List.of(fileLine(file)));
        put.to("a Latin-1 byte on line " + (nameLine + 1), replaceLine(lines, nameLine, "name: caf\u00e9",
                StandardCharsets.ISO_8859_1), List.of(at(file, nameLine + 1)));
        put.to("a NUL byte on line " + (nameLine + 1), replaceLine(lines, nameLine, "name: a\u0000b",
                StandardCharsets.UTF_8), List.of(at(file, nameLine + 1)));
        put.to("an unclosed bracket at the end", (text + "extra: [1, 2\n").getBytes(StandardCharsets.UTF_8),
                List.of(fileLine(file)));
        put.to("a stray indented line after line " + (nameLine + 1), insertLine(lines, nameLine + 1, "   odd: 1"),
                List.of(fileLine(file)));
        put.to("a tab indenting line " + (indented + 1), replaceLine(lines, indented,
                "\t" + lines.get(indented).substring(2), StandardCharsets.UTF_8), List.of(at(file, indented + 1)));
        put.to("a Java type tag on line " + (nameLine + 1), replaceLine(lines, nameLine,
                "name: !!java.io.File /etc/passwd", StandardCharsets.UTF_8), List.of(at(file, nameLine + 1)));
        put.to("a local type tag on line " + (nameLine + 1), replaceLine(lines, nameLine, "name: !thing x",
                StandardCharsets.UTF_8), List.of(at(file, nameLine + 1)));
        put.to("a duplicate key name on line " + end, (text + "name: again\n").getBytes(StandardCharsets.UTF_8),
                List.of(at(file, end), text("name")));
        put.to("a second document", (text + "---\nname: second\n").getBytes(StandardCharsets.UTF_8),
                List.of(fileLine(file)));
        StringBuilder bomb = new StringBuilder(text).append("bomb0: &b0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (int i = 1; i < 10; i++) {
            bomb.append("bomb").append(i).append(": &b").append(i).append(" [")
                    .append(String.join(", ", Collections.nCopies(10, "*b" + (i - 1)))).append("]\n");
        }
        put.to("an alias bomb", bomb.toString().getBytes(StandardCharsets.UTF_8), List.of(text(file)));
        put.to("lists nested 500 deep", (text + "deep: " + "[".repeat(500) + "]".repeat(500) + "\n")
                .getBytes(StandardCharsets.UTF_8), List.of(fileLine(file)));
        put.to("over 1 MiB", (text + "# " + "x".repeat(1_100_000) + "\n").getBytes(StandardCharsets.UTF_8),
                List.of(text(file)));
        variants.forEach((what, bytes) -> {
            Map<String, byte[]> files = new LinkedHashMap<>(shipped.dependencies(yaml));
            files.put(yaml.path(), bytes);
            cases.addAll(BadInput.both(yaml.isSweep() ? "sweep" : "run", what, files, yaml.path(), mentions.get(what)));
        });
        return cases;
    }

    @FunctionalInterface
    private interface Consumer3 {
        void to(String what, byte[] bytes, List<Pattern> mentions);
    }

    private static byte[] replaceLine(List<String> lines, int index, String line, Charset charset) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < lines.size(); i++) {
            bytes.writeBytes((i == index ? line : lines.get(i)).getBytes(i == index ? charset
                    : StandardCharsets.UTF_8));
            bytes.write('\n');
        }
        return bytes.toByteArray();
    }

    private static byte[] insertLine(List<String> lines, int index, String line) {
        List<String> copy = new ArrayList<>(lines);
        copy.add(index, line);
        return (String.join("\n", copy) + "\n").getBytes(StandardCharsets.UTF_8);
    }
}
