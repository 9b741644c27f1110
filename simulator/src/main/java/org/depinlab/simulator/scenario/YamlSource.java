package org.depinlab.simulator.scenario;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import org.depinlab.simulator.data.Utf8Text;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.DocumentStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * A YAML file read safely: at most {@value #MAX_BYTES} bytes of UTF-8, one document, no control
 * characters, no type tags, no anchors or aliases, no duplicate keys, bounded nesting. It keeps the
 * text so that an error found later, while binding a field, can be placed at its line and column
 * ({@link #locate}).
 */
final class YamlSource {

    private static final Pattern STEP = Pattern.compile("[^\\[\\]]+(\\[\\d{1,9}])*");
    private static final Pattern INDEX = Pattern.compile("\\[\\d+]");

    static final int MAX_BYTES = 1 << 20;

    private final Path file;
    private final String text;
    private final YAMLFactory factory;
    private final JsonNode root;

    private YamlSource(Path file, String text, YAMLFactory factory, JsonNode root) {
        this.file = file;
        this.text = text;
        this.factory = factory;
        this.root = root;
    }

    /** Reads and parses {@code file}; any problem becomes a {@link ScenarioException} naming it. */
    static YamlSource read(Path file) {
        String text;
        try {
            if (Files.exists(file) && !Files.isRegularFile(file)) {
                throw new ScenarioException(file + ": not a regular file (a scenario is read from a file of at most "
                        + MAX_BYTES + " bytes, not from a device, pipe or folder)");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new ScenarioException(file + ": the file is larger than " + MAX_BYTES + " bytes");
            }
            text = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw new ScenarioException(file + ": no such file");
        } catch (CharacterCodingException e) {
            throw new ScenarioException(Utf8Text.notUtf8(file).getMessage());
        } catch (IOException e) {
            throw new ScenarioException(file + ": cannot read: " + e.getMessage());
        }
        refuseUnprintable(file, text);
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(40);
        options.setCodePointLimit(MAX_BYTES);
        YAMLFactory factory = YAMLFactory.builder().loaderOptions(options).build();
        try (JsonParser parser = factory.createParser(text)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (parser instanceof YAMLParser yaml && yaml.getTypeId() != null) {
                    throw new ScenarioException(where(file, parser.currentTokenLocation()) + ": type tag '"
                            + yaml.getTypeId() + "' is not allowed (scenarios are plain data)");
                }
            }
        } catch (JsonProcessingException e) {
            throw notValidYaml(file, e);
        } catch (IOException e) {
            throw new ScenarioException(file + ": cannot read: " + e.getMessage());
        }
        refuseAnchorsAndMoreDocuments(file, text, options);
        try {
            JsonNode root = new ObjectMapper(factory).readTree(text);
            if (root == null || !root.isObject()) {
                throw new ScenarioException(file + ":1:1: the scenario must be a mapping of fields (name, network,"
                        + " workload, …)");
            }
            return new YamlSource(file, text, factory, root);
        } catch (JsonProcessingException e) {
            throw notValidYaml(file, e);
        }
    }


    /**
     * A character YAML does not allow (a control character such as NUL, or a non-character), refused
     * at its line and column: the YAML reader would report it at the start of the file.
     */
    private static void refuseUnprintable(Path file, String text) {
        int line = 1;
        int column = 1;
        for (int i = 0; i < text.length(); i += Character.charCount(text.codePointAt(i))) {
            int c = text.codePointAt(i);
            if (!StreamReader.isPrintable(c)) {
                String what = Character.isISOControl(c) ? String.format(Locale.ROOT, "a control character (0x%02X)", c)
                        : String.format(Locale.ROOT, "the character U+%04X", c);
                throw new ScenarioException(file + ":" + line + ":" + column + ": " + what
                        + " is not allowed in YAML");
            }
            boolean lineBreak = c == '\n' || c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n');
            line += lineBreak ? 1 : 0;
            column = lineBreak ? 1 : column + 1;
        }
    }

    /**
     * Anchors and aliases, which Jackson's tree would not expand, and a second document, which it
     * would ignore: refused where they first occur.
     */
    private static void refuseAnchorsAndMoreDocuments(Path file, String text, LoaderOptions options) {
        int documents = 0;
        for (Event event : new Yaml(options).parse(new StringReader(text))) {
            if (event instanceof NodeEvent node && node.getAnchor() != null) {
                throw new ScenarioException(at(file, event.getStartMark()) + ": "
                        + (event instanceof AliasEvent ? "alias *" : "anchor &") + node.getAnchor()
                        + " is not allowed (scenarios are plain data: write the value out)");
            }
            if (event instanceof DocumentStartEvent && ++documents > 1) {
                throw new ScenarioException(at(file, event.getStartMark()) + ": a second YAML document is not allowed"
                        + " (one scenario per file)");
            }
        }
    }

    /**
     * A syntax error where SnakeYAML found the problem (Jackson's location is where the token it was
     * scanning began, e.g. the line before a tab), with where an unclosed quote or bracket began.
     */
    private static ScenarioException notValidYaml(Path file, JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblemMark() != null
                && marked.getProblem() != null) {
            return new ScenarioException(at(file, marked.getProblemMark()) + ": not valid YAML: "
                    + marked.getProblem().lines().findFirst().orElse("") + begun(marked));
        }
        return new ScenarioException(where(file, e.getLocation()) + ": not valid YAML: " + firstLine(e));
    }

    /** Where an unclosed quote or bracket began, when that is on an earlier line than the problem. */
    private static String begun(MarkedYAMLException e) {
        Mark context = e.getContextMark();
        if (e.getContext() == null || context == null || context.getLine() >= e.getProblemMark().getLine()
                || e.getContext().endsWith("next token")) {
            return "";
        }
        return " (" + e.getContext() + " begun at line " + (context.getLine() + 1) + ", column "
                + (context.getColumn() + 1) + ")";
    }

    private static String at(Path file, Mark mark) {
        return file + ":" + (mark.getLine() + 1) + ":" + (mark.getColumn() + 1);
    }

    Path file() {
        return file;
    }

    /**
     * The same source with fields replaced (a sweep point): {@code overrides} maps dot-separated
     * paths of mappings to new values; a path must lead through existing mappings, and an existing
     * list item is named by its index, {@code network.classes[0].hardware_cost_factor}.
     */
    YamlSource with(Map<String, JsonNode> overrides) {
        ObjectNode copy = root.deepCopy();
        overrides.forEach((path, value) -> {
            List<String> steps = steps(path);
            JsonNode parent = copy;
            for (int i = 0; i < steps.size() - 1; i++) {
                JsonNode next = child(parent, steps.get(i));
                if (next == null || !next.isContainerNode()) {
                    throw new ScenarioException(file + ": swept field '" + path + "' does not lead through mappings of"
                            + " the scenario (no " + (isIndex(steps.get(i)) ? "list item " : "mapping '")
                            + steps.get(i) + (isIndex(steps.get(i)) ? "" : "'") + ")");
                }
                parent = next;
            }
            String last = steps.get(steps.size() - 1);
            if (parent instanceof ObjectNode mapping && !isIndex(last)) {
                mapping.set(last, value);
            } else if (parent instanceof ArrayNode list && isIndex(last) && index(last) < list.size()) {
                list.set(index(last), value);
            } else {
                throw new ScenarioException(file + ": swept field '" + path + "' names no field of the scenario"
                        + " (no " + (isIndex(last) ? "list item " + last : "mapping holding '" + last + "'") + ")");
            }
        });
        return new YamlSource(file, text, factory, copy);
    }

    /** {@code a.b[2].c} as the steps {@code a}, {@code b}, {@code [2]}, {@code c}. */
    private List<String> steps(String path) {
        List<String> steps = new ArrayList<>();
        for (String name : path.split("\\.", -1)) {
            if (!STEP.matcher(name).matches()) {
                throw new ScenarioException(file + ": swept field '" + path + "' is not a field path (allowed: names"
                        + " joined by '.', a list item as name[index], e.g. network.classes[0].weight)");
            }
            int bracket = name.indexOf('[');
            steps.add(bracket < 0 ? name : name.substring(0, bracket));
            Matcher index = INDEX.matcher(bracket < 0 ? "" : name.substring(bracket));
            while (index.find()) {
                steps.add(index.group());
            }
        }
        return steps;
    }

    private static JsonNode child(JsonNode parent, String step) {
        if (isIndex(step)) {
            return parent.isArray() ? parent.get(index(step)) : null;
        }
        return parent.isObject() ? parent.get(step) : null;
    }

    private static boolean isIndex(String step) {
        return step.startsWith("[");
    }

    private static int index(String step) {
        return Integer.parseInt(step.substring(1, step.length() - 1));
    }

    JsonNode root() {
        return root;
    }

    /**
     * {@code file:line:column} of the field at {@code path} (dot-separated, list items as [i]), or of
     * its nearest enclosing field found; {@code file} alone if none is.
     */
    String locate(String path) {
        String best = file.toString();
        try (JsonParser parser = factory.createParser(text)) {
            Deque<String> stack = new ArrayDeque<>();
            Deque<Integer> indices = new ArrayDeque<>();
            String pending = null;
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                switch (token) {
                    case FIELD_NAME -> {
                        pending = join(stack, parser.currentName());
                        if (path.equals(pending) || path.startsWith(pending + ".") || path.startsWith(pending + "[")) {
                            best = where(file, parser.currentTokenLocation());
                            if (path.equals(pending)) {
                                return best;
                            }
                        }
                    }
                    case START_OBJECT, START_ARRAY -> {
                        String name = itemName(stack, indices, pending);
                        stack.push(name);
                        indices.push(token == JsonToken.START_ARRAY ? 0 : -1);
                        pending = null;
                    }
                    case END_OBJECT, END_ARRAY -> {
                        stack.pop();
                        indices.pop();
                        advanceIndex(indices);
                    }
                    default -> {
                        if (pending == null && !indices.isEmpty() && indices.peek() >= 0) {
                            String item = stack.peek() + "[" + indices.peek() + "]";
                            if (path.equals(item)) {
                                return where(file, parser.currentTokenLocation());
                            }
                            advanceIndex(indices);
                        }
                        pending = null;
                    }
                }
            }
        } catch (IOException e) {
            return best;
        }
        return best;
    }

    private static String itemName(Deque<String> stack, Deque<Integer> indices, String pending) {
        if (pending != null) {
            return pending;
        }
        if (!indices.isEmpty() && indices.peek() >= 0) {
            return stack.peek() + "[" + indices.peek() + "]";
        }
        return "";
    }

    private static void advanceIndex(Deque<Integer> indices) {
        if (!indices.isEmpty() && indices.peek() >= 0) {
            indices.push(indices.pop() + 1);
        }
    }

    private static String join(Deque<String> stack, String name) {
        String parent = stack.isEmpty() ? "" : stack.peek();
        return parent.isEmpty() ? name : parent + "." + name;
    }

    private static String where(Path file, JsonLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return file.toString();
        }
        return file + ":" + location.getLineNr() + ":" + location.getColumnNr();
    }

    private static String firstLine(JsonProcessingException e) {
        String message = String.valueOf(e.getOriginalMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
