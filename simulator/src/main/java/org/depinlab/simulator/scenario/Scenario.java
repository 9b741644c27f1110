package org.depinlab.simulator.scenario;

import java.nio.file.Path;

import org.depinlab.simulator.network.ModelConfig;
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
 */
public record Scenario(Path file, String name, String description, long seed, ModelConfig model,
                       ProtocolConfig protocol) {
}
