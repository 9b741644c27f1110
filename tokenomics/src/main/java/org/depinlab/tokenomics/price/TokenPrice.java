package org.depinlab.tokenomics.price;

/**
 * The fiat price of one token as the simulation runs.
 *
 * <p>Contract: {@link #price()} is the price now, finite and > 0, in USD per token. The simulation
 * calls {@link #endEpoch(int)} at the end of every epoch, in order 0, 1, 2, ...; afterwards
 * {@code price()} is the price during the next epoch. Models whose price follows the epochs refuse
 * an epoch that has already ended with {@link IllegalArgumentException}. An implementation is
 * mutable and not thread-safe: one instance per simulation run.
 */
public interface TokenPrice {

    /** USD per token now, finite and > 0. */
    double price();

    /** Epoch {@code epoch} has ended: move the price to epoch {@code epoch + 1}. */
    void endEpoch(int epoch);
}
