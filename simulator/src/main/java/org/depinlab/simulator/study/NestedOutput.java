package org.depinlab.simulator.study;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.depinlab.simulator.report.Column;
import org.depinlab.simulator.report.FigureLabels;
import org.depinlab.simulator.report.NestedFigures;
import org.depinlab.simulator.report.NestedMap;

/**
 * A dotted output ({@code energy_by_model_region.H200.us-east.kwh_per_pflop}) or a pattern of them
 * ({@code energy_by_model_region.*.*.kwh_per_pflop}) in words: the figure's label and unit, and the
 * cell its keys name ("H200 in us-east") or, for a pattern, what its wildcards range over ("by GPU
 * model and region").
 *
 * @param map    the nested map it reads
 * @param keys   the keys between the map's name and the figure (a {@code *} for a wildcard)
 * @param figure the figure under the last key; "" where the last key holds the figure itself
 */
record NestedOutput(NestedMap map, List<String> keys, String figure) {

    /** Figures whose column label reads badly in a sentence. */
    private static final Map<String, String> OWN = Map.of("kwh_per_pflop", "energy per PFLOP",
            "co2e_kg_per_pflop", "emissions per PFLOP", "kwh_per_completed_job", "energy per completed job",
            "co2e_kg_per_completed_job", "emissions per completed job", "wasted_share", "share of energy wasted");

    /** {@code output} as a nested output; null where it reads no nested map. */
    static NestedOutput of(String output) {
        NestedMap map = NestedFigures.map(output);
        if (map == null) {
            return null;
        }
        List<String> parts = List.of(output.substring(map.name().length() + 1).split("\\.", -1));
        return map.figures().isEmpty() ? new NestedOutput(map, parts, "")
                : new NestedOutput(map, parts.subList(0, parts.size() - 1), parts.get(parts.size() - 1));
    }

    /** The figure in words, "energy per PFLOP"; the map's name where the key holds the figure. */
    String label() {
        if (figure.isEmpty()) {
            return map.name().replace('_', ' ');
        }
        return OWN.getOrDefault(figure, column().map(c -> FigureLabels.label(c).toLowerCase(Locale.ROOT))
                .orElse(figure.replace('_', ' ')));
    }

    /** The figure's unit, "kWh/PFLOP"; "" when none is declared. */
    String unit() {
        return column().map(Column::unit).orElse("");
    }

    /** The cell {@code output} names by the keys a wildcard stands for, "H200 in us-east". */
    String cell(String output) {
        List<String> given = of(output).keys;
        List<String> named = new ArrayList<>();
        for (int k = 0; k < keys.size(); k++) {
            if (keys.get(k).equals("*")) {
                named.add(given.get(k));
            }
        }
        return String.join(" in ", named);
    }

    /** Where the output is: " on H200 in us-east" for its keys, " by GPU model and region" for wildcards. */
    String where() {
        List<String> wild = new ArrayList<>();
        for (int k = 0; k < keys.size(); k++) {
            if (keys.get(k).equals("*")) {
                wild.add(map.levels().get(Math.min(k, map.levels().size() - 1)));
            }
        }
        return wild.isEmpty() ? " of " + String.join(" in ", keys) : " by " + StudyText.list(wild);
    }

    private Optional<? extends Column<?>> column() {
        return map.columns().stream().filter(c -> c.name().equals(figure)).findFirst();
    }
}
