package org.depinlab.simulator.scenario;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;

import org.depinlab.simulator.model.ModelConfig;
import org.depinlab.simulator.network.NetworkConfig;
import org.depinlab.simulator.protocol.ProtocolConfig;

/**
 * A loaded, validated scenario: everything a run needs besides an explicit seed override.
 *
 * @param file        where it came from
 * @param name        its name
 * @param description what question it asks
 * @param seed        its default seed
 * @param model       the network and workload
 * @param protocol    the token economy, or null for a network-only run
 * @param inputs      every data file it reads (traces, node lists, price paths), absolute and
 *                    normalized, in the order the loader reads them; not the scenario file itself
 * @param warmupDays  the warm-up the steady-state figures leave out; empty: MSER-5 chooses it
 */
public record Scenario(Path file, String name, String description, long seed, ModelConfig model,
                       ProtocolConfig protocol, List<Path> inputs, OptionalDouble warmupDays) {

    public Scenario {
        inputs = List.copyOf(inputs);
    }

    /**
     * Whether the scenario sets the physics of energy, grid carbon intensities or a PUE above 1 for
     * an operator class: then its report leads with the energy answer.
     */
    public boolean setsEnergyPhysics() {
        NetworkConfig network = model.network();
        return !network.carbonGPerKwh().isEmpty() || network.facilityOverhead();
    }
}
