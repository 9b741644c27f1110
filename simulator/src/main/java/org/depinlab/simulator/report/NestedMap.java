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
 */
public record NestedMap(String name, List<String> levels, List<String> figures) {

    public NestedMap {
        levels = List.copyOf(levels);
        figures = List.copyOf(figures);
    }

    /** The names of {@code columns}, the figures of a map whose innermost values are those columns. */
    static List<String> names(List<? extends Column<?>> columns) {
        return columns.stream().map(Column::name).toList();
    }
}
