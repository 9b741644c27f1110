package org.depinlab.simulator.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The values a concentration is computed over, taken from a CSV table: a numeric column, row
 * counts per group, or a numeric column summed per group (groups in order of first appearance).
 */
public final class ColumnValues {

    private ColumnValues() {
    }

    /**
     * @param table   the table
     * @param column  numeric column to take, or null to count rows
     * @param groupBy column to group by, or null for one value per row
     * @throws DataFormatException naming the file, the line and what is wrong
     */
    public static double[] of(CsvTable table, String column, String groupBy) {
        if (column == null && groupBy == null) {
            throw new IllegalArgumentException("give a column, a group-by column, or both");
        }
        for (String name : new String[] {column, groupBy}) {
            if (name != null && !table.columns().contains(name)) {
                throw table.headerError("no column '" + name + "' (columns: " + String.join(", ", table.columns()) + ")");
            }
        }
        List<CsvTable.Row> rows = table.rows();
        if (rows.isEmpty()) {
            throw table.fileError("no data rows (only a header, or an empty file)");
        }
        if (groupBy == null) {
            double[] values = new double[rows.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = number(table, rows.get(i), column);
            }
            return values;
        }
        Map<String, Double> groups = new LinkedHashMap<>();
        for (CsvTable.Row row : rows) {
            double value = column == null ? 1 : number(table, row, column);
            groups.merge(table.text(row, groupBy), value, Double::sum);
        }
        return groups.values().stream().mapToDouble(Double::doubleValue).toArray();
    }

    private static double number(CsvTable table, CsvTable.Row row, String column) {
        double value = table.decimal(row, column);
        if (!Double.isFinite(value) || value < 0) {
            throw table.error(row, column + " is " + table.text(row, column) + " (allowed: a finite number >= 0)");
        }
        return value;
    }
}
