/**
 * The running model of a whole run and its result.
 *
 * <p>{@link NetworkModel} runs the DePIN network on the engine: jobs arrive, the matching policy
 * places them on free nodes or they wait in one FIFO queue, they run and pay the node's ask, nodes
 * and operators fail and are repaired ({@link Failures}), and {@link Metrics} measures it all.
 * {@link ModelConfig} is everything a run needs besides its seed; {@link RunResult} is what it
 * produced (totals, {@link LatencySummary} per job class, {@link EpochStats} per epoch,
 * {@link OperatorSummary} per operator), a pure function of (configuration, seed).
 * {@link EconomyRun} is the entry point of a run with its token economy: the network model with the
 * protocol at every epoch end.
 *
 * <p>The package imports the JDK, Commons Math 3, HdrHistogram, gpu-bench (profiles) and the
 * simulator's {@code engine}, {@code workload}, {@code network}, {@code market} and
 * {@code protocol}; nothing outside the model (scenario files, reports, sweeps) is imported.
 */
package org.depinlab.simulator.model;
