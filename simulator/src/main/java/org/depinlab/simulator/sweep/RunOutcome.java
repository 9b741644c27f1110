package org.depinlab.simulator.sweep;

import java.io.Serializable;

/** What became of one {@link RunSpec}: its record, or why it failed. */
public sealed interface RunOutcome extends Serializable {

    /**
     * The run finished.
     *
     * @param record its line of {@code points.jsonl}
     */
    record Completed(RunRecord record) implements RunOutcome {
        private static final long serialVersionUID = 1L;
    }

    /**
     * The run failed.
     *
     * @param spec    the run
     * @param message why, for the user
     */
    record Failed(RunSpec spec, String message) implements RunOutcome {
        private static final long serialVersionUID = 1L;
    }
}
