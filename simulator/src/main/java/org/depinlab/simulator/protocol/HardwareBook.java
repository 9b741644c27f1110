package org.depinlab.simulator.protocol;

import org.depinlab.simulator.network.Network;

/**
 * Operators' hardware on the books: a node is bought (capex) in the first epoch it is in service
 * (the genesis fleet in epoch 0, capacity activated later in the epoch after its activation) and
 * then written off straight-line, its price / the amortization period each epoch, in service or
 * held back, until nothing is left. Reactivating a node already bought buys nothing. An operator
 * that exited writes nothing off any more: its hardware leaves the books with the book value it
 * had (no resale is modelled).
 */
final class HardwareBook {

    private final Network network;
    private final double amortizationEpochs;
    private final boolean[] bought;
    /** Per node, the price not yet written off. */
    private final double[] bookValue;

    HardwareBook(Network network, double amortizationEpochs) {
        this.network = network;
        this.amortizationEpochs = amortizationEpochs;
        bought = new boolean[network.nodeCount()];
        bookValue = new double[network.nodeCount()];
    }

    /**
     * Charges the epoch's purchases and write-off into {@code book}, and adds to
     * {@code openingValue} each operator's book value after the purchases, before the write-off.
     */
    void charge(OperatorAccounts book, double[] openingValue) {
        for (int n = 0; n < network.nodeCount(); n++) {
            int o = network.operator[n];
            if (book.exited[o]) {
                continue;
            }
            if (!bought[n] && network.active(n)) {
                bought[n] = true;
                bookValue[n] = network.hardwareCostUsd[n];
                book.capexUsd[o] += bookValue[n];
            }
            if (bookValue[n] > 0) {
                openingValue[o] += bookValue[n];
                double writeOff = Math.min(bookValue[n], network.hardwareCostUsd[n] / amortizationEpochs);
                bookValue[n] -= writeOff;
                book.writeOffUsd[o] += writeOff;
            }
        }
    }
}
