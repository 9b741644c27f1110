package org.depinlab.simulator.protocol;

import org.depinlab.simulator.network.Network;
import org.depinlab.simulator.network.NetworkControl;

/**
 * Operators entering, expanding, shrinking and exiting from their moving-average fiat margin
 * (see {@link OperatorDecisions}). An operator decides only once its average spans a full window
 * since it entered. Exit is final for the run (an operator that re-entered on its class's margin
 * right after leaving on its own would only flap); entrants are the operators that started with
 * all their capacity in reserve.
 */
final class Decisions {

    private final OperatorDecisions rules;
    private final Network network;
    private final OperatorAccounts book;

    Decisions(OperatorDecisions rules, Network network, OperatorAccounts book) {
        this.rules = rules;
        this.network = network;
        this.book = book;
    }

    /** Applies this epoch's decisions. */
    Outcome decide(int epoch, NetworkControl control) {
        int classes = network.operatorClasses.size();
        double[] classMargin = new double[classes];
        int[] classCount = new int[classes];
        for (int o = 0; o < network.operatorCount(); o++) {
            if (network.nodesInService(o) > 0 && book.epochsObserved[o] >= rules.windowEpochs()) {
                classMargin[network.operatorClass[o]] += book.fullCostMargin(o);
                classCount[network.operatorClass[o]]++;
            }
        }
        int entries = 0;
        int exits = 0;
        for (int o = 0; o < network.operatorCount(); o++) {
            int first = network.firstNode[o];
            int end = first + network.nodeCount[o];
            if (network.nodesInService(o) > 0) {
                if (book.epochsObserved[o] < rules.windowEpochs()) {
                    continue;
                }
                double margin = book.fullCostMargin(o);
                // shrinking away the last node in service is an exit
                if (margin < rules.exitMargin() || (margin < rules.shrinkMargin() && network.nodesInService(o) == 1)) {
                    for (int n = first; n < end; n++) {
                        control.deactivate(n);
                    }
                    book.exited[o] = true;
                    book.forgetHistory(o);
                    exits++;
                } else if (margin < rules.shrinkMargin()) {
                    for (int n = end - 1; n >= first; n--) {
                        if (network.active(n)) {
                            control.deactivate(n);
                            break;
                        }
                    }
                } else if (margin > rules.expandMargin()) {
                    for (int n = first; n < end; n++) {
                        if (!network.active(n)) {
                            if (book.cash[o] >= network.hardwareCostUsd[n]) {
                                book.cash[o] -= network.hardwareCostUsd[n];
                                control.activate(n);
                            }
                            break;
                        }
                    }
                }
            } else if (!book.exited[o]) {
                int c = network.operatorClass[o];
                if (classCount[c] > 0 && classMargin[c] / classCount[c] > rules.entryMargin()) {
                    for (int n = first; n < end; n++) {
                        control.activate(n);
                    }
                    book.forgetHistory(o);
                    entries++;
                }
            }
        }
        return new Outcome(entries, exits);
    }

    /**
     * What an epoch's decisions did.
     *
     * @param entries operators that entered
     * @param exits   operators that exited
     */
    record Outcome(int entries, int exits) {

        /** No decision taken (a protocol without operator decisions). */
        static final Outcome NONE = new Outcome(0, 0);
    }
}
