package org.depinlab.simulator.report;

import java.util.List;

/**
 * One of {@code run.json}'s nested maps, as a study's dotted output reads it
 * ({@code NAME.KEY[.KEY].FIGURE}): its name at the top level, what its keys name, level by level, and
 * the figures under the last key (none where the last key holds the figure itself, as in
 * {@code value_capture.team}). Declared in {@link Columns#NESTED}.
 *
 * @param name    its key at the top level of run.json
 * @param levels  what each level of keys names, outermost first
 * @param figures the numeric figures under the innermost key; empty when that key holds a number
 * @param columns the declared columns of those figures, with their labels and units; empty where run.json
 *                writes the map's figures without columns
 */
public record NestedMap(String name, List<String> levels, List<String> figures, List<? extends Column<?>> columns) {

    public NestedMap {
        levels = List.copyOf(levels);
        figures = List.copyOf(figures);
        columns = List.copyOf(columns);
    }

    /** A map whose innermost values are {@code columns}' figures. */
    static NestedMap of(String name, List<String> levels, List<? extends Column<?>> columns) {
        return new NestedMap(name, levels, columns.stream().map(Column::name).toList(), columns);
    }

    /** A map whose figures have no declared columns. */
    static NestedMap of(String name, List<String> levels, String... figures) {
        return new NestedMap(name, levels, List.of(figures), List.of());
    }
}
