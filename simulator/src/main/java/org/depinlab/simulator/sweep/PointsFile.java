package org.depinlab.simulator.sweep;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.depinlab.simulator.output.AtomicFiles;

/**
 * A sweep's {@code points.jsonl}: one finished run a line, appended as each run finishes. A last
 * line without its newline is a run cut short by a kill: it is dropped (and cut from the file, so
 * appending goes on from a whole line). A bad line anywhere else is reported with its number and
 * skipped, and every valid line after it is kept.
 */
final class PointsFile {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PointsFile() {
    }

    /** Reads {@code file} (no file: no runs), telling {@code problems} of each bad line ({@code file:line: …}). */
    static List<RunRecord> read(Path file, Consumer<String> problems) throws IOException {
        List<RunRecord> results = new ArrayList<>();
        if (!Files.exists(file)) {
            return results;
        }
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int start = 0;
        int line = 1;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                Files.writeString(file, text.substring(0, start), StandardCharsets.UTF_8);
                break;
            }
            String record = text.substring(start, end);
            try {
                results.add(JSON.readValue(record, RunRecord.class));
            } catch (JsonProcessingException e) {
                problems.accept(file + ":" + line + ": not a run record (" + e.getOriginalMessage() + "); skipped, the"
                        + " runs on the other lines are kept");
            }
            start = end + 1;
            line++;
        }
        return results;
    }

    /** Appends {@code result} as one line, on disk before it returns. */
    static void append(Path file, RunRecord result) throws IOException {
        Files.writeString(file, JSON.writeValueAsString(result) + "\n", StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE,
                StandardOpenOption.SYNC);
    }

    /**
     * Rewrites {@code file} with {@code results} sorted by (point, replication): runs finish in any
     * order, the finished sweep's file is the same whatever the thread count.
     */
    static void writeSorted(Path file, List<RunRecord> results) throws IOException {
        List<RunRecord> sorted = new ArrayList<>(results);
        sorted.sort(RunRecord.ORDER);
        StringBuilder lines = new StringBuilder();
        for (RunRecord r : sorted) {
            lines.append(JSON.writeValueAsString(r)).append('\n');
        }
        AtomicFiles.write(file, lines);
    }
}
