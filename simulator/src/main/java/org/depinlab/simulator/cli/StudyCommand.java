package org.depinlab.simulator.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import me.tongfei.progressbar.ProgressBar;

import org.depinlab.gpubench.GpuProfiles;
import org.depinlab.simulator.data.DataFormatException;
import org.depinlab.simulator.output.OutputException;
import org.depinlab.simulator.scenario.ScenarioException;
import org.depinlab.simulator.scenario.ScenarioLoader;
import org.depinlab.simulator.scenario.StudyFile;
import org.depinlab.simulator.scenario.StudyLoader;
import org.depinlab.simulator.study.StudyResult;
import org.depinlab.simulator.study.StudyRunner;
import org.depinlab.simulator.sweep.SweepExecutor;
import org.depinlab.simulator.sweep.SweepFailedException;
import org.depinlab.simulator.sweep.SweepRunner;
import org.depinlab.simulator.sweep.SweepStoppedException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code depinlab study}: a question answered by a designed set of runs. */
@Command(name = "study",
        mixinStandardHelpOptions = true,
        description = {"Runs a study file's design (compare, factorial, sobol or morris) through the sweep executors into"
                + " DIR/runs (points.jsonl, resumable), then writes study.json, summary.md and report.html, which open"
                + " with the question and an answer generated from the estimates and their 95 %% intervals."})
final class StudyCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "STUDY", description = "Study file (YAML).")
    private Path file;

    @Option(names = "--threads", paramLabel = "N", description = "Runs at once (default: the processor count).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--resume", description = "Continue a study in the output folder.")
    private boolean resume;

    @Option(names = "--executor", paramLabel = "NAME", description = "Where the runs execute: local (threads in"
            + " this JVM, the default) or spark (a Spark job; needs the spark-sweep module, which ./depinlab adds).")
    private String executor = SweepExecutors.LOCAL;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master for --executor spark.")
    private String master;

    @Mixin
    private OutputOptions output;

    @Mixin
    private LimitOptions limitOptions;

    @Override
    public Integer call() {
        if (threads < 1) {
            throw new UserInputException("--threads must be >= 1, got " + threads);
        }
        try {
            GpuProfiles profiles = GpuProfiles.builtIn();
            ScenarioLoader scenarios = new ScenarioLoader(profiles.catalog(), limitOptions.limits());
            StudyFile study = new StudyLoader(scenarios, StudyRunner.runKeys()).load(file);
            Path target = output.outOr(study.name());
            StudyRunner runner = new StudyRunner(new SweepRunner(scenarios, profiles,
                    spec.commandLine().getErr()::println), spec.commandLine().getErr()::println);
            StudyResult result;
            try (SweepExecutor executorInUse = SweepExecutors.open(executor, master, threads, study.name(), scenarios,
                    profiles)) {
                if (ProgressBars.shown(output.quiet())) {
                    try (ProgressBar bar = ProgressBars.named(study.name(), " runs").build()) {
                        boolean[] sized = {false};
                        result = runner.run(study, target, executorInUse, resume, n -> {
                            if (sized[0]) {
                                bar.stepBy(n);
                            } else {
                                bar.maxHint(n);
                                sized[0] = true;
                            }
                        });
                    }
                } else {
                    result = runner.run(study, target, executorInUse, resume, n -> { });
                }
            } catch (SweepFailedException | SweepStoppedException e) {
                spec.commandLine().getErr().println("depinlab study: " + study.name() + ": " + e.getMessage()
                        + " (the finished runs are kept: --resume runs the rest)");
                return 1;
            }
            if (!output.quiet()) {
                spec.commandLine().getOut().println(study.name() + ": " + result.points().size() + " design points x "
                        + study.replications() + " replications; " + result.answer());
                spec.commandLine().getOut().println("report in " + target.resolve("report.html"));
            }
            return 0;
        } catch (ScenarioException | DataFormatException | IllegalArgumentException | OutputException e) {
            throw new UserInputException(e.getMessage());
        } catch (IOException e) {
            throw new UserInputException("cannot write the study's outputs: " + e.getMessage());
        }
    }
}
