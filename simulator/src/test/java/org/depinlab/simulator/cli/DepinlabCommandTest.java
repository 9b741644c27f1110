package org.depinlab.simulator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import picocli.CommandLine;

/** The command line end to end, in process: exit codes and what a user reads. */
class DepinlabCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return DepinlabCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void helpListsTheCommands() {
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("check"), out.toString());
    }

    @Test
    void checkPrintsOneRowPerReferenceQueueAndPasses() {
        int exit = run("check");
        String table = out.toString();
        assertEquals(0, exit, table + err);
        for (String queue : new String[] {"M/M/1 ", "M/M/10 ", "M/D/1 ", "M/G/1 "}) {
            assertTrue(table.contains(queue), "missing " + queue + " in\n" + table);
        }
        assertTrue(table.contains("Erlang C") && table.contains("Pollaczek-Khinchine"), table);
        assertTrue(table.contains("4 of 4 cases inside their confidence interval"), table);
        assertFalse(table.contains("FAIL"), table);
    }

    @Test
    void checkFailsWithExitOneWhenAnAnalyticValueFallsOutside() {
        // 2 replications of 10 customers from an empty queue: far too short, the bias shows
        int exit = run("check", "--replications", "2", "--customers", "10", "--warmup", "0", "--confidence", "0.5");
        assertEquals(1, exit, out.toString());
        assertTrue(out.toString().contains("FAIL"), out.toString());
    }

    @Test
    void badOptionValueGivesOneLineAndExitTwo() {
        assertEquals(2, run("check", "--confidence", "1.5"));
        assertEquals("depinlab check: confidence (--confidence) must be in (0, 1), got 1.5", err.toString().strip());
    }

    @Test
    void unknownOptionGivesExitTwoWithoutStackTrace() {
        assertEquals(2, run("check", "--replicatons", "3"));
        assertTrue(err.toString().contains("Unknown options: '--replicatons'"), err.toString());
        assertFalse(err.toString().contains("\tat "), err.toString());
    }

    @Test
    void everyCommandsHelpRendersWithoutAFormatWarning() {
        List<List<String>> commands = new ArrayList<>();
        collect(new CommandLine(new DepinlabCommand()), new ArrayList<>(), commands);
        PrintStream original = System.err;
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();
        // picocli reports a description it cannot format (an unescaped %) on System.err
        System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
        try {
            for (List<String> command : commands) {
                List<String> args = new ArrayList<>(command);
                args.add("--help");
                assertEquals(0, run(args.toArray(String[]::new)), String.join(" ", args) + "\n" + err);
            }
        } finally {
            System.setErr(original);
        }
        assertTrue(commands.size() > 10, commands.toString());
        assertEquals("", warnings.toString(StandardCharsets.UTF_8) + err);
    }

    private static void collect(CommandLine command, List<String> path, List<List<String>> commands) {
        commands.add(path);
        command.getSubcommands().forEach((name, sub) -> {
            if (!name.equals("help")) {
                List<String> subPath = new ArrayList<>(path);
                subPath.add(name);
                collect(sub, subPath, commands);
            }
        });
    }
}
