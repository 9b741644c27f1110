package org.depinlab.notebook;

import java.io.IOException;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Writes small nbformat 4 notebooks for tests: a markdown cell, then the given code cells. */
final class SyntheticNotebook {

    static final ObjectMapper JSON = new ObjectMapper();

    private SyntheticNotebook() {
    }

    static Path write(Path folder, String name, String... codeCells) throws IOException {
        ObjectNode notebook = JSON.createObjectNode().put("nbformat", 4).put("nbformat_minor", 5);
        notebook.putObject("metadata").putObject("kernelspec").put("name", "java").put("language", "java")
                .put("display_name", "Java");
        ArrayNode cells = notebook.putArray("cells");
        ObjectNode title = cells.addObject().put("cell_type", "markdown").put("id", "title");
        title.putObject("metadata");
        title.putArray("source").add("# " + name);
        for (int i = 0; i < codeCells.length; i++) {
            ObjectNode cell = cells.addObject().put("cell_type", "code").put("id", "code-" + i);
            cell.putNull("execution_count");
            cell.putObject("metadata");
            cell.putArray("outputs");
            cell.set("source", Outputs.lines(codeCells[i]));
        }
        Path file = folder.resolve(name + ".ipynb");
        JSON.writeValue(file.toFile(), notebook);
        return file;
    }
}
