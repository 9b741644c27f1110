package org.depinlab.simulator.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Columns repeated once per key of the run (a GPU model, a region), named {@code prefix + key} and
 * documented as {@code prefix + PLACEHOLDER}.
 *
 * @param <T>         the row they are read from
 * @param prefix      the names' common start
 * @param placeholder what a key is (documented in capitals, e.g. {@code model})
 * @param unit        the unit of each
 * @param meaning     what each says, one line
 * @param values      reads a row's values, one per key in key order
 */
public record ColumnFamily<T>(String prefix, String placeholder, String unit, String meaning,
                              Function<? super T, List<?>> values) {

    /** A column per key, in key order. */
    public List<Column<T>> expand(List<String> keys) {
        List<Column<T>> columns = new ArrayList<>(keys.size());
        for (int k = 0; k < keys.size(); k++) {
            int index = k;
            columns.add(new Column<>(prefix + keys.get(k), unit, meaning, row -> values.apply(row).get(index)));
        }
        return columns;
    }

    /** The family as one documented column, {@code prefix + PLACEHOLDER}. */
    public Column<T> documented() {
        return new Column<>(prefix + placeholder.toUpperCase(Locale.ROOT), unit, meaning, values);
    }
}
