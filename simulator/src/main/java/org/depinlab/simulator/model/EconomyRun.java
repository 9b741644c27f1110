package org.depinlab.simulator.model;

import org.depinlab.gpubench.GpuProfiles;
import org.depinlab.simulator.model.ModelConfig;
import org.depinlab.simulator.model.NetworkModel;
import org.depinlab.simulator.model.RunResult;
import org.depinlab.simulator.network.EpochObserver;
import org.depinlab.simulator.protocol.Protocol;
import org.depinlab.simulator.protocol.ProtocolConfig;
import org.depinlab.simulator.protocol.ProtocolResult;
import org.depinlab.simulator.protocol.SpoofingAudit;

/**
 * A network run with its token economy: the network model, and the protocol at every epoch end.
 *
 * @param network  the network side
 * @param protocol the protocol side, or null for a network-only run
 */
public record EconomyRun(RunResult network, ProtocolResult protocol) {

    /**
     * Runs {@code model} under {@code protocol} (null: no token economy) with {@code seed}; a pure
     * function of the three.
     */
    public static EconomyRun run(ModelConfig model, ProtocolConfig protocol, long seed, GpuProfiles profiles) {
        return run(model, protocol, seed, profiles, (epoch, nodes, control) -> { });
    }

    /** As {@link #run(ModelConfig, ProtocolConfig, long, GpuProfiles)}, telling {@code progress} of every epoch. */
    public static EconomyRun run(ModelConfig model, ProtocolConfig protocol, long seed, GpuProfiles profiles,
                                 EpochObserver progress) {
        NetworkModel networkModel = new NetworkModel(model, seed, profiles);
        Protocol economy = protocol == null ? null
                : new Protocol(protocol, networkModel.network(), networkModel.stream("market"),
                        protocol.price().outsideFlows().isPresent() ? networkModel.stream("outside-flow") : null,
                        networkModel.entrants(), networkModel.fraudBoard(), protocol.spoofing().map(spoofing ->
                                new SpoofingAudit(spoofing, networkModel.network(), networkModel.stream("spoofing"),
                                        networkModel.stream("challenges"))).orElse(null));
        if (economy != null) {
            networkModel.addEpochObserver(economy);
        }
        networkModel.addEpochObserver(progress);
        RunResult result = networkModel.run();
        return new EconomyRun(result, economy == null ? null : economy.result());
    }
}
