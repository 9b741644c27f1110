/**
 * Adversaries and the protocol's verification: which operators cheat on the jobs they run and how
 * ({@link Cheater}: fake completion or lazy computation, rational or not), how the protocol checks
 * results ({@link Verification}: spot checks, redundancy, false positives) and what it does to a
 * node caught ({@link Penalties}). {@link FraudBoard} is the seam: the running model fills it with
 * who cheats and who was caught, the protocol reads it at every epoch end and writes back which
 * rational operators cheat next. {@link RationalCheating} is the pure decision of a rational
 * cheater. Fraud is kept apart from honest faults everywhere: a fraud flag is never a fault.
 *
 * <p>The package imports the JDK, Commons Math 3 and the simulator's {@code engine},
 * {@code workload} and {@code network}; {@code model} and {@code protocol} import it
 * ({@code ArchitectureTest} checks this).
 */
package org.depinlab.simulator.adversary;
