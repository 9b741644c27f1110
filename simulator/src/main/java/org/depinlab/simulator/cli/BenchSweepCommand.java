package org.depinlab.simulator.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.apache.commons.math3.stat.descriptive.rank.Median;

import org.depinlab.gpubench.GpuProfiles;
import org.depinlab.simulator.data.DataFormatException;
import org.depinlab.simulator.output.AtomicFiles;
import org.depinlab.simulator.scenario.ScenarioException;
import org.depinlab.simulator.scenario.ScenarioLoader;
import org.depinlab.simulator.scenario.SweepLoader;
import org.depinlab.simulator.scenario.SweepPlan;
import org.depinlab.simulator.sweep.SweepExecutor;
import org.depinlab.simulator.sweep.SweepFailedException;
import org.depinlab.simulator.sweep.SweepRunner;
import org.depinlab.simulator.sweep.SweepStoppedException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code depinlab bench sweep}: one sweep on local threads, then on another executor with as many
 * slots, in the same process; prints both wall times and the other executor's overhead as a
 * percentage of the local time, and checks that both wrote the same summary.
 */
@Command(name = "sweep",
        mixinStandardHelpOptions = true,
        description = {"Runs SWEEP on N local threads and on the executor given (Spark local[N] unless --master),"
                + " and prints the wall times, the overhead %%, the time to start the executor and whether the two"
                + " summary.csv files are byte-identical (exit 1 if not).",
            "Rounds alternate which executor goes first, after an untimed warm-up on local threads.",
            "E.g. ./depinlab bench sweep scenarios/sweeps/executor-bench.yaml --executor spark --threads 2"})
final class BenchSweepCommand implements Callable<Integer> {

    private static final SweepRunner.Shard WHOLE = new SweepRunner.Shard(0, 1);
    private static final int MAX_THREADS = 1_024;
    private static final int MAX_ROUNDS = 100;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "SWEEP", description = "Sweep file (YAML).")
    private Path file;

    @Option(names = "--executor", required = true, paramLabel = "NAME", description = "Executor to compare with"
            + " local threads (allowed: spark).")
    private String executor;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master (default: local[N]).")
    private String master;

    @Option(names = "--threads", paramLabel = "N", description = "Local threads, and Spark slots when --master is"
            + " not given (default: ${DEFAULT-VALUE}).")
    private int threads = 2;

    @Option(names = "--rounds", paramLabel = "R", description = "Timed rounds; odd rounds run the other executor"
            + " first (default: ${DEFAULT-VALUE}).")
    private int rounds = 1;

    @Override
    public Integer call() throws IOException {
        if (threads < 1 || threads > MAX_THREADS) {
            throw new UserInputException("--threads: " + threads + " is out of range (allowed: 1 to " + MAX_THREADS
                    + ")");
        }
        if (rounds < 1 || rounds > MAX_ROUNDS) {
            throw new UserInputException("--rounds: " + rounds + " is out of range (allowed: 1 to " + MAX_ROUNDS + ")");
        }
        if (executor.equals(SweepExecutors.LOCAL)) {
            throw new UserInputException("--executor: name the executor to compare with local threads (allowed:"
                    + " spark)");
        }
        GpuProfiles profiles = GpuProfiles.builtIn();
        ScenarioLoader scenarios = new ScenarioLoader(profiles.catalog());
        SweepPlan plan;
        try {
            plan = new SweepLoader(scenarios).load(file);
        } catch (ScenarioException | DataFormatException | IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        int runs = plan.points().size() * plan.replications();
        out.printf(Locale.ROOT, "Sweep benchmark: %s, %d points x %d replications = %d runs, %d local threads vs %s,"
                + " %d round(s)%n", plan.name(), plan.points().size(), plan.replications(), runs, threads, executor
                + (master == null ? " local[" + threads + "]" : " " + master), rounds);
        out.flush();
        Path work = Files.createTempDirectory("depinlab-bench-sweep");
        SweepRunner runner = new SweepRunner(scenarios, profiles);
        // opened first, so that a bad executor or master is reported before anything runs
        long opening = System.nanoTime();
        try (SweepExecutor other = SweepExecutors.open(executor, master, threads, plan.name(), scenarios, profiles)) {
            double startSeconds = (System.nanoTime() - opening) / 1e9;
            out.printf(Locale.ROOT, "  starting %s took %.2f s (once per sweep; not in the rounds below)%n", executor,
                    startSeconds);
            out.flush();
            // untimed: a slice of about 2 runs per thread, so that neither side pays for the JIT's warm-up
            int slices = Math.max(1, plan.points().size() / (2 * threads));
            timeLocal(runner, plan, work.resolve("warm-up"), new SweepRunner.Shard(0, slices), scenarios, profiles);
            boolean same = true;
            double[] overheads = new double[rounds];
            double firstLocal = 0;
            for (int round = 0; round < rounds; round++) {
                Path local = work.resolve("local-" + round);
                Path elsewhere = work.resolve("other-" + round);
                double localSeconds;
                double otherSeconds;
                if (round % 2 == 0) {
                    localSeconds = timeLocal(runner, plan, local, WHOLE, scenarios, profiles);
                    otherSeconds = time(runner, plan, elsewhere, other, WHOLE);
                } else {
                    otherSeconds = time(runner, plan, elsewhere, other, WHOLE);
                    localSeconds = timeLocal(runner, plan, local, WHOLE, scenarios, profiles);
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
            return same ? 0 : 1;
        } catch (SweepFailedException | SweepStoppedException e) {
            spec.commandLine().getErr().println("depinlab bench sweep: " + plan.name() + ": " + e.getMessage());
            return 1;
        } finally {
            AtomicFiles.deleteTree(work);
        }
    }

    private double timeLocal(SweepRunner runner, SweepPlan plan, Path out, SweepRunner.Shard shard,
                             ScenarioLoader scenarios, GpuProfiles profiles) throws IOException {
        try (SweepExecutor local = SweepExecutors.open(SweepExecutors.LOCAL, null, threads, plan.name(), scenarios,
                profiles)) {
            return time(runner, plan, out, local, shard);
        }
    }

    private static double time(SweepRunner runner, SweepPlan plan, Path out, SweepExecutor executor,
                               SweepRunner.Shard shard) throws IOException {
        long start = System.nanoTime();
        runner.run(plan, out, executor, shard, false, n -> { });
        return (System.nanoTime() - start) / 1e9;
    }
}
