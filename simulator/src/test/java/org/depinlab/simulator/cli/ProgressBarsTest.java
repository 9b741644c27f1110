package org.depinlab.simulator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarStyle;
import org.junit.jupiter.api.Test;

class ProgressBarsTest {

    @Test
    void noColorDropsTheColoursAndADumbTerminalGetsPlainAscii() {
        assertEquals(ProgressBarStyle.COLORFUL_UNICODE_BLOCK, ProgressBars.style(Map.of("TERM", "xterm-256color")));
        assertEquals(ProgressBarStyle.UNICODE_BLOCK, ProgressBars.style(Map.of("NO_COLOR", "1")));
        assertEquals(ProgressBarStyle.COLORFUL_UNICODE_BLOCK, ProgressBars.style(Map.of("NO_COLOR", "")),
                "an empty NO_COLOR asks for nothing (no-color.org)");
        assertEquals(ProgressBarStyle.ASCII, ProgressBars.style(Map.of("TERM", "dumb", "NO_COLOR", "1")));
    }

    @Test
    void aBarDrawnUnderNoColorOrADumbTerminalHoldsNoEscapeCode() {
        assertTrue(drawn(Map.of("TERM", "xterm-256color")).contains("\u001b["), "the colourful bar draws with ANSI codes");
        assertFalse(drawn(Map.of("TERM", "xterm-256color", "NO_COLOR", "1")).contains("\u001b"));
        String dumb = drawn(Map.of("TERM", "dumb"));
        assertFalse(dumb.contains("\u001b"));
        assertTrue(dumb.chars().allMatch(c -> c < 128), dumb);
    }

    /** What a bar of 10 runs, 4 done, draws on its stream for {@code environment}. */
    private static String drawn(Map<String, String> environment) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ProgressBar bar = ProgressBars.named("runs", " runs", environment,
                new PrintStream(out, true, StandardCharsets.UTF_8)).setInitialMax(10).build()) {
            bar.stepBy(4);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
