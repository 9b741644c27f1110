package org.depinlab.simulator.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.depinlab.gpubench.catalog.GpuCatalog;
import org.depinlab.simulator.scenario.Scenario;
import org.depinlab.simulator.scenario.ScenarioException;
import org.depinlab.simulator.scenario.ScenarioLoader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code depinlab validate}: loads scenarios and reports the first problem of each. */
@Command(name = "validate",
        mixinStandardHelpOptions = true,
        description = "Checks scenario files without running them: one line per file, 'ok' or"
                + " file:line:column: field.path: what is wrong (allowed: …). Exit 2 if any file has a problem.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "SCENARIO", arity = "1..*", description = "Scenario files (YAML).")
    private List<Path> files;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ScenarioLoader loader = new ScenarioLoader(GpuCatalog.builtIn());
        int failed = 0;
        for (Path file : files) {
            try {
                Scenario scenario = loader.load(file);
                out.println("ok: " + file + " (" + scenario.name() + ")");
            } catch (ScenarioException e) {
                err.println(e.getMessage());
                failed++;
            }
        }
        return failed == 0 ? 0 : DepinlabCommand.EXIT_USAGE;
    }
}
