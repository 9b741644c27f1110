package org.depinlab.simulator.cli;

import org.depinlab.gpubench.GpuProfiles;
import org.depinlab.simulator.scenario.ScenarioLoader;
import org.depinlab.simulator.sweep.LocalSweepExecutor;
import org.depinlab.simulator.sweep.RunFunction;
import org.depinlab.simulator.sweep.SweepExecutor;
import org.depinlab.simulator.sweep.SweepExecutorProvider;

/** The executors {@code --executor} names: local threads, or one an optional module provides. */
final class SweepExecutors {

    static final String LOCAL = "local";
    static final String SPARK = "spark";

    private SweepExecutors() {
    }

    /** Opens the executor {@code name}; bad names and options are usage errors. */
    static SweepExecutor open(String name, String master, int threads, String appName, ScenarioLoader scenarios,
                              GpuProfiles profiles) {
        if (name.equals(LOCAL)) {
            if (master != null) {
                throw new UserInputException("--master is for --executor spark; the local executor runs on this"
                        + " machine's threads (--threads)");
            }
            return new LocalSweepExecutor(threads, new RunFunction(scenarios, profiles));
        }
        if (!name.equals(SPARK)) {
            throw new UserInputException("--executor: unknown executor '" + name + "' (allowed: local, spark)");
        }
        SweepExecutorProvider provider = SweepExecutorProvider.find(SPARK).orElseThrow(() -> new UserInputException(
                "--executor spark: the Spark executor is not on the class path; ./depinlab adds it (the spark-sweep"
                        + " module) when it sees --executor spark, and spark-submit needs"
                        + " spark-sweep/target/depinlab-spark.jar (see README)"));
        try {
            return provider.open(new SweepExecutorProvider.Settings(appName, threads, master));
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
    }
}
