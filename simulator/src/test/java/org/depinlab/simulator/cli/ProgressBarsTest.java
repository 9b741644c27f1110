package org.depinlab.simulator.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

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
}
