package org.depinlab.simulator.protocol;

import java.util.List;

/**
 * The protocol side of a run: per-epoch series and per-operator ledgers.
 *
 * @param epochs    per epoch
 * @param operators per operator
 * @param snapshots operators' cumulative rewards and profit a third of the way, two thirds of the way
 *                  and at the end of the run (fewer when the run has fewer epochs)
 */
public record ProtocolResult(List<ProtocolEpoch> epochs, List<OperatorLedger> operators,
                             List<OperatorSnapshot> snapshots) {

    public ProtocolResult {
        epochs = List.copyOf(epochs);
        operators = List.copyOf(operators);
        snapshots = List.copyOf(snapshots);
    }
}
