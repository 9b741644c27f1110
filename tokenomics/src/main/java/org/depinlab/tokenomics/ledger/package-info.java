/**
 * The token ledger: every token that exists, who holds it, and how the supply came to be.
 *
 * <p>{@link org.depinlab.tokenomics.ledger.TokenLedger} keeps per-account balances (accounts are
 * the ints 0..n-1, e.g. operators), a protocol treasury and a liquidity pool, and the running totals
 * genesis, minted and burned (compensated sums), and checks that supply = genesis + minted - burned
 * equals what is held. Mutable by design: it is the running state of one simulation, not shared
 * between threads. The package imports only the JDK; it knows nothing of the simulator.
 */
package org.depinlab.tokenomics.ledger;
