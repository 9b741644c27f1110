package org.depinlab.simulator.output;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Temporary files and folders of a command: named {@code .NAME.writing-PID-START} after the process
 * that writes them (its id and start time in milliseconds), so that the next command writing to the
 * same place can tell a killed command's leftovers (the process is gone, or the id now belongs to a
 * process started at another time) from those of one still running, and remove only the former.
 */
final class Leftovers {

    /** This process's part of a temporary name: {@code PID-START}. */
    static final String PROCESS_TAG = tag(ProcessHandle.current());

    private static final Pattern TEMPORARY = Pattern.compile("\\.(.+)\\.writing-(\\d+)-(\\d+)");

    private Leftovers() {
    }

    /** The temporary name for {@code name} written by this process. */
    static String temporaryName(String name) {
        return "." + name + ".writing-" + PROCESS_TAG;
    }

    /**
     * Removes from {@code folder} the temporary files and folders of processes that are gone: all of
     * them when {@code name} is null, else only those for {@code name}.
     */
    static void clean(Path folder, String name) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                Matcher m = TEMPORARY.matcher(entry.getFileName().toString());
                if (m.matches() && (name == null || m.group(1).equals(name)) && !alive(m.group(2), m.group(3))) {
                    AtomicFiles.deleteTree(entry);
                }
            }
        }
    }

    /** Whether the process that wrote a temporary name with this id and start time still runs. */
    static boolean alive(String pid, String start) {
        Optional<ProcessHandle> process;
        try {
            process = ProcessHandle.of(Long.parseLong(pid));
        } catch (NumberFormatException e) {
            return false;
        }
        return process.filter(ProcessHandle::isAlive).map(p -> tag(p).equals(pid + "-" + start)).orElse(false);
    }

    static String tag(ProcessHandle process) {
        // where the start time is unknown, the id alone decides (0 stands for "unknown" on both sides)
        long start = process.info().startInstant().map(i -> i.toEpochMilli()).orElse(0L);
        return process.pid() + "-" + start;
    }
}
