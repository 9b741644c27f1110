package org.depinlab.simulator.protocol;

/**
 * One allocation holder in one epoch: what vested to it and what it sold in the epoch, and its
 * accounts to date.
 *
 * @param epoch          index
 * @param vestedTokens   tokens vested in the epoch
 * @param vestedValueUsd those tokens at the epoch's price of receipt
 * @param soldTokens     tokens sold in the epoch
 * @param soldUsd        USD received for them
 * @param toDate         the holder's accounts at the end of the epoch
 */
public record HolderEpoch(int epoch, double vestedTokens, double vestedValueUsd, double soldTokens, double soldUsd,
                          HolderLedger toDate) {
}
