package org.depinlab.notebook;

import java.util.List;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The nbformat 4 {@code outputs} of an executed code cell. */
final class Outputs {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private Outputs() {
    }

    /**
     * Standard output and error as streams, the final value as the execution result, and one
     * display of each figure the cell saved.
     *
     * @param figures links to the saved SVG files, relative to the executed notebook
     */
    static ArrayNode of(CellResult result, int executionCount, List<String> figures) {
        ArrayNode outputs = NODES.arrayNode();
        stream(outputs, "stdout", result.stdout());
        stream(outputs, "stderr", result.stderr());
        if (result.value() != null) {
            ObjectNode value = outputs.addObject().put("output_type", "execute_result")
                    .put("execution_count", executionCount);
            value.putObject("data").set("text/plain", lines(result.value()));
            value.putObject("metadata");
        }
        for (String link : figures) {
            String name = link.substring(link.lastIndexOf('/') + 1, link.length() - ".svg".length());
            ObjectNode display = outputs.addObject().put("output_type", "display_data");
            display.putObject("data")
                    .put("text/html", "<img src=\"" + link + "\" alt=\"" + name + "\"/>")
                    .put("text/markdown", "![" + name + "](" + link + ")")
                    .put("text/plain", "figure " + name + ": " + link);
            display.putObject("metadata");
        }
        return outputs;
    }

    private static void stream(ArrayNode outputs, String name, String text) {
        if (!text.isEmpty()) {
            outputs.addObject().put("output_type", "stream").put("name", name).set("text", lines(text));
        }
    }

    /** Text as nbformat stores it: a list of lines, each with its newline but the last. */
    static ArrayNode lines(String text) {
        ArrayNode lines = NODES.arrayNode();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            end = end < 0 ? text.length() : end + 1;
            lines.add(text.substring(start, end));
            start = end;
        }
        return lines;
    }
}
