package org.depinlab.simulator.cli;

import java.io.PrintWriter;

import org.depinlab.simulator.bench.BenchOptionException;
import org.depinlab.simulator.output.OutputException;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code depinlab} command line: one picocli application whose subcommands are the tools.
 *
 * <p>Exit codes: 0 success; 1 a check or run that completed and failed its criterion; 2 a
 * usage error or bad input (one message naming what is wrong, no stack trace).
 */
@Command(name = "depinlab",
        mixinStandardHelpOptions = true,
        versionProvider = DepinlabCommand.Version.class,
        description = "Simulation and economics research platform for decentralized GPU networks.",
        subcommands = {RunCommand.class, ValidateCommand.class, SweepCommand.class, StudyCommand.class, MergeCommand.class,
            ReportCommand.class,
            CheckCommand.class, CatalogCommand.class, BenchCommand.class,
            ConcentrationCommand.class,
            CommandLine.HelpCommand.class})
public final class DepinlabCommand implements Runnable {

    /** Exit code for bad input or usage. */
    public static final int EXIT_USAGE = 2;

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        System.exit(execute(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the command line with the given streams and returns the exit code. */
    public static int execute(PrintWriter out, PrintWriter err, String... args) {
        CommandLine commandLine = new CommandLine(new DepinlabCommand());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((exception, cmd, parseResult) -> {
            if (exception instanceof UserInputException || exception instanceof OutputException
                    || exception instanceof BenchOptionException) {
                cmd.getErr().println(cmd.getCommandSpec().qualifiedName() + ": " + exception.getMessage());
                return EXIT_USAGE;
            }
            throw exception;
        });
        return commandLine.execute(args);
    }

    /** The version from the application jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String version = DepinlabCommand.class.getPackage().getImplementationVersion();
            return new String[] {"depinlab " + (version == null ? "(development build)" : version)};
        }
    }
}
