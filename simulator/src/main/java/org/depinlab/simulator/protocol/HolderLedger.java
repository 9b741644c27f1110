package org.depinlab.simulator.protocol;

/**
 * One allocation holder's token accounts up to some epoch (cumulative), tracked like an operator's:
 * what vested to it, what it sold and received for it, what it holds and what that is worth.
 *
 * @param holder         the holder's name in the scenario's allocations
 * @param grantedTokens  tokens of all its grants
 * @param vestedTokens   tokens vested to it so far (released from its grants at their schedule)
 * @param vestedValueUsd the vested tokens valued at the price of the epoch each was received in
 * @param soldTokens     vested tokens it sold into the market (sell share × vested)
 * @param soldUsd        USD the market paid for them
 * @param heldTokens     vested tokens it still holds: vested − sold
 * @param heldValueUsd   held tokens at the token price at the end of the epoch (marked to market)
 */
public record HolderLedger(String holder, double grantedTokens, double vestedTokens, double vestedValueUsd,
                           double soldTokens, double soldUsd, double heldTokens, double heldValueUsd) {
}
