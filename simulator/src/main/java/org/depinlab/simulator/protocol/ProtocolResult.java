package org.depinlab.simulator.protocol;

import java.util.List;

/**
 * The protocol side of a run: per-epoch series and per-operator ledgers.
 *
 * @param epochs    per epoch
 * @param operators per operator
 */
public record ProtocolResult(List<ProtocolEpoch> epochs, List<OperatorLedger> operators) {

    public ProtocolResult {
        epochs = List.copyOf(epochs);
        operators = List.copyOf(operators);
    }
}
