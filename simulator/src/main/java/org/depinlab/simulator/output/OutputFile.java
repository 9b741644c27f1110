package org.depinlab.simulator.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;

/**
 * A single output file (a benchmark's profile): written only where no file is, or over a file of
 * the same kind that depinlab wrote. Checked before any work, touching nothing but a probe.
 */
public final class OutputFile {

    private OutputFile() {
    }

    /**
     * Checks that {@code given} may be written: not a folder, not a file other than one that
     * {@code ours} recognises ({@code what} names that kind of file in the message), and its folder
     * writable now (created if missing).
     */
    public static void check(Path given, Predicate<Path> ours, String what) {
        Path file = given.toAbsolutePath().normalize();
        if (Files.isDirectory(file)) {
            throw new OutputException(given + ": is a folder; give a file name such as " + given.resolve("profile.json"));
        }
        if (Files.exists(file) && !ours.test(file)) {
            throw new OutputException(given + ": exists and is not " + what + "; to keep it safe nothing is written"
                    + " there: give a new file name");
        }
        Path probe = file.resolveSibling(Leftovers.temporaryName(file.getFileName().toString()));
        try {
            Files.createDirectories(file.getParent());
            Files.deleteIfExists(Files.createFile(probe));
        } catch (IOException e) {
            throw new OutputException(given + ": cannot write there: " + OutputFolder.reason(e));
        }
    }
}
