package org.depinlab.simulator.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.depinlab.gpubench.GpuProfiles;
import org.depinlab.simulator.bench.ScaleBench;
import org.depinlab.simulator.data.DataFormatException;
import org.depinlab.simulator.scenario.ScenarioException;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code depinlab bench scale}: the network model at scale, timed (see {@link ScaleBench}). */
@Command(name = "scale",
        mixinStandardHelpOptions = true,
        description = {"Runs the network model of a scenario at scale (default: " + ScaleBench.DEFAULT_SCENARIO
                + ", shipped in the application: 100 000 nodes, 2 000 operators, 7 simulated days, about 12 million"
                + " jobs) and prints wall time, events/s, simulated jobs/s and peak heap.",
            "--nodes, --operators, --days and --seed replace the scenario's fields; --nodes scales its arrival rate"
                + " with the network.",
            "Set the heap with DEPINLAB_JAVA_OPTS, e.g. DEPINLAB_JAVA_OPTS=-Xmx2g ./depinlab bench scale"})
final class BenchScaleCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--scenario", paramLabel = "FILE", description = "Scenario to run (default: the shipped "
            + ScaleBench.DEFAULT_SCENARIO + ").")
    private Path scenario;

    @Option(names = "--nodes", paramLabel = "N", description = "GPU nodes: network.total_nodes (default: the"
            + " scenario's, 100 000).")
    private Integer nodes;

    @Option(names = "--operators", paramLabel = "N", description = "Operators: network.operators (default: the"
            + " scenario's, 2 000).")
    private Integer operators;

    @Option(names = "--days", paramLabel = "D", description = "Simulated days: duration_days (default: the"
            + " scenario's, 7).")
    private Double days;

    @Option(names = "--seed", paramLabel = "N", description = "Seed (default: the scenario's, 1).")
    private Long seed;

    @Override
    public Integer call() {
        ScaleBench.Sizes sizes = new ScaleBench.Sizes(nodes, operators, days, seed);
        try {
            return new ScaleBench(GpuProfiles.builtIn(), spec.commandLine().getOut())
                    .run(scenario == null ? ScaleBench.defaultScenario() : scenario, sizes);
        } catch (ScenarioException | DataFormatException e) {
            throw new UserInputException(e.getMessage());
        }
    }
}
