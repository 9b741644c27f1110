package org.depinlab.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import javax.xml.parsers.DocumentBuilderFactory;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Executes every notebook of this folder, as CI does, and checks what the executed notebooks hold. */
class NotebooksTest {

    @TestFactory
    Stream<DynamicTest> everyNotebookRunsAndLinksChartsThatParse() throws IOException {
        List<Path> notebooks;
        try (Stream<Path> list = Files.list(Path.of(""))) {
            notebooks = list.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList();
        }
        assertFalse(notebooks.isEmpty(), "no notebooks (*.ipynb) in " + Path.of("").toAbsolutePath());
        NotebookRunner runner = new NotebookRunner(NotebookClasspath.entries(),
                Path.of(NotebookClasspath.required("notebook.out")));
        return notebooks.stream().map(notebook -> DynamicTest.dynamicTest(notebook.getFileName().toString(),
                () -> check(notebook, runner.run(notebook))));
    }

    private static void check(Path notebook, NotebookRunner.Run run) throws Exception {
        System.out.printf(Locale.ROOT, "%s: %d code cells in %.1f s%n", notebook.getFileName(), run.codeCells(),
                run.seconds());
        JsonNode source = SyntheticNotebook.JSON.readTree(notebook.toFile());
        assertEquals(KernelSpec.NAME, source.at("/metadata/kernelspec/name").asText(), "kernelspec of " + notebook);
        JsonNode executed = SyntheticNotebook.JSON.readTree(run.executed().toFile());
        List<Path> shown = new ArrayList<>();
        int count = 0;
        for (int i = 0; i < executed.get("cells").size(); i++) {
            JsonNode cell = executed.get("cells").get(i);
            if (!cell.get("cell_type").asText().equals("code")) {
                continue;
            }
            count++;
            assertTrue(source.get("cells").get(i).get("outputs").isEmpty(),
                    "committed notebooks carry no outputs: cell " + (i + 1) + " of " + notebook + " has some");
            assertEquals(count, cell.get("execution_count").asInt());
            for (JsonNode output : cell.get("outputs")) {
                if (output.get("output_type").asText().equals("display_data")) {
                    String label = output.at("/data/text~1plain").asText();
                    Path svg = run.executed().resolveSibling(label.substring(label.indexOf(": ") + 2));
                    assertEquals(Files.readString(svg), output.at("/data/image~1svg+xml").asText(),
                            "cell " + (i + 1) + " of " + notebook + " shows " + svg + " inline");
                    shown.add(svg);
                }
            }
        }
        assertEquals(run.codeCells(), count);
        assertFalse(shown.isEmpty(), notebook + " shows no chart");
        assertEquals(run.figures(), shown.stream().sorted().toList(), "every chart saved is shown once");
        for (Path svg : shown) {
            assertEquals("svg", DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile())
                    .getDocumentElement().getTagName(), svg + " is not SVG");
        }
    }
}
