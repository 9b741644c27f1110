package org.depinlab.simulator.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class YamlSourceTest {

    @TempDir
    Path folder;

    private String refusal(String text) throws IOException {
        Path file = Files.write(folder.resolve("s.yaml"), text.getBytes(StandardCharsets.UTF_8));
        return assertThrows(ScenarioException.class, () -> YamlSource.read(file)).getMessage()
                .substring(file.toString().length());
    }

    @Test
    void aControlCharacterIsRefusedAtItsLineAndColumnNamingIt() throws IOException {
        assertEquals(":3:8: a control character (0x00) is not allowed in YAML",
                refusal("seed: 1\nduration_days: 2\nname: a\u0000b\n"));
        assertEquals(":2:3: a control character (0x1B) is not allowed in YAML", refusal("a: 1\r\nb:\u001b 2\n"));
    }

    @Test
    void aNonCharacterIsRefusedAtItsLineAndColumn() throws IOException {
        assertEquals(":1:9: the character U+FFFE is not allowed in YAML", refusal("name: \u00e9\ud83d\ude00\ufffe\n"));
    }

    @Test
    void aSecondDocumentIsRefusedAtItsStart() throws IOException {
        assertEquals(":3:1: a second YAML document is not allowed (one scenario per file)",
                refusal("name: a\nseed: 1\n---\nname: b\n"));
        assertEquals(":4:1: a second YAML document is not allowed (one scenario per file)",
                refusal("---\nname: a\n...\n---\n"));
    }

    @Test
    void oneDocumentWithExplicitMarkersIsRead() throws IOException {
        Path file = Files.writeString(folder.resolve("one.yaml"), "---\nname: a\n...\n");
        assertEquals("a", YamlSource.read(file).root().get("name").asText());
    }
}
