package org.depinlab.simulator.report;

import java.util.function.Function;

/**
 * One column of an output file, or one figure of {@code run.json}: its name there, its unit, what
 * it means in one line, and how it is read from a row. Declared only in {@link Columns}; the
 * writers and the tables of docs/outputs.md are made from the declarations.
 *
 * @param <T>     the row it is read from
 * @param name    the name in the file (snake_case, stable)
 * @param unit    the unit, or "" for a name or an index
 * @param meaning what it says, one line
 * @param value   reads it from a row
 */
public record Column<T>(String name, String unit, String meaning, Function<? super T, ?> value) {

    /** This column's value in {@code row}. */
    public Object of(T row) {
        return value.apply(row);
    }
}
