package org.depinlab.simulator.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.depinlab.simulator.output.OutputException;
import org.depinlab.simulator.sweep.SweepMerge;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code depinlab merge}: joins sweep shards. */
@Command(name = "merge",
        mixinStandardHelpOptions = true,
        description = "Joins the output folders of shards of one sweep (the same sweep file, base scenario and data"
                + " files) into one: every run once, and the summary rebuilt. --out is a new folder or one of those merged."
                + " A study's shards join with study FILE --merge DIR... instead.")
final class MergeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "DIR", arity = "1..*", description = "Sweep output folders.")
    private List<Path> folders;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "Folder for the merged sweep.")
    private Path out;

    @Override
    public Integer call() {
        try {
            int runs = SweepMerge.merge(folders, out, spec.commandLine().getErr()::println);
            spec.commandLine().getOut().println(runs + " runs merged into " + out.resolve("summary.csv"));
            return 0;
        } catch (IllegalArgumentException | OutputException e) {
            throw new UserInputException(e.getMessage());
        } catch (IOException e) {
            throw new UserInputException("cannot merge: " + e.getMessage());
        }
    }
}
