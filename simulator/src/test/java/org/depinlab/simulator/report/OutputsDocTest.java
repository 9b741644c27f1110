package org.depinlab.simulator.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

/** docs/outputs.md's tables are the declarations of {@link Columns}. */
class OutputsDocTest {

    private static final Path DOC = Path.of("../docs/outputs.md");
    private static final String REWRITE = "depinlab.writeDocs";

    @Test
    void outputsDocumentAgreesWithTheDeclaredColumns() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        String generated = OutputsDoc.regenerate(doc);
        if (Boolean.getBoolean(REWRITE)) {
            Files.writeString(DOC, generated, StandardCharsets.UTF_8);
            return;
        }
        assertEquals(generated, doc, "docs/outputs.md disagrees with report.Columns; rewrite its tables with"
                + " ./mvnw -q -pl simulator -am test -Dtest=OutputsDocTest -Dsurefire.failIfNoSpecifiedTests=false"
                + " -D" + REWRITE + "=true");
    }

    @Test
    void aColumnMissingFromTheDocumentIsFound() {
        String current = OutputsDoc.regenerate(skeleton());
        String stale = current.replace("| `queued` | jobs | jobs queued at the end |\n", "");
        assertNotEquals(current, stale);
        assertEquals(current, OutputsDoc.regenerate(stale));
    }

    @Test
    void anOutputWithoutSectionIsRefused() {
        String withoutLatency = skeleton().replace("<!-- columns:data/latency.csv -->\n<!-- end -->\n", "");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OutputsDoc.regenerate(withoutLatency));
        assertTrue(e.getMessage().contains("data/latency.csv"), e.getMessage());
    }

    @Test
    void aSectionNamingNoOutputIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> OutputsDoc.regenerate(skeleton() + "<!-- columns:data/nodes.csv -->\n<!-- end -->\n"));
        assertTrue(e.getMessage().contains("data/nodes.csv"), e.getMessage());
    }

    private static String skeleton() {
        StringBuilder doc = new StringBuilder("# outputs\n");
        OutputsDoc.sections().keySet().forEach(name -> doc.append("<!-- columns:").append(name)
                .append(" -->\n<!-- end -->\n"));
        return doc.toString();
    }
}
