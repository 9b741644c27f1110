package org.depinlab.simulator.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import com.fasterxml.jackson.databind.node.IntNode;
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

    @Test
    void anOverrideReachesAFieldOfAListItemByItsIndex() throws IOException {
        Path file = Files.writeString(folder.resolve("list.yaml"), "network:\n  classes:\n    - {name: a, weight: 1}\n"
                + "    - {name: b, weight: 2}\n");
        YamlSource source = YamlSource.read(file).with(Map.of("network.classes[1].weight", IntNode.valueOf(7)));
        assertEquals(7, source.root().at("/network/classes/1/weight").asInt());
        assertEquals(1, source.root().at("/network/classes/0/weight").asInt());
        assertEquals(2, YamlSource.read(file).root().at("/network/classes/1/weight").asInt());
    }

    @Test
    void anOverridePathToAMissingListItemOrAMalformedIndexIsRefused() throws IOException {
        Path file = Files.writeString(folder.resolve("list.yaml"), "network:\n  classes:\n    - {name: a}\n");
        YamlSource source = YamlSource.read(file);
        assertTrue(assertThrows(ScenarioException.class, () -> source.with(Map.of("network.classes[3].weight",
                IntNode.valueOf(1)))).getMessage().endsWith("(no list item [3])"));
        assertTrue(assertThrows(ScenarioException.class, () -> source.with(Map.of("network.classes[x].weight",
                IntNode.valueOf(1)))).getMessage().contains("is not a field path"));
        assertTrue(assertThrows(ScenarioException.class, () -> source.with(Map.of("network.classes[1]",
                IntNode.valueOf(1)))).getMessage().endsWith("(no list item [1])"));
    }
}
