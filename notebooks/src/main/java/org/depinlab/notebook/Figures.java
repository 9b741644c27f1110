package org.depinlab.notebook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import org.depinlab.simulator.output.AtomicFiles;

/**
 * Saves a notebook's charts as SVG files, which the notebook then shows inline after the cell that
 * saved them (the kernel and the runner both look for new files). The folder is the system property
 * {@value #FOLDER_PROPERTY} (the runner points it beside the executed notebook); without it,
 * {@code target/figures} under the working directory (in Jupyter, the notebook's folder).
 */
public final class Figures {

    /** System property naming the folder charts are saved to. */
    public static final String FOLDER_PROPERTY = "depinlab.figures";

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]+");

    private Figures() {
    }

    /** The folder charts are saved to now. */
    public static Path folder() {
        return Path.of(System.getProperty(FOLDER_PROPERTY, "target/figures"));
    }

    /**
     * Writes {@code svg} (an {@code <svg>} element, e.g. from the simulator's {@code report.Charts})
     * to {@code NAME.svg} in {@link #folder()}, replacing a file of that name. It returns nothing, so
     * that a cell ending with it shows the chart (with its file's path) and no value after it.
     */
    public static void save(String name, String svg) {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a figure name is letters, digits, '-' and '_', got '" + name + "'");
        }
        if (!svg.startsWith("<svg")) {
            throw new IllegalArgumentException("figure " + name + " is not an <svg> element");
        }
        Path file = folder().resolve(name + ".svg");
        try {
            Files.createDirectories(file.getParent());
            AtomicFiles.write(file, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + svg + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write figure " + file, e);
        }
    }
}
