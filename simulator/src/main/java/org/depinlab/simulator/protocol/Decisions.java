package org.depinlab.simulator.protocol;

import org.depinlab.simulator.network.Network;
import org.depinlab.simulator.network.NetworkControl;

/**
 * Incumbent operators shrinking and exiting on their operating margin and expanding on their
 * full-cost margin (see {@link OperatorDecisions}). An operator decides only once its averages
 * span a full window since it entered. Exit is final for the run: new capacity comes through
 * entry. O(nodes) an epoch (each operator's nodes are read once).
 */
final class Decisions {

    private final OperatorDecisions rules;
    private final Network network;
    private final OperatorAccounts book;
    /** Consecutive epochs each operator's operating margin has been below the exit threshold. */
    private final int[] epochsBelowExit;

    Decisions(OperatorDecisions rules, Network network, OperatorAccounts book) {
        this.rules = rules;
        this.network = network;
        this.book = book;
        this.epochsBelowExit = new int[network.operatorCapacity()];
    }

    /** Applies this epoch's decisions of the incumbents. */
    Outcome decide(NetworkControl control) {
        int exits = 0;
        int expansions = 0;
        for (int o = 0; o < network.operatorCount(); o++) {
            int inService = network.nodesInService(o);
            if (inService == 0 || book.epochsObserved[o] < rules.windowEpochs()) {
                continue;
            }
            int first = network.firstNode[o];
            int end = first + network.nodeCount[o];
            double operating = book.operatingMargin(o);
            epochsBelowExit[o] = operating < rules.exitMargin() ? epochsBelowExit[o] + 1 : 0;
            if (epochsBelowExit[o] >= rules.windowEpochs()) {
                for (int n = first; n < end; n++) {
                    control.deactivate(n);
                }
                book.exited[o] = true;
                book.forgetHistory(o);
                exits++;
            } else if (operating < rules.shrinkMargin()) {
                if (inService > 1) {
                    for (int n = end - 1; n >= first; n--) {
                        if (network.active(n)) {
                            control.deactivate(n);
                            break;
                        }
                    }
                }
            } else if (book.fullCostMargin(o) > rules.expandMargin()) {
                for (int n = first; n < end; n++) {
                    if (!network.active(n)) {
                        if (book.cash[o] >= network.hardwareCostUsd[n]) {
                            book.cash[o] -= network.hardwareCostUsd[n];
                            control.activate(n);
                            expansions++;
                        }
                        break;
                    }
                }
            }
        }
        return new Outcome(exits, expansions);
    }

    /**
     * What an epoch's decisions of the incumbents did.
     *
     * @param exits      operators that exited
     * @param expansions headroom nodes bought and put in service
     */
    record Outcome(int exits, int expansions) {

        /** No decision taken (a protocol without operator decisions). */
        static final Outcome NONE = new Outcome(0, 0);
    }
}
