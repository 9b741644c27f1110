package org.depinlab.simulator.cli;

import org.depinlab.simulator.scenario.Limits;

import picocli.CommandLine.Option;

/** The option that lifts the work limits of scenarios and sweeps (never the heap check). */
final class LimitOptions {

    @Option(names = "--allow-long", description = "Lift the work limits (per run: 1e9 arrivals, 1e9 failure events,"
            + " 1e9 MMPP state changes, 1e6 epochs; per sweep: 100 000 runs) for a run you mean to be that long."
            + " The heap check stays: raise -Xmx with DEPINLAB_JAVA_OPTS instead.")
    private boolean allowLong;

    Limits limits() {
        return Limits.ofThisJvm(allowLong);
    }
}
