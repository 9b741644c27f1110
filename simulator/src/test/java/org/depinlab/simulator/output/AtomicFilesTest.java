package org.depinlab.simulator.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @Test
    void writeReplacesTheFileWholeAndLeavesNoTemporaryFile(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("h100.json");
        Files.writeString(file, "old");
        AtomicFiles.write(file, "new text");
        assertEquals("new text", Files.readString(file));
        try (var files = Files.list(folder)) {
            assertEquals(List.of(file), files.toList());
        }
    }

    @Test
    void deleteTreeRemovesAFolderWithEverythingInItAndIgnoresOneThatIsGone(@TempDir Path folder) throws IOException {
        Path tree = folder.resolve("run");
        Files.createDirectories(tree.resolve("data"));
        Files.writeString(tree.resolve("data/epochs.csv"), "x");
        AtomicFiles.deleteTree(tree);
        assertFalse(Files.exists(tree));
        AtomicFiles.deleteTree(tree);
    }
}
