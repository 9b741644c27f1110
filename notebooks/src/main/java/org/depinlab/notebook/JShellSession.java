package org.depinlab.notebook;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jdk.jshell.DeclarationSnippet;
import jdk.jshell.Diag;
import jdk.jshell.JShell;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;

/**
 * One notebook's JShell, evaluating in this JVM (the {@code local} execution engine) against a
 * classpath. A cell is cut into snippets the way the {@code jshell} tool cuts its input, each
 * snippet is evaluated in turn, and the first that is rejected, has an error diagnostic, refers to
 * something undefined or throws fails the cell. Standard output and error are captured per cell
 * by swapping {@link System#out} and {@link System#err} around it: the local engine runs snippets
 * against the JVM's own streams and ignores {@link JShell.Builder#out}.
 */
final class JShellSession implements AutoCloseable {

    private final JShell jshell;

    JShellSession(List<Path> classpath) {
        ClassLoader context = Thread.currentThread().getContextClassLoader();
        try {
            jshell = JShell.builder().executionEngine("local").in(InputStream.nullInputStream()).build();
        } finally {
            // the local engine makes its snippet class loader the creating thread's context loader
            Thread.currentThread().setContextClassLoader(context);
        }
        for (Path entry : classpath) {
            jshell.addToClasspath(entry.toString());
        }
    }

    /** This JVM's classpath ({@code java.class.path}), which a session started from a main method uses. */
    static List<Path> classpathOfThisJvm() {
        return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator)).filter(s -> !s.isEmpty())
                .map(Path::of).toList();
    }

    /** Evaluates every snippet of {@code cell}, capturing what it prints; the value is the last snippet's, if an expression. */
    CellResult evaluate(String cell) throws CellFailure {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        String value = evaluate(cell, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new CellResult(out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), value);
    }

    /**
     * Evaluates every snippet of {@code cell} with standard output and error going to {@code out}
     * and {@code err} as it prints (a kernel streams them to Jupyter).
     *
     * @return the last snippet's value, if an expression, else null
     */
    String evaluate(String cell, PrintStream out, PrintStream err) throws CellFailure {
        PrintStream systemOut = System.out;
        PrintStream systemErr = System.err;
        System.setOut(out);
        System.setErr(err);
        String value = null;
        try {
            String remaining = cell;
            while (!remaining.isBlank()) {
                SourceCodeAnalysis.CompletionInfo info = jshell.sourceCodeAnalysis().analyzeCompletion(remaining);
                int line = lineOf(cell, cell.length() - remaining.length() + leadingBlank(remaining));
                if (!info.completeness().isComplete()) {
                    throw new CellFailure("line " + line + ": incomplete snippet: " + firstLine(remaining));
                }
                value = evaluate(info.source(), line);
                remaining = info.remaining();
            }
        } finally {
            out.flush();
            err.flush();
            System.setOut(systemOut);
            System.setErr(systemErr);
        }
        return value;
    }

    /** JShell's completions of {@code code} at {@code cursor}, and where the text they replace starts. */
    Completions complete(String code, int cursor) {
        int[] anchor = new int[1];
        List<String> candidates = jshell.sourceCodeAnalysis().completionSuggestions(code, cursor, anchor).stream()
                .map(SourceCodeAnalysis.Suggestion::continuation).distinct().toList();
        return new Completions(candidates, anchor[0]);
    }

    /** Candidate texts for {@code code[start, cursor)}. */
    record Completions(List<String> candidates, int start) {
    }

    /** Stops the snippet running now, as the {@code jshell} tool does on Ctrl-C. */
    void stop() {
        jshell.stop();
    }

    /** Evaluates one snippet that starts on {@code line} of its cell; returns its value, if an expression. */
    private String evaluate(String source, int line) throws CellFailure {
        String value = null;
        for (SnippetEvent event : jshell.eval(source)) {
            if (event.causeSnippet() != null) {
                continue; // a snippet defined earlier, updated by this one
            }
            Snippet snippet = event.snippet();
            List<Diag> errors = jshell.diagnostics(snippet).filter(Diag::isError).collect(Collectors.toList());
            if (event.status() == Snippet.Status.REJECTED || !errors.isEmpty()) {
                throw new CellFailure(errors.isEmpty() ? "line " + line + ": rejected: " + firstLine(source)
                        : errors.stream().map(d -> describe(d, source, line)).collect(Collectors.joining("\n")));
            }
            if (event.status() == Snippet.Status.RECOVERABLE_DEFINED
                    || event.status() == Snippet.Status.RECOVERABLE_NOT_DEFINED) {
                throw new CellFailure("line " + line + ": " + firstLine(source) + " refers to undefined "
                        + String.join(", ", jshell.unresolvedDependencies((DeclarationSnippet) snippet).toList()));
            }
            if (event.exception() != null) {
                throw new CellFailure("line " + line + ": " + firstLine(source) + " threw "
                        + Exceptions.describe(event.exception()));
            }
            value = isExpression(snippet) ? event.value() : null;
        }
        return value;
    }

    private static boolean isExpression(Snippet snippet) {
        return switch (snippet.subKind()) {
            case TEMP_VAR_EXPRESSION_SUBKIND, VAR_VALUE_SUBKIND, ASSIGNMENT_SUBKIND, OTHER_EXPRESSION_SUBKIND -> true;
            default -> false;
        };
    }

    private static String describe(Diag diag, String source, int line) {
        // the snippet's source may begin with the blank lines before it; line is where its text starts
        int start = leadingBlank(source);
        int position = (int) Math.max(start, Math.min(diag.getStartPosition(), source.length()));
        int at = line + (int) source.substring(start, position).chars().filter(c -> c == '\n').count();
        return "line " + at + ": " + diag.getMessage(Locale.ROOT);
    }

    private static int lineOf(String text, int offset) {
        return 1 + (int) text.substring(0, offset).chars().filter(c -> c == '\n').count();
    }

    private static int leadingBlank(String text) {
        return text.length() - text.stripLeading().length();
    }

    private static String firstLine(String source) {
        String stripped = source.strip();
        int end = stripped.indexOf('\n');
        return end < 0 ? stripped : stripped.substring(0, end) + " ...";
    }

    @Override
    public void close() {
        jshell.close();
    }
}
