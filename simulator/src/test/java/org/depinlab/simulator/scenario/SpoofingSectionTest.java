package org.depinlab.simulator.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

import org.depinlab.gpubench.catalog.GpuCatalog;
import org.depinlab.simulator.cli.DepinlabCommand;
import org.depinlab.simulator.protocol.Spoofing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The spoofing keys of {@code adversaries}, on the minimal scenario (one operator class, {@code pros}). */
class SpoofingSectionTest {

    @TempDir
    Path folder;

    private Path scenario(String text, String adversaries) throws IOException {
        return Files.writeString(folder.resolve("spoof.yaml"), text + "\nadversaries:\n" + adversaries);
    }

    @Test
    void spoofersAndChallengesLoadIntoTheProtocol() throws IOException {
        Path file = scenario(Files.readString(ScenarioLoaderTest.MINIMAL), """
                  spoofers:
                    - {class: pros, share: 0.25, claimed_gpu_multiple: 40, fake_uptime: true}
                  capacity_challenges: {share_per_epoch: 0.05, gpu_seconds_per_challenge: 60}
                """);
        Scenario loaded = new ScenarioLoader(GpuCatalog.builtIn()).load(file);
        assertEquals(Optional.of(new Spoofing(java.util.List.of(new Spoofing.Spoofer("pros", 0.25, 40, true)),
                Optional.of(new Spoofing.Challenges(0.05, 60, 0)))), loaded.protocol().spoofing());
    }

    static Stream<Arguments> badSections() {
        return Stream.of(
                Arguments.of("  spoofers:\n    - {class: farmers, share: 0.5}\n",
                        "adversaries.spoofers[0].class: 'farmers' is no operator class of the network (allowed: pros)"),
                Arguments.of("  spoofers:\n    - {class: pros, share: 1.5}\n",
                        "adversaries.spoofers[0].share: 1.5 is out of range (allowed: 0 to 1)"),
                Arguments.of("  spoofers:\n    - {class: pros, share: 0.5, claimed_gpu_multiple: 0.5}\n",
                        "adversaries.spoofers[0].claimed_gpu_multiple: 0.5 is out of range"),
                Arguments.of("  spoofers:\n    - {class: pros, share: 0.5}\n    - {class: pros, share: 0.1}\n",
                        "adversaries.spoofers[1].class: 'pros' is given twice"),
                Arguments.of("  capacity_challenges: {share_per_epoch: 0.1, gpu_seconds_per_challenge: 60}\n",
                        "adversaries.capacity_challenges: challenges claims but no operator spoofs"),
                Arguments.of("  spoofers:\n    - {class: pros, share: 0.5}\n  capacity_challenges: {share_per_epoch: 2,"
                        + " gpu_seconds_per_challenge: 60}\n",
                        "adversaries.capacity_challenges.share_per_epoch: 2 is out of range (allowed: 0 to 1)"),
                Arguments.of("  spooferz: []\n", "adversaries.spooferz: unknown field (did you mean 'spoofers'?)"));
    }

    @ParameterizedTest
    @MethodSource("badSections")
    void aBadSectionGivesOneLineNamingTheFieldAndExitTwo(String adversaries, String expected) throws IOException {
        Path file = scenario(Files.readString(ScenarioLoaderTest.MINIMAL), adversaries);
        assertRefused(file, expected);
    }

    @Test
    void spoofersNeedAProtocol() throws IOException {
        String text = Files.readString(ScenarioLoaderTest.MINIMAL);
        Path file = scenario(text.substring(0, text.indexOf("protocol:")),
                "  spoofers:\n    - {class: pros, share: 0.5}\n");
        assertRefused(file, "adversaries.spoofers: spoofers claim the protocol's rewards and need a protocol section");
    }

    private static void assertRefused(Path file, String expected) {
        StringWriter err = new StringWriter();
        int exit = DepinlabCommand.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                "validate", file.toString());
        String message = err.toString().strip();
        assertEquals(2, exit, message);
        assertTrue(message.startsWith(file.toString()) && message.contains(expected), "expected '" + expected
                + "' in\n" + message);
        assertEquals(1, message.lines().count(), "one line: " + message);
        assertFalse(message.contains("\tat "), message);
    }
}
