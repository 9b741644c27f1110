package org.depinlab.simulator.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.depinlab.simulator.output.OutputException;
import org.depinlab.simulator.sweep.SweepRunner;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code depinlab report}: rebuilds a sweep's summary and report from its runs. */
@Command(name = "report",
        mixinStandardHelpOptions = true,
        description = "Rebuilds summary.csv and report.html of a sweep output folder from its points.jsonl, with the"
                + " sweep's own name and outputs, e.g. after a kill or an edit of points.jsonl.")
final class ReportCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DIR", description = "Sweep output folder.")
    private Path folder;

    @Override
    public Integer call() {
        try {
            int runs = SweepRunner.rebuild(folder, spec.commandLine().getErr()::println);
            spec.commandLine().getOut().println(runs + " runs: " + folder.resolve("report.html"));
            return 0;
        } catch (IllegalArgumentException | OutputException e) {
            throw new UserInputException(e.getMessage());
        } catch (IOException e) {
            throw new UserInputException("cannot write the report: " + e.getMessage());
        }
    }
}
