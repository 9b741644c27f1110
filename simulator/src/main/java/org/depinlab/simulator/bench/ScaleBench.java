package org.depinlab.simulator.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import org.depinlab.gpubench.GpuProfiles;
import org.depinlab.simulator.model.ModelConfig;
import org.depinlab.simulator.model.NetworkModel;
import org.depinlab.simulator.model.RunResult;
import org.depinlab.simulator.scenario.Limits;
import org.depinlab.simulator.scenario.ResourceEstimate;
import org.depinlab.simulator.scenario.Scenario;
import org.depinlab.simulator.scenario.ScenarioLoader;
import org.depinlab.simulator.network.Population;
import org.depinlab.simulator.workload.ArrivalProcess;
import org.depinlab.simulator.workload.WorkloadConfig;

/**
 * {@code bench scale}: a scenario's network model (no protocol) at scale, timed. Figures, not a
 * test: wall time, events and jobs per wall second, peak heap.
 */
public final class ScaleBench {

    /** The default scenario: {@code scenarios/bench/scale.yaml}, shipped in the application jar. */
    public static final String DEFAULT_SCENARIO = "scenarios/bench/scale.yaml";

    /** The scenario field's own bound (network.total_nodes). */
    private static final int MAX_NODES = 100_000_000;
    /** The scenario field's own bound (duration_days). */
    private static final double MAX_DAYS = 3_650;
    /** Checked once the sizes are final, against this JVM, with the options' names. */
    private static final Limits UNCHECKED = new Limits(Long.MAX_VALUE, true);

    /**
     * What the options replace in the scenario, each null where the scenario's own value stands.
     * {@code nodes} also scales the offered load with the network.
     */
    public record Sizes(Integer nodes, Integer operators, Double days, Long seed) {

        public Sizes {
            if (nodes != null && (nodes < 1 || nodes > MAX_NODES)) {
                throw new BenchOptionException(String.format(Locale.ROOT, "--nodes: %,d is out of range (allowed: 1"
                        + " to %,d)", nodes, MAX_NODES));
            }
            if (operators != null && operators < 1) {
                throw new BenchOptionException(String.format(Locale.ROOT, "--operators: %,d is out of range (allowed:"
                        + " 1 to --nodes)", operators));
            }
            if (days != null && !(days > 0 && days <= MAX_DAYS)) {
                throw new BenchOptionException("--days: " + days + " is out of range (allowed: above 0 to " + MAX_DAYS
                        + ")");
            }
        }
    }

    private final ScenarioLoader loader;
    private final GpuProfiles profiles;
    private final PrintWriter out;

    public ScaleBench(GpuProfiles profiles, PrintWriter out) {
        this.loader = new ScenarioLoader(profiles.catalog(), UNCHECKED);
        this.profiles = profiles;
        this.out = out;
    }

    /**
     * The default scenario as a path the loader reads: a file when the classes are a folder (the
     * build), a file in the jar's file system when they are the application jar.
     */
    public static Path defaultScenario() {
        URL resource = ScaleBench.class.getResource("/" + DEFAULT_SCENARIO);
        if (resource == null) {
            throw new IllegalStateException(DEFAULT_SCENARIO + " is missing from the class path");
        }
        try {
            URI uri = resource.toURI();
            if (uri.getScheme().equals("jar")) {
                try {
                    FileSystems.getFileSystem(uri);
                } catch (FileSystemNotFoundException e) {
                    FileSystems.newFileSystem(uri, Map.of());
                }
            }
            return Path.of(uri);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open " + resource, e);
        }
    }

