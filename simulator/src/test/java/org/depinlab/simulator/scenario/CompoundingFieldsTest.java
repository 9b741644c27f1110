package org.depinlab.simulator.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.depinlab.simulator.market.AskAdjustment;
import org.depinlab.simulator.protocol.ReputationRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The fields of asks that move, reputation that follows outcomes and restaking: read, defaulted, refused. */
class CompoundingFieldsTest {

    private static final String PRICE = "  price: {constant_usd: 1}";

    @TempDir
    Path folder;

    private Path minimalWith(String find, String replace) throws IOException {
        String text = Files.readString(ScenarioLoaderTest.MINIMAL);
        assertTrue(text.contains(find), "the change must apply: " + find);
        return Files.writeString(folder.resolve("scenario.yaml"), text.replace(find, replace));
    }

    @Test
    void absentSectionsLeaveAsksReputationAndStakeAsBuilt() {
        Scenario scenario = new ScenarioLoader(GpuCatalog.builtIn()).load(ScenarioLoaderTest.MINIMAL);
        assertEquals(Optional.empty(), scenario.model().askAdjustment());
        assertEquals(Optional.empty(), scenario.protocol().reputation());
        assertEquals(0, scenario.protocol().restakeShare());
    }

    @Test
    void theSectionsLoadWithTheirDefaults() throws IOException {
        Path file = minimalWith(PRICE, PRICE + "\n  reputation: {decay_per_epoch: 0.05}\n  restake_share: 0.3\n"
                + "market:\n  ask_adjustment: {target_utilization: 0.7, step: 0.05, min_factor: 0.5, max_factor: 3}");
        Scenario scenario = new ScenarioLoader(GpuCatalog.builtIn()).load(file);
        assertEquals(Optional.of(new AskAdjustment(0.7, 0.05, 0.05, 0.5, 3)), scenario.model().askAdjustment());
        assertEquals(Optional.of(new ReputationRule(0.05, 2)), scenario.protocol().reputation());
        assertEquals(0.3, scenario.protocol().restakeShare());
    }

    static Stream<Arguments> badFields() {
        return Stream.of(
                Arguments.of(PRICE + "\n  restake_share: 1.5", "protocol.restake_share: 1.5 is out of range (allowed: 0 to 1)"),
                Arguments.of(PRICE + "\n  reputation: {prior_weight: 2}", "protocol.reputation.decay_per_epoch: is required"),
                Arguments.of(PRICE + "\n  reputation: {decay_per_epoch: 0.1, prior_weight: 0}",
                        "protocol.reputation.prior_weight: 0 is out of range"),
                Arguments.of(PRICE + "\n  reputation: {decay: 0.1}", "protocol.reputation.decay: unknown field (allowed:"
                        + " decay_per_epoch, prior_weight)"),
                Arguments.of(PRICE + "\nmarket:\n  ask_adjustment: {target_utilization: 0.7, step: 0.1, min_factor: 0.5,"
                        + " max_factor: 0.9}", "market.ask_adjustment.max_factor: 0.9 is out of range (allowed: 1 to 100)"),
                Arguments.of(PRICE + "\nmarket:\n  ask_adjustment: {target_utilization: 0.9, tolerance: 0.2, step: 0.1,"
                        + " min_factor: 0.5, max_factor: 2}", "market.ask_adjustment.tolerance: 0.2 puts the band around"
                        + " the target 0.9 outside (0, 1) (allowed: target - tolerance > 0 and target + tolerance < 1)"),
                Arguments.of(PRICE + "\nmarket:\n  ask_adjustment: {target_utilization: 0.7, min_factor: 0.5,"
                        + " max_factor: 2}", "market.ask_adjustment.step: is required"),
                Arguments.of(PRICE + "\nmarket:\n  asks: {}", "market.asks: unknown field (allowed: ask_adjustment)"));
    }

    @ParameterizedTest
    @MethodSource("badFields")
    void aBadFieldIsOneLineNamingItAndWhatIsAllowed(String replace, String expected) throws IOException {
        Path file = minimalWith(PRICE, replace);
        StringWriter err = new StringWriter();
        int exit = DepinlabCommand.execute(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true),
                "validate", file.toString());
        String message = err.toString().strip();
        assertEquals(2, exit, message);
        assertTrue(message.contains(expected), "expected '" + expected + "' in\n" + message);
        assertEquals(1, message.lines().count(), message);
    }
}
