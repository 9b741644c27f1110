package org.depinlab.simulator.cli;

import java.nio.file.Path;

import picocli.CommandLine.Option;

/** The output options of run and sweep. */
final class OutputOptions {

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: reports/NAME).")
    private Path out;

    @Option(names = "--quiet", description = "Print nothing but errors.")
    private boolean quiet;

    /** The folder given, or null. */
    Path out() {
        return out;
    }

    /** The folder given, or reports/NAME. */
    Path outOr(String name) {
        return out == null ? Path.of("reports", name) : out;
    }

    boolean quiet() {
        return quiet;
    }
}