    /** Loads {@code file} with {@code sizes} in place of its fields, times its network model and prints the figures. */
    public int run(Path file, Sizes sizes) {
        Scenario scenario = loader.load(file, overrides(loader.load(file), sizes));
        ModelConfig config = scenario.model();
        ResourceEstimate.of(config, false).check(Limits.ofThisJvm(false)).ifPresent(problem -> {
            throw new BenchOptionException(option(problem.field()) + ": " + problem.message());
        });
        ArrivalProcess arrivals = arrivals(scenario);
        String offered = arrivals == null ? "jobs of a trace"
                : String.format(Locale.ROOT, "%.4g jobs/s offered", arrivals.meanRatePerSecond());
        out.printf(Locale.ROOT, "Scale benchmark: %,d nodes, %,d operators, %.4g simulated days, %s, matching %s, max"
                + " heap %,d MiB%n", drawn(scenario).totalNodes(), drawn(scenario).operators(),
                config.durationSeconds() / 86_400, offered, config.matching(), Runtime.getRuntime().maxMemory() >> 20);
        out.flush();
        long start = System.nanoTime();
        NetworkModel model = new NetworkModel(config, scenario.seed(), profiles);
        double built = (System.nanoTime() - start) / 1e9;
        RunResult result = model.run();
        double wall = (System.nanoTime() - start) / 1e9;
        out.printf(Locale.ROOT, "  network built        %10.2f s wall%n", built);
        out.printf(Locale.ROOT, "  wall time            %10.2f s%n", wall);
        out.printf(Locale.ROOT, "  jobs arrived         %,14d  (completed %,d, dropped %,d, reneged %,d, lost %,d)%n",
                result.arrived(), result.completed(), result.dropped(), result.reneged(), result.lost());
        out.printf(Locale.ROOT, "  events fired         %,14d%n", result.eventsFired());
        out.printf(Locale.ROOT, "  jobs per wall second %,14.0f%n", result.arrived() / wall);
        out.printf(Locale.ROOT, "  events per wall s    %,14.0f%n", result.eventsFired() / wall);
        out.printf(Locale.ROOT, "  peak heap            %,14d MiB%n", peakHeapBytes() >> 20);
        out.printf(Locale.ROOT, "  GPU utilization      %14.1f %% (busy GPU-seconds / online GPU-seconds)%n",
                result.gpuUtilization() * 100);
        return 0;
    }

    /** The scenario's arrival process; null for a trace replay. */
    private static ArrivalProcess arrivals(Scenario scenario) {
        return scenario.model().workload() instanceof WorkloadConfig.Synthetic synthetic ? synthetic.arrivals() : null;
    }

    /** The scenario's drawn population; a network listed node by node counts as 0 drawn nodes and operators. */
    private static Population.Drawn drawn(Scenario scenario) {
        return scenario.model().network().population() instanceof Population.Drawn d ? d
                : new Population.Drawn(0, 0, List.of());
    }

    /** The fields {@code sizes} replace in {@code scenario}, as a sweep point would. */
    private static Map<String, JsonNode> overrides(Scenario scenario, Sizes sizes) {
        JsonNodeFactory json = JsonNodeFactory.instance;
        Map<String, JsonNode> overrides = new LinkedHashMap<>();
        int scenarioNodes = drawn(scenario).totalNodes();
        int nodes = sizes.nodes() == null ? scenarioNodes : sizes.nodes();
        int operators = sizes.operators() == null ? drawn(scenario).operators() : sizes.operators();
        if (nodes > 0 && operators > nodes) {
            throw new BenchOptionException(String.format(Locale.ROOT, "--operators: %,d is out of range (allowed: 1 to"
                    + " --nodes, %,d)", operators, nodes));
        }
        if (sizes.nodes() != null) {
            overrides.put("network.total_nodes", json.numberNode(nodes));
            overrides.putAll(scaledArrivals(scenario, scenarioNodes, nodes));
        }
        if (sizes.operators() != null) {
            overrides.put("network.operators", json.numberNode(operators));
        }
        if (sizes.days() != null) {
            overrides.put("duration_days", json.numberNode(sizes.days()));
        }
        if (sizes.seed() != null) {
            overrides.put("seed", json.numberNode(sizes.seed()));
        }
        return overrides;
    }

    /** The offered load scaled from the scenario's {@code from} nodes to {@code to}. */
    private static Map<String, JsonNode> scaledArrivals(Scenario scenario, int from, int to) {
        ArrivalProcess arrivals = arrivals(scenario);
        if (from == 0 || !(arrivals instanceof ArrivalProcess.Poisson || arrivals instanceof ArrivalProcess.Diurnal)) {
            throw new BenchOptionException("--nodes: scales the scenario's offered load with its network, which needs"
                    + " network.total_nodes and poisson or diurnal arrivals (" + scenario.file() + " has "
                    + (from == 0 ? "no total_nodes" : "other arrivals") + ")");
        }
        double rate = arrivals.meanRatePerSecond() * to / from;
        String field = arrivals instanceof ArrivalProcess.Poisson ? "workload.arrivals.poisson.per_second"
                : "workload.arrivals.diurnal.mean_per_second";
        return Map.of(field, JsonNodeFactory.instance.numberNode(rate));
    }

    /** The option that sets what a scenario field would; a field no option sets is named itself. */
    private static String option(String field) {
        if (field.startsWith("workload.arrivals.")) {
            return "--days"; // arrivals are rate x duration
        }
        return switch (field) {
            case "network.total_nodes" -> "--nodes";
            case "network.operators" -> "--operators";
            case "duration_days", "epoch_hours" -> "--days";
            default -> field;
        };
    }

    private static long peakHeapBytes() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak;
    }
}
