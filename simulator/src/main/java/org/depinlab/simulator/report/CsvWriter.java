package org.depinlab.simulator.report;

import java.util.List;
import java.util.Locale;

/**
 * Builds a CSV text: a header and rows, RFC 4180 quoting where a field needs it, numbers written
 * with {@link Double#toString} (shortest exact form, so the same run writes the same bytes).
 */
final class CsvWriter {

    private final StringBuilder text = new StringBuilder();
    private final int columns;

    /** The CSV of {@code rows}, one column per declaration in {@code columns}. */
    static <T> String table(List<Column<T>> columns, List<T> rows) {
        CsvWriter csv = new CsvWriter(columns.stream().map(Column::name).toList());
        for (T row : rows) {
            csv.row(columns.stream().map(column -> column.of(row)).toArray());
        }
        return csv.text();
    }

    private CsvWriter(List<String> header) {
        this.columns = header.size();
        line(header.toArray());
    }

    private CsvWriter row(Object... values) {
        if (values.length != columns) {
            throw new IllegalArgumentException("row of " + values.length + " values, header of " + columns);
        }
        line(values);
        return this;
    }

    private String text() {
        return text.toString();
    }

    private void line(Object[] values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(field(values[i]));
        }
        text.append('\n');
    }

    private static String field(Object value) {
        String s = value instanceof Double d ? (Double.isNaN(d) ? "" : d.toString()) : String.valueOf(value);
        if (s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0) {
            return '"' + s.replace("\"", "\"\"") + '"';
        }
        return s.toLowerCase(Locale.ROOT).equals("null") ? "" : s;
    }
}
