package org.depinlab.simulator.sweep;

import java.util.List;
import java.util.function.Consumer;

/**
 * Where a sweep's runs execute: local threads, or a cluster. An executor runs every task through
 * {@link PointRun} (a pure function of the task) and hands each outcome to the sink as it finishes,
 * in any order and one at a time; a failed run is an outcome, never a reason to drop the others.
 */
public interface SweepExecutor extends AutoCloseable {

    /** Runs {@code tasks}, calling {@code sink} once per task, never concurrently. */
    void execute(List<RunTask> tasks, Consumer<RunOutcome> sink);

    /** Releases what the executor holds (threads, a cluster context). */
    @Override
    void close();
}
