package org.depinlab.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The kernel's side of a cell, without Jupyter (CI executes the notebooks through it in Jupyter). */
class NotebookKernelTest {

    @TempDir
    Path folder;

    @Test
    void cellsShareStateAndAnExpressionsValueIsItsResult() throws IOException {
        NotebookKernel kernel = new NotebookKernel(NotebookClasspath.entries());

        assertNull(kernel.evalRaw("int x = 6 * 7;\nSystem.out.println(x);"), "a cell ending in a statement");
        DisplayData value = (DisplayData) kernel.evalRaw("x + 1");

        assertEquals("43", value.getData(MIMEType.TEXT_PLAIN));
        kernel.onShutdown(false);
    }

    @Test
    void failingCellShowsTheRunnersMessageNotAKernelStackTrace() throws IOException {
        NotebookKernel kernel = new NotebookKernel(NotebookClasspath.entries());

        CellError failure = assertThrows(CellError.class,
                () -> kernel.evalRaw("int ok = 1;\nint y = \"text\";"));

        assertEquals(List.of("line 2: incompatible types: java.lang.String cannot be converted to int"),
                kernel.formatError(failure));
        assertEquals(0, failure.getStackTrace().length, "Jupyter's error reply lists no frames of the kernel");
        kernel.onShutdown(false);
    }

    @Test
    void savedChartIsDisplayedAsSvgWithItsPath() throws IOException {
        String svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>\n";
        Path file = Files.writeString(folder.resolve("gini.svg"), svg);

        DisplayData figure = NotebookKernel.figure(file);

        assertEquals(svg, figure.getData(MIMEType.IMAGE_SVG));
        assertEquals("figure gini: " + file, figure.getData(MIMEType.TEXT_PLAIN));
    }
}
