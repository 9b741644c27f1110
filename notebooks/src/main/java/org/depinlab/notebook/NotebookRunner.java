package org.depinlab.notebook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.depinlab.simulator.output.AtomicFiles;
import org.depinlab.simulator.output.FolderLock;
import org.depinlab.simulator.output.Manifest;
import org.depinlab.simulator.output.OutputException;
import org.depinlab.simulator.output.OutputFolder;
import org.depinlab.simulator.output.OutputKind;

/**
 * Executes notebooks: every code cell in order through one {@link JShellSession} per notebook,
 * then writes the notebook with its outputs and execution counts to {@code out/NAME.ipynb}, and
 * the charts its cells saved (see {@link Figures}) to {@code out/NAME_files/}, each shown inline
 * after the cell that saved it. {@code out} is a new folder or one the runner made (it refuses a folder of
 * the user's), and a run replaces only what an earlier run of the same notebook wrote there. Cells run in the working directory of this JVM, as in Jupyter started
 * in the notebooks' folder. The first failing cell stops the notebook with a
 * {@link NotebookException} naming notebook and cell; no executed notebook is written then.
 */
public final class NotebookRunner {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String MADE_BY = "depinlab NotebookRunner";

    private final List<Path> classpath;
    private final Path out;

    /**
     * @param classpath what the cells compile and run against
     * @param out       folder of the executed notebooks
     */
    public NotebookRunner(List<Path> classpath, Path out) {
        this.classpath = List.copyOf(classpath);
        this.out = out;
    }

    /**
     * One executed notebook.
     *
     * @param executed  the notebook written with its outputs
     * @param codeCells how many code cells ran
     * @param figures   the SVG files its cells saved
     * @param seconds   wall time of the cells
     */
    public record Run(Path executed, int codeCells, List<Path> figures, double seconds) {
    }

    /** Runs {@code notebook} (an nbformat 4 {@code .ipynb} file). */
    @SuppressWarnings("try") // the lock is held for the block, never referenced in it
    public Run run(Path notebook) {
        String name = notebook.getFileName().toString();
        String base = name.endsWith(".ipynb") ? name.substring(0, name.length() - ".ipynb".length()) : name;
        ObjectNode json = read(notebook, name);
        Path figures = out.resolve(base + "_files");
        OutputFolder folder = OutputFolder.claim(out, OutputKind.NOTEBOOKS);
        try (FolderLock lock = folder.lock()) {
            Set<String> written = new TreeSet<>(folder.manifest().map(Manifest::files).orElse(List.of()));
            clearFigures(base, written);
            folder.mark(new Manifest(MADE_BY, OutputKind.NOTEBOOKS, List.copyOf(written), null));
            Run run = execute(json, name, base, figures);
            written.add(name);
            run.figures().forEach(svg -> written.add(base + "_files/" + svg.getFileName()));
            folder.mark(new Manifest(MADE_BY, OutputKind.NOTEBOOKS, List.copyOf(written), null));
            return run;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write into " + out, e);
        }
    }

    /** Removes the figures an earlier execution of notebook {@code base} wrote, and only those. */
    private void clearFigures(String base, Set<String> written) throws IOException {
        for (String file : List.copyOf(written)) {
            if (file.startsWith(base + "_files/")) {
                Files.deleteIfExists(out.resolve(file));
                written.remove(file);
            }
        }
    }

    private Run execute(ObjectNode json, String name, String base, Path figures) {
        long start = System.nanoTime();
        int codeCells = 0;
        String previousFolder = System.getProperty(Figures.FOLDER_PROPERTY);
        try (JShellSession session = new JShellSession(classpath)) {
            // relative to the working directory where it can be, so a cell that prints it prints the same anywhere
            Path here = Path.of("").toAbsolutePath();
            Path absolute = figures.toAbsolutePath();
            System.setProperty(Figures.FOLDER_PROPERTY, (absolute.startsWith(here) ? here.relativize(absolute)
                    : absolute).toString());
            JsonNode cells = json.get("cells");
            for (int i = 0; i < cells.size(); i++) {
                ObjectNode cell = (ObjectNode) cells.get(i);
                if (!"code".equals(cell.path("cell_type").asText())) {
                    continue;
                }
                codeCells++;
                FigureWatch watch = FigureWatch.of(figures);
                CellResult result;
                try {
                    result = session.evaluate(text(cell.get("source")));
                } catch (CellFailure failure) {
                    throw new NotebookException(name + ", cell " + (i + 1) + " (code cell " + codeCells + "): "
                            + failure.getMessage());
                }
                List<Outputs.Figure> saved = new ArrayList<>();
                for (Path svg : watch.saved()) {
                    saved.add(Outputs.Figure.read(link(base + "_files/" + svg.getFileName()), svg));
                }
                cell.put("execution_count", codeCells);
                cell.set("outputs", Outputs.of(result, codeCells, saved));
            }
        } finally {
            if (previousFolder == null) {
                System.clearProperty(Figures.FOLDER_PROPERTY);
            } else {
                System.setProperty(Figures.FOLDER_PROPERTY, previousFolder);
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Path executed = out.resolve(name);
        write(json, executed);
        return new Run(executed, codeCells, FigureWatch.all(figures), seconds);
    }

    private static ObjectNode read(Path notebook, String name) {
        JsonNode json;
        try {
            json = JSON.readTree(notebook.toFile());
        } catch (JacksonException e) {
            throw new NotebookException(name + ": not a notebook (invalid JSON: " + e.getOriginalMessage() + ")", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + notebook, e);
        }
        if (json == null || !json.isObject() || json.path("nbformat").asInt() != 4 || !json.path("cells").isArray()) {
            throw new NotebookException(name + ": not an nbformat 4 notebook (needs \"nbformat\": 4 and a \"cells\""
                    + " list)");
        }
        return (ObjectNode) json;
    }

    /** A cell's source: nbformat stores it as one string or a list of lines. */
    private static String text(JsonNode source) {
        if (source == null) {
            return "";
        }
        if (!source.isArray()) {
            return source.asText();
        }
        StringBuilder text = new StringBuilder();
        source.forEach(line -> text.append(line.asText()));
        return text.toString();
    }

    private static String link(String relative) {
        try {
            return new URI(null, null, relative, null).getRawPath();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot link " + relative, e);
        }
    }

    private static void write(ObjectNode json, Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            AtomicFiles.write(file, JSON.writeValueAsString(json));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    /**
     * {@code NotebookRunner OUT NOTEBOOK...}: runs the notebooks against this JVM's classpath, from
     * the working directory (run it in {@code notebooks/}). Exit code 1 when a cell fails.
     */
    public static void main(String[] args) {
        if (args.length < 2) {
            System.err.println("usage: NotebookRunner OUT_FOLDER NOTEBOOK.ipynb... (run in the notebooks' folder,"
                    + " with the notebook classpath as -cp)");
            System.exit(2);
        }
        NotebookRunner runner = new NotebookRunner(JShellSession.classpathOfThisJvm(), Path.of(args[0]));
        try {
            for (int i = 1; i < args.length; i++) {
                Run run = runner.run(Path.of(args[i]));
                System.out.printf(Locale.ROOT, "%s: %d code cells in %.1f s -> %s%n", args[i], run.codeCells(),
                        run.seconds(), run.executed());
            }
        } catch (NotebookException e) {
            System.err.println(e.getMessage());
            System.exit(1);
        } catch (OutputException e) {
            System.err.println(e.getMessage());
            System.exit(2);
        }
    }
}
