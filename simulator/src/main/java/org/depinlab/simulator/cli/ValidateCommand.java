package org.depinlab.simulator.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.depinlab.gpubench.catalog.GpuCatalog;
import org.depinlab.simulator.data.DataFormatException;
import org.depinlab.simulator.scenario.ScenarioException;
import org.depinlab.simulator.scenario.ScenarioLoader;
import org.depinlab.simulator.scenario.StudyFile;
import org.depinlab.simulator.scenario.StudyLoader;
import org.depinlab.simulator.scenario.SweepLoader;
import org.depinlab.simulator.scenario.SweepPlan;
import org.depinlab.simulator.study.StudyRunner;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code depinlab validate}: loads scenarios and reports the first problem of each. */
@Command(name = "validate",
        mixinStandardHelpOptions = true,
        description = "Checks scenario, sweep and study files without running them (a sweep or a study: every point), reading every data file"
                + " they name and making every check run makes: one line per file, 'ok' or"
                + " file:line:column: field.path: what is wrong (allowed: …). Exit 2 if any file has a problem.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Scenario, sweep or study files (YAML).")
    private List<Path> files;

    @Mixin
    private LimitOptions limitOptions;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ScenarioLoader loader = new ScenarioLoader(GpuCatalog.builtIn(), limitOptions.limits());
        SweepLoader sweeps = new SweepLoader(loader);
        StudyLoader studies = new StudyLoader(loader, StudyRunner.runKeys());
        int failed = 0;
        for (Path file : files) {
            try {
                if (StudyLoader.isStudy(file)) {
                    StudyFile study = studies.load(file);
                    out.println("ok: " + file + " (study " + study.name() + ": " + study.design().getClass().getSimpleName()
                            .toLowerCase(Locale.ROOT) + ", " + StudyRunner.sweep(study).points().size() + " points x "
                            + study.replications() + " replications)");
                } else if (SweepLoader.isSweep(file)) {
                    SweepPlan plan = sweeps.load(file);
                    out.println("ok: " + file + " (sweep " + plan.name() + ": " + plan.points().size() + " points x "
                            + plan.replications() + " replications)");
                } else {
                    out.println("ok: " + file + " (" + loader.load(file).name() + ")");
                }
            } catch (ScenarioException | DataFormatException e) {
                err.println(e.getMessage());
                failed++;
            } catch (RuntimeException e) {
                // a check the loader lacks: still one line for this file, and on to the next
                err.println(file + ": " + (e.getMessage() == null ? e.toString() : e.getMessage()));
                failed++;
            }
        }
        return failed == 0 ? 0 : DepinlabCommand.EXIT_USAGE;
    }
}
