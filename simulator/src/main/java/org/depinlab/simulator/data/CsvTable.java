package org.depinlab.simulator.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A CSV file read line by line, so that every problem is reported as
 * {@code file:line: what is wrong}. Fields are separated by commas; a field may be quoted with
 * double quotes (a doubled quote inside stands for one). The first line names the columns.
 */
public final class CsvTable {

    /** One data row with its line number. */
    public record Row(int line, String[] fields) {
    }

    /** The largest file read: a table is held in memory whole, at several times its size in bytes. */
    public static final long MAX_BYTES = 100L << 20;

    private final Path file;
    private final Map<String, Integer> columns = new HashMap<>();
    private final List<Row> rows = new ArrayList<>();

    private CsvTable(Path file) {
        this.file = file;
    }

    /** Reads {@code file}, requiring the named columns (others are ignored). */
    public static CsvTable read(Path file, List<String> required) {
        CsvTable table = new CsvTable(file);
        requireBoundedFile(file);
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = reader.readLine();
            if (header == null) {
                throw new DataFormatException(file + ":1: the file is empty (expected a header line naming the columns "
                        + String.join(", ", required) + ")");
            }
            String[] names = table.split(header.startsWith("\uFEFF") ? header.substring(1) : header, 1);
            for (int i = 0; i < names.length; i++) {
                table.columns.put(names[i].strip(), i);
            }
            for (String column : required) {
                if (!table.columns.containsKey(column)) {
                    throw new DataFormatException(file + ":1: missing column '" + column + "' (required: "
                            + String.join(", ", required) + ")");
                }
            }
            String line;
            int number = 1;
            long read = header.length();
            while ((line = reader.readLine()) != null) {
                number++;
                read += line.length() + 1;
                if (read > MAX_BYTES) {
                    throw new DataFormatException(file + ":" + number + ": the file grew past " + MAX_BYTES
                            + " bytes while being read");
                }
                if (line.isBlank()) {
                    continue;
                }
                String[] fields = table.split(line, number);
                if (fields.length != names.length) {
                    throw new DataFormatException(file + ":" + number + ": " + fields.length + " fields, the header has "
                            + names.length);
                }
                table.rows.add(new Row(number, fields));
            }
        } catch (NoSuchFileException e) {
            throw new DataFormatException(file + ": no such file");
        } catch (CharacterCodingException e) {
            throw Utf8Text.notUtf8(file);
        } catch (IOException e) {
            throw new DataFormatException(file + ": cannot read: " + e.getMessage());
        }
        return table;
    }

    /** Refuses, before opening it, what is not a regular file of bounded size (a pipe would block, a device never end). */
    private static void requireBoundedFile(Path file) {
        if (!Files.exists(file)) {
            throw new DataFormatException(file + ": no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw new DataFormatException(file + ": not a regular file (data is read from files of at most "
                    + MAX_BYTES + " bytes, not from a device, pipe or folder)");
        }
        long size = file.toFile().length();
        if (size > MAX_BYTES) {
            throw new DataFormatException(file + ": " + size + " bytes, more than the " + MAX_BYTES
                    + " a data file may have (allowed: split or cut the file)");
        }
    }

    /** The column names in file order. */
    public List<String> columns() {
        return columns.entrySet().stream().sorted(Map.Entry.comparingByValue()).map(Map.Entry::getKey).toList();
    }

    /** The data rows, blank lines skipped. */
    public List<Row> rows() {
        return rows;
    }

    /** The raw text of {@code column} in {@code row}, stripped. */
    public String text(Row row, String column) {
        return row.fields()[columns.get(column)].strip();
    }

    /** A decimal number (any range: the caller checks its own); text that is not one is an error. */
    public double decimal(Row row, String column) {
        String text = text(row, column);
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw error(row, column + " is '" + text + "', not a number");
        }
    }

    /** A whole number in [min, max]; empty is an error. */
    public long integer(Row row, String column, long min, long max) {
        String text = text(row, column);
        long value;
        try {
            value = Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw error(row, column + " is '" + text + "', not a whole number (allowed: " + min + " to " + max + ")");
        }
        if (value < min || value > max) {
            throw error(row, column + " is " + value + " (allowed: " + min + " to " + max + ")");
        }
        return value;
    }

    /** Like {@link #integer} but an empty field gives {@code missing}. */
    public long integerOrEmpty(Row row, String column, long min, long max, long missing) {
        return text(row, column).isEmpty() ? missing : integer(row, column, min, max);
    }

    /** An error about the header line: {@code file:1: message}. */
    public DataFormatException headerError(String message) {
        return new DataFormatException(file + ":1: " + message);
    }

    /** An error about the whole file: {@code file: message}. */
    public DataFormatException fileError(String message) {
        return new DataFormatException(file + ": " + message);
    }

    /** An error about one row: {@code file:line: message}. */
    public DataFormatException error(Row row, String message) {
        return new DataFormatException(file + ":" + row.line() + ": " + message);
    }

    private String[] split(String line, int number) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.length() == 0) {
                quoted = true;
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) {
            throw new DataFormatException(file + ":" + number + ": a quoted field is not closed");
        }
        fields.add(field.toString());
        return fields.toArray(String[]::new);
    }
}
