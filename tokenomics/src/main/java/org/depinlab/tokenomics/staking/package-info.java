/**
 * Staking: tokens bonded by each account (operator), unbonding with a delay, and slashing on
 * detected faults.
 *
 * <p>{@link org.depinlab.tokenomics.staking.StakeBook} holds the bonded and unbonding amounts of the
 * accounts 0..n-1. It tracks stake only; moving the tokens themselves (into the book on bond, out on
 * release, destroyed or sent to the treasury on slash) is the caller's business, e.g. with the
 * {@code ledger} package. Mutable by design: the running state of one simulation. The package
 * imports only the JDK; it knows nothing of the simulator.
 */
package org.depinlab.tokenomics.staking;
