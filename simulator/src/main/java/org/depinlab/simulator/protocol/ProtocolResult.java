package org.depinlab.simulator.protocol;

import java.util.List;
import java.util.Optional;

/**
 * The protocol side of a run: per-epoch series, per-operator ledgers, the allocation holders' accounts
 * and the value each stakeholder group captured.
 *
 * @param epochs    per epoch
 * @param operators per operator, its token and fiat accounts over the run
 * @param standings every operator's cumulative rewards and profit a third of the way, two thirds of
 *                  the way and at the end of the run (fewer when the run has fewer epochs)
 * @param outsideFlows per epoch, outsiders' trade with the pool; empty without outside flows
 * @param holders      per allocation holder, its token accounts over the run
 * @param holderEpochs per epoch, one row per allocation holder (holder order)
 * @param valueCapture per stakeholder group, its share of the value distributed, epoch by epoch
 * @param operatorClasses the network's operator classes, in the order of per-class figures
 * @param mintAndBurn  the figures of baseline minting, the fee burn share and the take paid to stakers;
 *                     empty when none of them is on
 * @param spoofing     spoofed capacity and the challenges against it; empty without spoofers
 * @param fraud        fraud penalties and what was paid for work not run; empty without adversaries
 */
public record ProtocolResult(List<ProtocolEpoch> epochs, List<OperatorLedger> operators,
                             List<OperatorStandings> standings, List<OutsideFlowEpoch> outsideFlows,
                             List<HolderLedger> holders, List<HolderEpoch> holderEpochs,
                             ValueCaptureSeries valueCapture, List<String> operatorClasses,
                             Optional<MintAndBurn> mintAndBurn, Optional<SpoofingResult> spoofing,
                             Optional<FraudOutcome> fraud) {

    public ProtocolResult {
        operatorClasses = List.copyOf(operatorClasses);
        epochs = List.copyOf(epochs);
        operators = List.copyOf(operators);
        standings = List.copyOf(standings);
        outsideFlows = List.copyOf(outsideFlows);
        holders = List.copyOf(holders);
        holderEpochs = List.copyOf(holderEpochs);
    }
}
