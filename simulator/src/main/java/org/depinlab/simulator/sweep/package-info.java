/**
 * Sweeps: one scenario run at many points of parameter space, with replications.
 *
 * <p>{@link SweepRunner} runs a sweep's (point, replication) pairs as {@link RunSpec}s on a
 * {@link SweepExecutor} (local threads, {@link LocalSweepExecutor}, or one found through a
 * {@link SweepExecutorProvider}, e.g. Spark); every executor goes through {@link RunFunction}, a pure
 * function of the task, and each {@link RunOutcome} becomes a {@link RunRecord} line of
 * {@code points.jsonl} ({@link PointsFile}) at once, so a killed sweep resumes where it stopped.
 * {@link SweepFolder} and {@link SweepFingerprint} say what a sweep folder holds; {@link SweepMerge}
 * joins shards; {@link SweepSummary} and {@link SweepReport} write the summary table and
 * {@code report.html}, which opens, for a sweep of reward rules, with each rule against pro-rata
 * ({@link RuleComparison}, paired by replication: {@link PairedDifference}), with their Sybil
 * break-even costs ({@link SybilBreakEven}), or, for a sweep of spot-check shares, with where
 * cheating stops paying ({@link CheatingThreshold}).
 *
 * <p>The package imports the JDK, Jackson, Commons Math 3, gpu-bench and the simulator's
 * {@code data}, {@code engine}, {@code protocol}, {@code model}, {@code scenario}, {@code report}
 * and {@code output}; never {@code cli}.
 */
package org.depinlab.simulator.sweep;
