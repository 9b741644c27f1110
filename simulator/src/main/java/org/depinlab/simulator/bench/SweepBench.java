package org.depinlab.simulator.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.apache.commons.math3.stat.descriptive.rank.Median;

import org.depinlab.simulator.output.AtomicFiles;
import org.depinlab.simulator.scenario.SweepPlan;
import org.depinlab.simulator.sweep.SweepExecutor;
import org.depinlab.simulator.sweep.SweepRunner;

/**
 * {@code bench sweep}: one sweep on local threads, then on another executor with as many slots, in
 * the same process; prints both wall times and the other executor's overhead as a percentage of
 * the local time, and checks that both wrote the same summary.
 */
public final class SweepBench {

    private static final SweepRunner.Shard WHOLE = new SweepRunner.Shard(0, 1);
    private static final int MAX_THREADS = 1_024;
    private static final int MAX_ROUNDS = 100;

    /** The two executors compared, opened by the caller, who knows their names. */
    public interface Executors {

        /** Local threads, as many as the settings say. */
        SweepExecutor local() throws IOException;

        /** The other executor; opened once, first, so that a bad name or option is reported before anything runs. */
        SweepExecutor other() throws IOException;
    }

    /**
     * How the comparison runs.
     *
     * @param executor the other executor's name
     * @param master   where it runs, or null for local[threads]
     * @param threads  local threads, and the other executor's slots
     * @param rounds   timed rounds; odd rounds run the other executor first
     */
    public record Settings(String executor, String master, int threads, int rounds) {

        public Settings {
            if (threads < 1 || threads > MAX_THREADS) {
                throw new BenchOptionException("--threads: " + threads + " is out of range (allowed: 1 to "
                        + MAX_THREADS + ")");
            }
            if (rounds < 1 || rounds > MAX_ROUNDS) {
                throw new BenchOptionException("--rounds: " + rounds + " is out of range (allowed: 1 to " + MAX_ROUNDS
                        + ")");
            }
        }
    }

    private final SweepRunner runner;
    private final PrintWriter out;

    public SweepBench(SweepRunner runner, PrintWriter out) {
        this.runner = runner;
        this.out = out;
    }

    /**
     * Times {@code plan} on both executors, {@code settings.rounds()} times after an untimed warm-up.
     *
     * @return whether every round's two summary.csv files were byte-identical
     * @throws org.depinlab.simulator.sweep.SweepFailedException  when a run failed
     * @throws org.depinlab.simulator.sweep.SweepStoppedException when the sweep was stopped
     */
    public boolean run(SweepPlan plan, Settings settings, Executors executors) throws IOException {
        int threads = settings.threads();
        int rounds = settings.rounds();
        String executor = settings.executor();
        int runs = plan.points().size() * plan.replications();
        out.printf(Locale.ROOT, "Sweep benchmark: %s, %d points x %d replications = %d runs, %d local threads vs %s,"
                + " %d round(s)%n", plan.name(), plan.points().size(), plan.replications(), runs, threads, executor
                + (settings.master() == null ? " local[" + threads + "]" : " " + settings.master()), rounds);
        out.flush();
        Path work = Files.createTempDirectory("depinlab-bench-sweep");
        long opening = System.nanoTime();
        try (SweepExecutor other = executors.other()) {
            double startSeconds = (System.nanoTime() - opening) / 1e9;
            out.printf(Locale.ROOT, "  starting %s took %.2f s (once per sweep; not in the rounds below)%n", executor,
                    startSeconds);
            out.flush();
            // untimed: a slice of about 2 runs per thread, so that neither side pays for the JIT's warm-up
            int slices = Math.max(1, plan.points().size() / (2 * threads));
            timeLocal(plan, work.resolve("warm-up"), new SweepRunner.Shard(0, slices), executors);
            boolean same = true;
            double[] overheads = new double[rounds];
            double firstLocal = 0;
            for (int round = 0; round < rounds; round++) {
                Path local = work.resolve("local-" + round);
                Path elsewhere = work.resolve("other-" + round);
                double localSeconds;
                double otherSeconds;
                if (round % 2 == 0) {
                    localSeconds = timeLocal(plan, local, WHOLE, executors);
                    otherSeconds = time(plan, elsewhere, other, WHOLE);
                } else {
                    otherSeconds = time(plan, elsewhere, other, WHOLE);
                    localSeconds = timeLocal(plan, local, WHOLE, executors);
                }
                firstLocal = round == 0 ? localSeconds : firstLocal;
                overheads[round] = (otherSeconds / localSeconds - 1) * 100;
                out.printf(Locale.ROOT, "  round %d (%s first): local %.2f s (%.2f s per run per thread), %s %.2f s:"
                        + " overhead %+.1f %%%n", round + 1, round % 2 == 0 ? "local" : executor, localSeconds,
                        localSeconds * threads / runs, executor, otherSeconds, overheads[round]);
                out.flush();
                same &= Files.readString(local.resolve("summary.csv"))
                        .equals(Files.readString(elsewhere.resolve("summary.csv")));
            }
            Arrays.sort(overheads);
            out.printf(Locale.ROOT, "  overhead of %s over local threads: median %+.1f %% (%+.1f to %+.1f %%); with"
                    + " its start added to one sweep: %+.1f %% more%n", executor, new Median().evaluate(overheads),
                    overheads[0], overheads[rounds - 1], startSeconds / firstLocal * 100);
            out.println("  summary.csv: " + (same ? "byte-identical in every round" : "DIFFERENT"));
            return same;
        } finally {
            AtomicFiles.deleteTree(work);
        }
    }

    private double timeLocal(SweepPlan plan, Path folder, SweepRunner.Shard shard, Executors executors)
            throws IOException {
        try (SweepExecutor local = executors.local()) {
            return time(plan, folder, local, shard);
        }
    }

    private double time(SweepPlan plan, Path folder, SweepExecutor executor, SweepRunner.Shard shard)
            throws IOException {
        long start = System.nanoTime();
        runner.run(plan, folder, executor, shard, false, n -> { });
        return (System.nanoTime() - start) / 1e9;
    }
}
