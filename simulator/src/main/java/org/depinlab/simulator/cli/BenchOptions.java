package org.depinlab.simulator.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** Options shared by the bench commands. */
final class BenchOptions {

    @Option(names = "--quick", description = "Fewer sizes and repetitions (about a minute).")
    private boolean quick;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write the profile, JSON (default: gpu-profile.json or cpu-profile.json here).")
    private Path out;

    boolean quick() {
        return quick;
    }

    Path outOr(String defaultName) {
        return out == null ? Path.of(defaultName) : out;
    }
}
