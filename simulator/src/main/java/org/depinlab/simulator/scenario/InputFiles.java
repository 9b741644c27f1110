package org.depinlab.simulator.scenario;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The data files one scenario names (traces, node lists, price paths): each resolved against the
 * scenario's folder, checked readable, and remembered in the order the loader meets them.
 */
final class InputFiles {

    private final Path folder;
    private final Set<Path> files = new LinkedHashSet<>();

    InputFiles(Path folder) {
        this.folder = folder;
    }

    /** The readable file that field {@code name} of {@code f} names. */
    Path require(Fields f, String name) {
        Path file = ScenarioLoader.existing(f, name, folder);
        files.add(file);
        return file;
    }

    /** Every file required so far, absolute and normalized, in order. */
    List<Path> list() {
        return List.copyOf(files);
    }
}
