package org.depinlab.simulator.sweep;

import java.util.List;
import java.util.function.Consumer;

/**
 * Where a sweep's runs execute: local threads, or a cluster. An executor runs every spec through
 * {@link RunFunction} (a pure function of the spec) and hands each outcome to the sink as it finishes,
 * in any order and one at a time; a failed run is an outcome, never a reason to drop the others.
 */
public interface SweepExecutor extends AutoCloseable {

    /** Runs {@code specs}, calling {@code sink} once per spec, never concurrently. */
    void execute(List<RunSpec> specs, Consumer<RunOutcome> sink);

    /** Releases what the executor holds (threads, a cluster context). */
    @Override
    void close();
}
