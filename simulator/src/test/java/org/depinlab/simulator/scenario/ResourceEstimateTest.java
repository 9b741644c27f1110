package org.depinlab.simulator.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import org.depinlab.gpubench.catalog.GpuCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ResourceEstimateTest {

    /** The default maximum heap of a 24 GB machine: a quarter of its memory. */
    private static final Limits TWENTY_FOUR_GB_MACHINE = new Limits(6L << 30, false);
    private static final Limits SMALL_HEAP = new Limits(1L << 30, false);

    @TempDir
    Path folder;

    @Test
    void minimalScenarioEstimateMatchesTheHandComputation() {
        Scenario scenario = new ScenarioLoader(GpuCatalog.builtIn(), TWENTY_FOUR_GB_MACHINE)
                .load(ScenarioLoaderTest.MINIMAL);
        ResourceEstimate estimate = ResourceEstimate.of(scenario.model(), true);
        // 0.5 days = 43 200 s at 0.05 jobs/s; 12 one-hour epochs; failures: 2 events per 100 h + 2 h cycle
        assertEquals(30, estimate.nodes());
        assertEquals(6, estimate.operators());
        assertEquals(2_160, estimate.jobsHeld(), 1e-9);
        assertEquals(12, estimate.epochs());
        assertEquals(2 * 30 * 43_200 / 367_200.0, estimate.failures(), 1e-9);
        // 64 MiB + 30 × 330 + 6 × 380 + 2 160 × 160 + 12 × (1 250 + 6 × 16)
        assertEquals(67_108_864 + 9_900 + 2_280 + 345_600 + 16_152, estimate.heapBytes(), 1e-6);
    }

    @Test
    void drawnPopulationIsEstimatedFromTheMeanNodesPerOperator() throws IOException {
        // no total_nodes: 6 operators × the Pareto(2, 1.5) mean of 6 nodes
        Path file = variant("  total_nodes: 30\n", "");
        ResourceEstimate estimate = ResourceEstimate.of(load(file, TWENTY_FOUR_GB_MACHINE).model(), true);
        assertEquals(36, estimate.nodes(), 1e-9);
        assertEquals("network.classes[0].nodes_per_operator", estimate.nodesField());
    }

    @ParameterizedTest
    @MethodSource("committedScenarios")
    void committedScenariosPassTheGuardsWithTheDefaultHeapOfA24GbMachine(Path file) {
        ScenarioLoader loader = new ScenarioLoader(GpuCatalog.builtIn(), TWENTY_FOUR_GB_MACHINE);
        if (SweepLoader.isSweep(file)) {
            new SweepLoader(loader).load(file);
        } else {
            loader.load(file);
        }
    }

    static Stream<Path> committedScenarios() throws IOException {
        try (Stream<Path> top = Files.list(Path.of("../scenarios"));
             Stream<Path> networks = Files.list(Path.of("../scenarios/networks"));
             Stream<Path> sweeps = Files.list(Path.of("../scenarios/sweeps"))) {
            return Stream.of(top.toList(), networks.toList(), sweeps.toList()).flatMap(List::stream)
                    .filter(p -> p.toString().endsWith(".yaml")).sorted();
        }
    }

    @Test
    void aNetworkPastTheHeapIsRefusedNamingTheFieldTheEstimateAndTheHeap() throws IOException {
        Path file = variant("total_nodes: 30", "total_nodes: 100000000");
        ScenarioException e = assertThrows(ScenarioException.class, () -> load(file, TWENTY_FOUR_GB_MACHINE));
        assertEquals(file + ":8:3: network.total_nodes: needs about 33 GB of heap for 100,000,000 nodes; this JVM may"
                + " use 6.4 GB (raise -Xmx, e.g. DEPINLAB_JAVA_OPTS=-Xmx39g ./depinlab …, or use fewer nodes)",
                e.getMessage());
    }

    @Test
    void allowLongNeverLiftsTheHeapCheck() throws IOException {
        Path file = variant("total_nodes: 30", "total_nodes: 10000000");
        ScenarioException e = assertThrows(ScenarioException.class, () -> load(file, new Limits(1L << 30, true)));
        assertTrue(e.getMessage().contains("network.total_nodes: needs about 3.4 GB of heap"), e.getMessage());
    }

    @Test
    void aQueueBoundPastTheHeapIsRefusedNamingMaxQueue() throws IOException {
        Path file = variant("poisson: {per_second: 0.05}}", "poisson: {per_second: 1000}}\n  max_queue: 20000000");
        ScenarioException e = assertThrows(ScenarioException.class, () -> load(file, SMALL_HEAP));
        assertTrue(e.getMessage().contains("workload.max_queue: needs about 3.3 GB of heap for a queue of up to"
                + " 20,000,000 jobs; this JVM may use 1.1 GB"), e.getMessage());
    }

    @Test
    void tenYearsOfThousandthHourEpochsAreRefusedQuickly() throws IOException {
        Path file = variant("duration_days: 0.5\nepoch_hours: 1", "duration_days: 3650\nepoch_hours: 0.001");
        ScenarioException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(ScenarioException.class, () -> load(file, TWENTY_FOUR_GB_MACHINE)));
        assertTrue(e.getMessage().contains(":4:1: epoch_hours: needs about 118 GB of heap for 87,600,000 epochs"),
                e.getMessage());
    }

    @Test
    void tooManyArrivalsAreRefusedUnlessAllowLong() throws IOException {
        Path file = variant("per_second: 0.05", "per_second: 1000000000");
        ScenarioException e = assertThrows(ScenarioException.class, () -> load(file, TWENTY_FOUR_GB_MACHINE));
        assertTrue(e.getMessage().contains("workload.arrivals.poisson.per_second: about 43,200,000,000,000 arrivals in the run,"
                + " past the limit of 1,000,000,000 (allowed: a lower rate or a shorter duration_days, or give"
                + " --allow-long if you mean it)"), e.getMessage());
        load(file, new Limits(6L << 30, true));
    }

    @Test
    void shortMmppHoldsAreRefusedAsWork() throws IOException {
        Path file = variant("poisson: {per_second: 0.05}", "mmpp: {per_second: [1, 0], mean_hold_seconds: [0.001, 0.001]}",
                "duration_days: 0.5", "duration_days: 30");
        ScenarioException e = assertThrows(ScenarioException.class, () -> load(file, TWENTY_FOUR_GB_MACHINE));
        assertTrue(e.getMessage().contains("workload.arrivals.mmpp.mean_hold_seconds: hold times this short make about"
                + " 2,592,000,000 state changes"), e.getMessage());
    }

    @Test
    void failuresThatNeverTakeTimeAreRefusedEvenWithAllowLong() throws IOException {
        Path file = variant("time_to_failure_hours: {exponential: {mean: 100}}\n    repair_hours: 2",
                "time_to_failure_hours: 0\n    repair_hours: 0");
        ScenarioException e = assertThrows(ScenarioException.class, () -> load(file, new Limits(6L << 30, true)));
        assertTrue(e.getMessage().contains("network.node_failures.time_to_failure_hours: a time to failure and a"
                + " repair time that are both always 0"), e.getMessage());
    }

    @Test
    void heavyTailShapesAndHugeMeansAreRefused() throws IOException {
        Path shape = variant("shape: 1.5", "shape: 0.01");
        assertTrue(assertThrows(ScenarioException.class, () -> load(shape, TWENTY_FOUR_GB_MACHINE)).getMessage()
                .contains("network.classes[0].nodes_per_operator.pareto.shape: 0.01 is out of range (allowed: 0.1 to"
                        + " 1000)"));
        Path mean = variant("mean: 1.0e16", "mean: 1.0e300");
        assertTrue(assertThrows(ScenarioException.class, () -> load(mean, TWENTY_FOUR_GB_MACHINE)).getMessage()
                .contains("workload.classes[0].flop.exponential.mean: 1.0E300 is out of range (allowed: above 0 to"
                        + " 1.0E30)"));
    }

    @Test
    void aSweepOfAMillionSobolPointsIsRefusedBeforeItsPointsAreMade() throws IOException {
        Files.copy(ScenarioLoaderTest.MINIMAL, folder.resolve("minimal.yaml"));
        Path sweep = Files.writeString(folder.resolve("sweep.yaml"), """
                name: big
                scenario: minimal.yaml
                sample:
                  method: sobol
                  points: 1000000
                  ranges: {workload.arrivals.poisson.per_second: [0.01, 0.1]}
                """);
        ScenarioLoader loader = new ScenarioLoader(GpuCatalog.builtIn(), TWENTY_FOUR_GB_MACHINE);
        ScenarioException e = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> assertThrows(ScenarioException.class, () -> new SweepLoader(loader).load(sweep)));
        assertEquals(sweep + ":5:3: sample.points: 1,000,000 points x 1 replications make 1,000,000 runs, past the"
                + " limit of 100,000 (allowed: fewer points or replications, or give --allow-long if you mean it)",
                e.getMessage());
    }

    @Test
    void aGridOfMoreCombinationsThanASweepMayHoldIsRefusedEvenWithAllowLong() throws IOException {
        Files.copy(ScenarioLoaderTest.MINIMAL, folder.resolve("minimal.yaml"));
        String values = "[" + "0.1, ".repeat(1_000) + "0.1]";
        Path sweep = Files.writeString(folder.resolve("sweep.yaml"), "name: grid\nscenario: minimal.yaml\ngrid:\n"
                + "  workload.arrivals.poisson.per_second: " + values + "\n  duration_days: " + values + "\n");
        ScenarioLoader loader = new ScenarioLoader(GpuCatalog.builtIn(), new Limits(6L << 30, true));
        ScenarioException e = assertThrows(ScenarioException.class, () -> new SweepLoader(loader).load(sweep));
        assertTrue(e.getMessage().contains("grid: 1.00e+06 combinations, more than the 1,000,000 points"),
                e.getMessage());
    }

    private Scenario load(Path file, Limits limits) {
        return new ScenarioLoader(GpuCatalog.builtIn(), limits).load(file);
    }

    /** The minimal scenario with each {@code fromTo[2i]} replaced by {@code fromTo[2i + 1]}. */
    private Path variant(String... fromTo) throws IOException {
        String text = Files.readString(ScenarioLoaderTest.MINIMAL);
        for (int i = 0; i < fromTo.length; i += 2) {
            assertTrue(text.contains(fromTo[i]), fromTo[i]);
            text = text.replace(fromTo[i], fromTo[i + 1]);
        }
        return Files.writeString(folder.resolve("variant.yaml"), text);
    }
}
