package org.depinlab.simulator.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import me.tongfei.progressbar.ProgressBar;

import org.depinlab.gpubench.GpuProfiles;
import org.depinlab.simulator.data.DataFormatException;
import org.depinlab.simulator.model.EconomyRun;
import org.depinlab.simulator.output.OutputException;
import org.depinlab.simulator.output.OutputFolder;
import org.depinlab.simulator.output.OutputKind;
import org.depinlab.simulator.output.Staging;
import org.depinlab.simulator.report.RunWriter;
import org.depinlab.simulator.scenario.Scenario;
import org.depinlab.simulator.scenario.ScenarioException;
import org.depinlab.simulator.scenario.ScenarioLoader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code depinlab run}: one scenario to its outputs. */
@Command(name = "run",
        mixinStandardHelpOptions = true,
        description = "Runs scenarios, each writing report.html, run.json, summary.md and data/*.csv into its output"
                + " folder (complete or not at all; a failed run leaves an existing report as it was). The folder must"
                + " be new or one that depinlab made; replacing a report keeps the files you added there.")
final class RunCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "SCENARIO", arity = "1..*",
            description = "Scenario files (YAML); each goes to reports/NAME unless --out is given for one.")
    private List<Path> files;

    @Option(names = "--seed", paramLabel = "N", description = "Seed (default: the scenario's).")
    private Long seed;

    @Mixin
    private OutputOptions output;

    @Mixin
    private LimitOptions limitOptions;

    @Override
    public Integer call() {
        if (output.out() != null && files.size() > 1) {
            throw new UserInputException("--out names one folder: give one scenario with it, or none for reports/NAME");
        }
        GpuProfiles profiles = GpuProfiles.builtIn();
        for (Path file : files) {
            run(file, profiles);
        }
        return 0;
    }

    private void run(Path file, GpuProfiles profiles) {
        try {
            Scenario scenario = new ScenarioLoader(profiles.catalog(), limitOptions.limits()).load(file);
            long runSeed = seed == null ? scenario.seed() : seed;
            OutputFolder target = OutputFolder.claim(output.outOr(scenario.name()), OutputKind.RUN);
            try (Staging staging = target.stage("depinlab run")) {
                EconomyRun run = simulate(scenario, runSeed, profiles);
                RunWriter.write(scenario, runSeed, run, staging);
                staging.commit();
                if (!output.quiet()) {
                    PrintWriter printer = spec.commandLine().getOut();
                    printer.printf(Locale.ROOT, "%s: %,d jobs, %,d completed, %,d events; outputs in %s%n",
                            scenario.name(), run.network().arrived(), run.network().completed(),
                            run.network().eventsFired(), target.given());
                    printer.flush();
                }
            }
        } catch (ScenarioException | DataFormatException | OutputException e) {
            throw new UserInputException(e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new UserInputException(file + ": " + e.getMessage());
        } catch (IOException e) {
            throw new UserInputException("cannot write the outputs: " + e.getMessage());
        }
    }

    private EconomyRun simulate(Scenario scenario, long runSeed, GpuProfiles profiles) {
        int epochs = (int) Math.ceil(scenario.model().durationSeconds() / scenario.model().epochSeconds() - 1e-9);
        if (!ProgressBars.shown(output.quiet())) {
            return EconomyRun.run(scenario.model(), scenario.protocol(), runSeed, profiles);
        }
        try (ProgressBar bar = ProgressBars.named(scenario.name(), " epochs").setInitialMax(epochs).build()) {
            return EconomyRun.run(scenario.model(), scenario.protocol(), runSeed, profiles,
                    (epoch, nodes, control) -> bar.stepTo(epoch + 1));
        }
    }
}
