package org.depinlab.simulator.scenario;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One mapping of a scenario, read field by field with its path for messages. It is opened with the
 * keys it may hold and refuses any other key at once, suggesting the nearest allowed one, so that a
 * misspelt optional field is reported as such before a check it makes fail. Every getter marks the
 * field read; {@link #done()} then refuses an allowed key that was not read (one the other fields
 * given make meaningless).
 */
final class Fields {

    private final YamlSource source;
    private final String path;
    private final JsonNode node;
    private final Set<String> allowed;
    private final Set<String> known = new LinkedHashSet<>();

    Fields(YamlSource source, String path, JsonNode node, List<String> allowed) {
        this.source = source;
        this.path = path;
        this.node = node;
        this.allowed = new LinkedHashSet<>(allowed);
        if (!node.isObject()) {
            throw error(path, "must be a mapping of fields, found " + kind(node));
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!this.allowed.contains(key)) {
                String suggestion = nearest(key, this.allowed);
                throw error(child(key), "unknown field" + (suggestion == null ? "" : " (did you mean '" + suggestion
                        + "'?)") + " (allowed: " + String.join(", ", allowed) + ")");
            }
        }
    }

    String path() {
        return path;
    }

    YamlSource source() {
        return source;
    }

    boolean has(String name) {
        read(name);
        return node.has(name) && !node.get(name).isNull();
    }

    double number(String name, double min, double max) {
        read(name);
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw missing(name, "a number from " + fmt(min) + " to " + fmt(max));
        }
        return checkNumber(child(name), value, min, max);
    }

    double number(String name, double min, double max, double fallback) {
        return has(name) ? number(name, min, max) : fallback;
    }

    int integer(String name, int min, int max) {
        double value = number(name, min, max);
        if (value != Math.rint(value)) {
            throw error(child(name), "must be a whole number, found " + fmt(value));
        }
        return (int) value;
    }

    int integer(String name, int min, int max, int fallback) {
        return has(name) ? integer(name, min, max) : fallback;
    }

    long longInteger(String name, long fallback) {
        read(name);
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isNumber() || value.asDouble() != Math.rint(value.asDouble())) {
            throw error(child(name), "must be a whole number, found " + kind(value));
        }
        if (value.isIntegralNumber() ? !value.canConvertToLong()
                : Math.abs(value.asDouble()) >= 0x1p63) {
            throw error(child(name), value.asText() + " is out of range (allowed: whole numbers from " + Long.MIN_VALUE
                    + " to " + Long.MAX_VALUE + ")");
        }
        return value.isIntegralNumber() ? value.asLong() : (long) value.asDouble();
    }

    boolean bool(String name, boolean fallback) {
        read(name);
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            return fallback;
        }
        if (!value.isBoolean()) {
            throw error(child(name), "must be true or false, found " + kind(value));
        }
        return value.asBoolean();
    }

    String text(String name) {
        read(name);
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw missing(name, "text");
        }
        if (!value.isTextual() || value.asText().isBlank()) {
            throw error(child(name), "must be non-empty text, found " + kind(value));
        }
        return value.asText();
    }

    String text(String name, String fallback) {
        return has(name) ? text(name) : fallback;
    }

    /** One of {@code allowed} (case and '-' vs '_' ignored). */
    <E extends Enum<E>> E choice(String name, Class<E> type, E fallback) {
        if (!has(name)) {
            return fallback;
        }
        String value = text(name).trim().toUpperCase(Locale.ROOT).replace('-', '_');
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        throw error(child(name), "'" + node.get(name).asText() + "' is not one of the choices (allowed: "
                + String.join(", ", names(type)) + ")");
    }

    /** The mapping {@code name}, which may hold the keys {@code allowed}. */
    Fields object(String name, List<String> allowed) {
        read(name);
        JsonNode value = node.get(name);
        if (value == null || value.isNull()) {
            throw missing(name, "a mapping of fields");
        }
        return new Fields(source, child(name), value, allowed);
    }

    /** The items of a list of mappings (at least one), each of which may hold the keys {@code allowed}. */
    List<Fields> objects(String name, List<String> allowed) {
        read(name);
        JsonNode value = node.get(name);
        if (value == null || !value.isArray() || value.isEmpty()) {
            throw error(child(name), "must be a non-empty list");
        }
        List<Fields> items = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            items.add(new Fields(source, child(name) + "[" + i + "]", value.get(i), allowed));
        }
        return items;
    }

    /** A list of texts (may be empty; absent gives an empty list). */
    List<String> texts(String name) {
        read(name);
        JsonNode value = node.get(name);
        List<String> items = new ArrayList<>();
        if (value == null || value.isNull()) {
            return items;
        }
        if (!value.isArray()) {
            throw error(child(name), "must be a list, found " + kind(value));
        }
        for (int i = 0; i < value.size(); i++) {
            if (!value.get(i).isTextual()) {
                throw error(child(name) + "[" + i + "]", "must be text, found " + kind(value.get(i)));
            }
            items.add(value.get(i).asText());
        }
        return items;
    }

    /** A list of numbers in [min, max]. */
    List<Double> numbers(String name, double min, double max) {
        read(name);
        JsonNode value = node.get(name);
        if (value == null || !value.isArray() || value.isEmpty()) {
            throw error(child(name), "must be a non-empty list of numbers");
        }
        List<Double> items = new ArrayList<>();
        for (int i = 0; i < value.size(); i++) {
            items.add(checkNumber(child(name) + "[" + i + "]", value.get(i), min, max));
        }
        return items;
    }

    /** A mapping of names to positive weights (at least one). */
    Map<String, Double> weights(String name, Function<String, String> checkName) {
        read(name);
        JsonNode value = node.get(name);
        if (value == null || !value.isObject() || value.isEmpty()) {
            throw error(child(name), "must be a mapping of names to weights > 0");
        }
        Map<String, Double> weights = new LinkedHashMap<>();
        for (Map.Entry<String, JsonNode> entry : value.properties()) {
            String entryPath = child(name) + "." + entry.getKey();
            String key;
            try {
                key = checkName.apply(entry.getKey());
            } catch (RuntimeException e) {
                throw error(entryPath, e.getMessage());
            }
            weights.put(key, checkNumber(entryPath, entry.getValue(), Double.MIN_VALUE, 1e12));
        }
        return weights;
    }

    /**
     * Which of the alternatives {@code names} this mapping gives: null for none, an error naming
     * them for two or more.
     */
    String oneOf(String... names) {
        String given = null;
        for (String name : names) {
            if (has(name)) {
                if (given != null) {
                    throw error(child(name), "give one of " + listed(List.of(names), " or ") + ", not both " + given
                            + " and " + name);
                }
                given = name;
            }
        }
        return given;
    }

    /**
     * Refuses {@code others} beside {@code one} when this mapping gives {@code one}: they are two
     * ways of saying the same thing.
     */
    void exclusive(String one, String... others) {
        if (!has(one)) {
            return;
        }
        for (String other : others) {
            if (has(other)) {
                throw error(child(other), "give one of " + one + " or " + listed(List.of(others), " and ")
                        + ", not both " + one + " and " + other);
            }
        }
    }

    private static String listed(List<String> names, String last) {
        return names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + last + names.get(names.size() - 1);
    }

    /** The raw node of a field (for alternatives such as a number or a mapping). */
    JsonNode raw(String name) {
        read(name);
        return node.get(name);
    }

    String child(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** Refuses any key not read: an allowed field that the other fields given leave without a use. */
    void done() {
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String key = it.next();
            if (!known.contains(key)) {
                throw error(child(key), "has no use with the other fields given (allowed here: "
                        + String.join(", ", known) + ")");
            }
        }
    }

    /** Marks {@code name} read; reading a key the mapping was not opened with is a mistake in the loader. */
    private void read(String name) {
        if (!allowed.contains(name)) {
            throw new IllegalStateException(child(name) + " is read but not among the allowed keys " + allowed);
        }
        known.add(name);
    }

    ScenarioException error(String fieldPath, String message) {
        String where = source.locate(fieldPath);
        if (where.equals(source.file().toString())) {
            // the field is absent: point at the mapping that should hold it
            String parent = source.locate(path);
            where = parent.equals(where) ? where + ":1:1" : parent;
        }
        return new ScenarioException(where + ": " + fieldPath + ": " + message);
    }

    /**
     * A required field is absent. (A misspelling of it would have been refused as an unknown key when
     * this mapping was opened, so the keys it holds are all legitimate siblings.)
     */
    ScenarioException missing(String name, String what) {
        return error(child(name), "is required (" + what + ")");
    }

    private double checkNumber(String fieldPath, JsonNode value, double min, double max) {
        if (!value.isNumber()) {
            throw error(fieldPath, "must be a number from " + fmt(min) + " to " + fmt(max) + ", found " + kind(value));
        }
        double number = value.asDouble();
        if (!(number >= min && number <= max)) {
            throw error(fieldPath, fmt(number) + " is out of range (allowed: " + fmt(min) + " to " + fmt(max) + ")");
        }
        return number;
    }

    /** The candidate nearest to {@code key} (case ignored) if near enough to be a misspelling of it, else null. */
    static String nearest(String key, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int distance = distance(key.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return bestDistance <= Math.max(2, key.length() / 3) ? best : null;
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    static String kind(JsonNode value) {
        if (value == null || value.isNull()) {
            return "nothing";
        }
        if (value.isTextual()) {
            return "text '" + value.asText() + "'";
        }
        if (value.isNumber()) {
            return "the number " + value.asText();
        }
        if (value.isBoolean()) {
            return value.asText();
        }
        return value.isArray() ? "a list" : "a mapping";
    }

    private static <E extends Enum<E>> List<String> names(Class<E> type) {
        List<String> names = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            names.add(constant.name().toLowerCase(Locale.ROOT));
        }
        return names;
    }

    static String fmt(double value) {
        if (value == Double.MAX_VALUE || Double.isInfinite(value)) {
            return "any";
        }
        if (value == Double.MIN_VALUE) {
            return "above 0";
        }
        return value == Math.rint(value) && Math.abs(value) < 1e15 ? Long.toString((long) value)
                : Double.toString(value);
    }
}
