/**
 * Job payments: how the fee a client pays for a job is split between the operator who ran it and
 * the protocol.
 *
 * <p>{@link org.depinlab.tokenomics.payments.FeeSplit} applies a protocol take rate. Immutable.
 * The package imports only the JDK; it knows nothing of the simulator.
 */
package org.depinlab.tokenomics.payments;
