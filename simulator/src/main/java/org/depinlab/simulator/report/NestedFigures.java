package org.depinlab.simulator.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The numeric figures inside {@code run.json}'s nested maps ({@link Columns#NESTED}) by dotted path,
 * {@code energy_by_model_region.H100-SXM.us-east.kwh_per_pflop}: read back from the run.json text
 * itself, so a study reads exactly what run.json says.
 */
public final class NestedFigures {

    private static final ObjectMapper JSON = new ObjectMapper();

    private NestedFigures() {
    }

    /** The numeric figures of {@code figures}' nested maps named {@code maps}, by dotted path, in run.json order. */
    public static Map<String, Double> of(RunFigures figures, Collection<String> maps) {
        Map<String, Double> flat = new LinkedHashMap<>();
        if (maps.isEmpty()) {
            return flat;
        }
        JsonNode run;
        try {
            run = JSON.readTree(RunWriter.json(figures));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read back run.json", e);
        }
        for (NestedMap map : Columns.NESTED) {
            if (maps.contains(map.name()) && run.has(map.name())) {
                flatten(map.name(), run.get(map.name()), flat);
            }
        }
        return flat;
    }

    /** The nested map a dotted output {@code path} reads ({@code value_capture.team}: value_capture); null if none. */
    public static NestedMap map(String path) {
        int dot = path.indexOf('.');
        String name = dot < 0 ? path : path.substring(0, dot);
        return dot < 0 ? null : Columns.NESTED.stream().filter(m -> m.name().equals(name)).findFirst().orElse(null);
    }

    private static void flatten(String prefix, JsonNode node, Map<String, Double> flat) {
        node.properties().forEach(field -> {
            String path = prefix + "." + field.getKey();
            JsonNode value = field.getValue();
            if (value.isObject()) {
                flatten(path, value, flat);
            } else if (value.isNumber()) {
                flat.put(path, value.asDouble());
            }
        });
    }
}
