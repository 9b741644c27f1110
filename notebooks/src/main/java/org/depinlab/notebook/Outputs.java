package org.depinlab.notebook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
     * A chart a cell saved.
     *
     * @param link where its file is, relative to the executed notebook (or the kernel's working folder)
     * @param svg  the file's text
     */
    record Figure(String link, String svg) {

        /** The chart in file {@code svg}, shown as {@code link}. */
        static Figure read(String link, Path svg) {
            try {
                return new Figure(link, Files.readString(svg));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read figure " + svg, e);
            }
        }

        /** The text a front end shows when it cannot show SVG. */
        String label() {
            String name = link.substring(link.lastIndexOf('/') + 1, link.length() - ".svg".length());
            return "figure " + name + ": " + link;
        }
    }

    /**
     * Standard output and error as streams, the final value as the execution result, and one
     * display of each figure the cell saved: the SVG itself (inline in Jupyter and in HTML exports)
     * and, as text, where its file is.
     */
    static ArrayNode of(CellResult result, int executionCount, List<Figure> figures) {
        ArrayNode outputs = NODES.arrayNode();
        stream(outputs, "stdout", result.stdout());
        stream(outputs, "stderr", result.stderr());
        if (result.value() != null) {
            ObjectNode value = outputs.addObject().put("output_type", "execute_result")
                    .put("execution_count", executionCount);
            value.putObject("data").set("text/plain", lines(result.value()));
            value.putObject("metadata");
        }
        for (Figure figure : figures) {
            ObjectNode display = outputs.addObject().put("output_type", "display_data");
            display.putObject("data").put("image/svg+xml", figure.svg()).put("text/plain", figure.label());
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
