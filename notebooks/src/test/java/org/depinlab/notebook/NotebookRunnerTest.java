package org.depinlab.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;

import org.depinlab.simulator.output.OutputException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NotebookRunnerTest {

    @TempDir
    Path folder;

    private NotebookRunner runner;

    @BeforeEach
    void createRunner() throws IOException {
        runner = new NotebookRunner(NotebookClasspath.entries(), folder.resolve("executed"));
    }

    @Test
    void aFolderOfTheUsersIsRefusedAndARerunReplacesOnlyItsOwnFigures() throws Exception {
        Path notebook = SyntheticNotebook.write(folder, "figure", "import org.depinlab.notebook.Figures;\n"
                + "Figures.save(\"box\", \"<svg xmlns=\\\"http://www.w3.org/2000/svg\\\"></svg>\");");
        Path mine = Files.createDirectories(folder.resolve("mine"));
        Files.writeString(mine.resolve("thesis.md"), "mine");
        NotebookRunner intoMine = new NotebookRunner(NotebookClasspath.entries(), mine);
        assertThrows(OutputException.class, () -> intoMine.run(notebook));
        try (Stream<Path> files = Files.list(mine)) {
            assertEquals(List.of(mine.resolve("thesis.md")), files.toList());
        }
        runner.run(notebook);
        Path own = Files.writeString(folder.resolve("executed/figure_files/mine.txt"), "mine");
        runner.run(notebook);
        assertEquals("mine", Files.readString(own), "a file the runner did not write stays");
        assertTrue(Files.exists(folder.resolve("executed/figure_files/box.svg")));
    }

    @Test
    void passingNotebookIsWrittenWithStreamsValuesAndLinkedFigures() throws Exception {
        Path notebook = SyntheticNotebook.write(folder, "passing",
                "int x = 6 * 7;\nSystem.out.println(\"x is \" + x);\nSystem.err.println(\"careful\");\n",
                "x + 1",
                "import org.depinlab.notebook.Figures;\n"
                        + "Figures.save(\"box\", \"<svg xmlns=\\\"http://www.w3.org/2000/svg\\\" width=\\\"4\\\""
                        + " height=\\\"4\\\"></svg>\");");

        NotebookRunner.Run run = runner.run(notebook);

        assertEquals(3, run.codeCells());
        assertEquals(folder.resolve("executed/passing.ipynb"), run.executed());
        JsonNode cells = SyntheticNotebook.JSON.readTree(run.executed().toFile()).get("cells");
        JsonNode first = cells.get(1);
        assertEquals(1, first.get("execution_count").asInt());
        assertEquals("stdout", first.at("/outputs/0/name").asText());
        assertEquals("x is 42\n", first.at("/outputs/0/text/0").asText());
        assertEquals("stderr", first.at("/outputs/1/name").asText());
        assertEquals("careful\n", first.at("/outputs/1/text/0").asText());
        assertEquals(2, first.get("outputs").size(), "a cell ending in a statement has no execution result");
        JsonNode second = cells.get(2);
        assertEquals("execute_result", second.at("/outputs/0/output_type").asText());
        assertEquals("43", second.at("/outputs/0/data/text~1plain/0").asText());
        JsonNode figures = cells.get(3).get("outputs");
        assertEquals(1, figures.size(), "a cell ending with Figures.save shows the chart and no value");
        JsonNode figure = figures.get(0);
        assertEquals("display_data", figure.get("output_type").asText());
        assertEquals("figure box: passing_files/box.svg", figure.at("/data/text~1plain").asText());
        Path svg = folder.resolve("executed/passing_files/box.svg");
        assertEquals(Files.readString(svg), figure.at("/data/image~1svg+xml").asText(), "the chart is inline");
        assertEquals(List.of(svg), run.figures());
        assertEquals("svg", DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile())
                .getDocumentElement().getTagName());
        assertTrue(SyntheticNotebook.JSON.readTree(notebook.toFile()).at("/cells/1/outputs").isEmpty(),
                "the source notebook is left as it was");
    }

    @Test
    void compileErrorNamesNotebookCellLineAndDiagnostic() throws IOException {
        String message = failure("broken", "int ok = 1;", "int ok2 = 2;\nint y = \"text\";");

        assertTrue(message.startsWith("broken.ipynb, cell 3 (code cell 2): line 2: incompatible types"),
                message);
        assertFalse(Files.exists(folder.resolve("executed/broken.ipynb")), "no executed notebook after a failure");
    }

    @Test
    void exceptionNamesNotebookCellAndTheExceptionWithItsMessage() throws IOException {
        String message = failure("throws", "Integer.parseInt(\"twelve\");");

        assertTrue(message.startsWith("throws.ipynb, cell 2 (code cell 1): line 1: Integer.parseInt"),
                message);
        assertTrue(message.contains("java.lang.NumberFormatException: For input string: \"twelve\""),
                message);
    }

    @Test
    void undefinedVariableIsACompileError() throws IOException {
        String message = failure("undefined", "int z = undefinedVariable + 1;");

        assertTrue(message.startsWith("undefined.ipynb, cell 2 (code cell 1): line 1: cannot find symbol"),
                message);
    }

    @Test
    void methodCallingAnUndefinedMethodFailsWhereItIsDeclared() throws IOException {
        String message = failure("forward", "void report() {\n    missingHelper();\n}");

        assertEquals("forward.ipynb, cell 2 (code cell 1): line 1: void report() { ... refers to undefined method"
                + " missingHelper()", message);
    }

    @Test
    void callingAMethodThatALaterCellLeftUnresolvedFails() throws IOException {
        String message = failure("unresolved", "class Box {}\nObject make() { return new Box(); }",
                "class Box { Box(int size) {} }", "make();");

        assertTrue(message.startsWith("unresolved.ipynb, cell 4 (code cell 3): line 1: make(); threw a"
                + " reference to Object make()"), message);
    }

    @Test
    void incompleteSnippetAtTheEndOfACellFails() throws IOException {
        String message = failure("incomplete", "int n = 0;\nfor (int i = 0; i < 3; i++) {\n  n++;");

        assertEquals("incomplete.ipynb, cell 2 (code cell 1): line 2: incomplete snippet: for (int i = 0; i < 3;"
                + " i++) { ...", message);
    }

    @Test
    void fileThatIsNotJsonIsNamed() throws IOException {
        Path notebook = Files.writeString(folder.resolve("text.ipynb"), "not json");

        String message = assertThrows(NotebookException.class, () -> runner.run(notebook)).getMessage();

        assertTrue(message.startsWith("text.ipynb: not a notebook (invalid JSON"), message);
    }

    private String failure(String name, String... cells) throws IOException {
        Path notebook = SyntheticNotebook.write(folder, name, cells);
        return assertThrows(NotebookException.class, () -> runner.run(notebook)).getMessage();
    }
}
