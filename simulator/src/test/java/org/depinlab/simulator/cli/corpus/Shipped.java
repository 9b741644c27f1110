package org.depinlab.simulator.cli.corpus;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

/**
 * The shipped scenarios, sweeps and data files (paths relative to {@code scenarios/}), read once:
 * the templates every case is made from.
 */
final class Shipped {

    static final Path ROOT = Path.of("..", "scenarios");
    static final YAMLMapper YAML = YAMLMapper.builder().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).build();

    /** A shipped YAML file: its path, bytes and tree. */
    record Yaml(String path, byte[] bytes, ObjectNode tree) {

        String fileName() {
            return Path.of(path).getFileName().toString();
        }

        boolean isSweep() {
            return tree.has("scenario");
        }
    }

    private final Map<String, Yaml> yamls = new LinkedHashMap<>();
    private final Map<String, byte[]> data = new LinkedHashMap<>();

    static Shipped load() {
        Shipped shipped = new Shipped();
        try {
            for (Path file : list(ROOT, "yaml")) {
                shipped.add(file);
            }
            for (Path file : list(ROOT.resolve("sweeps"), "yaml")) {
                shipped.add(file);
            }
            try (Stream<Path> files = Files.walk(ROOT.resolve("data"))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".csv")).sorted().toList()) {
                    shipped.data.put(relative(file), Files.readAllBytes(file));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return shipped;
    }

    private void add(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        yamls.put(relative(file), new Yaml(relative(file), bytes, (ObjectNode) YAML.readTree(bytes)));
    }

    private static List<Path> list(Path folder, String extension) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith("." + extension)).sorted().toList();
        }
    }

    private static String relative(Path file) {
        return ROOT.relativize(file).toString().replace('\\', '/');
    }

    List<Yaml> yamls() {
        return List.copyOf(yamls.values());
    }

    Yaml yaml(String path) {
        return yamls.get(path);
    }

    byte[] data(String path) {
        return data.get(path);
    }

    /**
     * The files {@code yaml} needs beside it, unchanged (a sweep's scenario, a scenario's data
     * files), keyed by their path relative to {@code scenarios/}.
     */
    Map<String, byte[]> dependencies(Yaml yaml) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        String folder = yaml.path().contains("/") ? yaml.path().substring(0, yaml.path().lastIndexOf('/') + 1) : "";
        if (yaml.isSweep()) {
            String base = Path.of(folder + yaml.tree().get("scenario").asText()).normalize().toString()
                    .replace('\\', '/');
            Yaml scenario = yamls.get(base);
            files.put(base, scenario.bytes());
            files.putAll(dependencies(scenario));
        }
        for (JsonNode file : yaml.tree().findValues("file")) {
            String path = Path.of(folder + file.asText()).normalize().toString().replace('\\', '/');
            files.put(path, data.get(path));
        }
        return files;
    }

    /** The YAML text of {@code tree}. */
    static byte[] write(JsonNode tree) {
        try {
            return YAML.writeValueAsBytes(tree);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
