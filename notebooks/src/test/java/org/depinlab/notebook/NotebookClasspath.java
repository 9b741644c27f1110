package org.depinlab.notebook;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The notebooks' classpath in the build: this module's runtime dependencies as the Maven dependency
 * plugin wrote them, and this module's classes (system properties set by the POM for Surefire).
 */
final class NotebookClasspath {

    private NotebookClasspath() {
    }

    static List<Path> entries() throws IOException {
        Path file = Path.of(required("notebook.classpath.file"));
        List<Path> entries = new ArrayList<>();
        for (String entry : Files.readString(file).strip().split(File.pathSeparator)) {
            if (!entry.isEmpty()) {
                entries.add(Path.of(entry));
            }
        }
        entries.add(Path.of(required("notebook.classes")));
        return entries;
    }

    static String required(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException("system property " + property + " is not set (the POM sets it for Surefire)");
        }
        return value;
    }
}
