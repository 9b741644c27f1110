package org.depinlab.simulator.protocol;

import java.util.List;

/**
 * The protocol side of a run: per-epoch series and per-operator ledgers.
 *
 * @param epochs    per epoch
 * @param operators per operator, its token and fiat accounts over the run
 * @param standings every operator's cumulative rewards and profit a third of the way, two thirds of
 *                  the way and at the end of the run (fewer when the run has fewer epochs)
 * @param operatorClasses the network's operator classes, in the order of per-class figures
 */
public record ProtocolResult(List<ProtocolEpoch> epochs, List<OperatorLedger> operators,
                             List<OperatorStandings> standings, List<String> operatorClasses) {

    public ProtocolResult {
        operatorClasses = List.copyOf(operatorClasses);
        epochs = List.copyOf(epochs);
        operators = List.copyOf(operators);
        standings = List.copyOf(standings);
    }
}
