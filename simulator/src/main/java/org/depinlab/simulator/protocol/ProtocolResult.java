package org.depinlab.simulator.protocol;

import java.util.List;

/**
 * The protocol side of a run: per-epoch series and per-operator ledgers.
 *
 * @param epochs    per epoch
 * @param operators per operator, its token and fiat accounts over the run
 * @param standings every operator's cumulative rewards and profit a third of the way, two thirds of
 *                  the way and at the end of the run (fewer when the run has fewer epochs)
 * @param outsideFlows per epoch, outsiders' trade with the pool; empty without outside flows
 */
public record ProtocolResult(List<ProtocolEpoch> epochs, List<OperatorLedger> operators,
                             List<OperatorStandings> standings, List<OutsideFlowEpoch> outsideFlows) {

    public ProtocolResult {
        epochs = List.copyOf(epochs);
        operators = List.copyOf(operators);
        standings = List.copyOf(standings);
        outsideFlows = List.copyOf(outsideFlows);
    }
}
