package org.depinlab.simulator.cli.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

/**
 * The corpus cases that fail today for a cause being fixed elsewhere, read from
 * {@code known-open.txt}: a line {@code # cause} names the cause of the case names under it.
 * Empty it as the fixes land.
 */
final class KnownOpen {

    /** A cause starting so is never run, not even with -Dcorpus.all=true (it would work for minutes). */
    static final String NOT_RUN = "not run:";

    private final Map<String, String> causes;

    private KnownOpen(Map<String, String> causes) {
        this.causes = causes;
    }

    static KnownOpen load() {
        Map<String, String> causes = new HashMap<>();
        InputStream stream = KnownOpen.class.getResourceAsStream("known-open.txt");
        if (stream == null) {
            return new KnownOpen(causes);
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String cause = "unstated";
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("# ")) {
                    cause = line.substring(2).strip();
                } else if (!line.isBlank()) {
                    causes.put(line, cause);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new KnownOpen(causes);
    }

    /** Why {@code name} is known to fail, or null if it must pass. */
    String cause(String name) {
        return causes.get(name);
    }
}
