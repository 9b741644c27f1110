package org.depinlab.notebook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The SVG files of a figures folder when a cell starts, to tell which the cell saved: the runner
 * links those, the kernel displays them.
 */
final class FigureWatch {

    private final Path folder;
    private final Map<Path, FileTime> before;

    private FigureWatch(Path folder) {
        this.folder = folder;
        this.before = svgFiles(folder);
    }

    /** Notes the SVG files in {@code folder} now (none if it does not exist). */
    static FigureWatch of(Path folder) {
        return new FigureWatch(folder);
    }

    /** Files new or rewritten since this watch began, by name. */
    List<Path> saved() {
        return svgFiles(folder).entrySet().stream().filter(e -> !e.getValue().equals(before.get(e.getKey())))
                .map(Map.Entry::getKey).sorted().toList();
    }

    /** Every SVG file in {@code folder}, by name. */
    static List<Path> all(Path folder) {
        return svgFiles(folder).keySet().stream().sorted().toList();
    }

    private static Map<Path, FileTime> svgFiles(Path folder) {
        Map<Path, FileTime> files = new HashMap<>();
        if (!Files.isDirectory(folder)) {
            return files;
        }
        try (Stream<Path> list = Files.list(folder)) {
            for (Path file : list.filter(f -> f.toString().endsWith(".svg")).toList()) {
                files.put(file, Files.getLastModifiedTime(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + folder, e);
        }
        return files;
    }
}
