package org.depinlab.simulator.scenario;

import java.util.List;
import java.util.Optional;

import org.depinlab.simulator.protocol.OutsideFlows;

/** Reads {@code protocol.price.amm.outside_flow} into {@link OutsideFlows}. */
final class OutsideFlowSection {

    static final String FIELD = "outside_flow";
    private static final double MAX = 1e15;
    private static final List<String> FIELDS = List.of("usd_per_epoch_mean", "usd_per_epoch_sd", "persistence",
            "float_tokens");

    private OutsideFlowSection() {
    }

    /** The pool's outside flows, or empty when {@code amm} has none. */
    static Optional<OutsideFlows> read(Fields amm) {
        if (!amm.has(FIELD)) {
            return Optional.empty();
        }
        Fields o = amm.object(FIELD, FIELDS);
        OutsideFlows flows = new OutsideFlows(o.number("usd_per_epoch_mean", -MAX, MAX),
                o.number("usd_per_epoch_sd", 0, MAX, 0), o.number("persistence", 0, 0.999, 0),
                o.number("float_tokens", 0, 1e18, 0));
        o.done();
        return Optional.of(flows);
    }
}
