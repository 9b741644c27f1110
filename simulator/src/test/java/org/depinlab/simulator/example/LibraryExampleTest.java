package org.depinlab.simulator.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The README's "Using depinlab as a library" example is {@link LibraryExample}, and it runs. */
class LibraryExampleTest {

    private static final Path README = Path.of("../README.md");
    private static final Path EXAMPLE = Path.of("src/test/java/org/depinlab/simulator/example/LibraryExample.java");
    /** The README's code block right after the marker naming the example's file. */
    private static final Pattern README_BLOCK =
            Pattern.compile("<!-- LibraryExample\\.java -->\\n```java\\n(.*?)```\\n", Pattern.DOTALL);

    @Test
    void readmeShowsTheExampleAsItIsCompiled() throws IOException {
        Matcher block = README_BLOCK.matcher(Files.readString(README));
        assertTrue(block.find(), "README.md has no ```java block after <!-- LibraryExample.java -->");
        String source = Files.readString(EXAMPLE);
        String afterPackage = source.substring(source.indexOf(";\n\n") + 3);
        assertEquals(afterPackage, block.group(1),
                "README.md's library example differs from " + EXAMPLE + " (after its package line); copy it over");
    }

    @Test
    void examplePrintsCompletedJobsAndTheGiniOfRewards() {
        PrintStream out = System.out;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            LibraryExample.main(new String[] {"src/test/resources/scenarios/minimal.yaml"});
        } finally {
            System.setOut(out);
        }
        String text = printed.toString(StandardCharsets.UTF_8);
        assertTrue(text.matches("(?s)minimal: \\d+ of \\d+ jobs completed\\n"
                + "operators' rewards: Gini 0\\.\\d{3}, Nakamoto coefficient \\d+\\n"), text);
    }
}
