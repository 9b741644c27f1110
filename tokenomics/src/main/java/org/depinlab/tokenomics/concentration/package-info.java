/**
 * Concentration metrics of a distribution of holdings (rewards, profits, stake, tokens): Gini,
 * Nakamoto coefficient, HHI, Theil T, Shannon entropy, top-k and top-percent shares, Lorenz curve;
 * {@link org.depinlab.tokenomics.concentration.SignedGini} for values that may be negative (profits
 * with losses).
 *
 * <p>{@link org.depinlab.tokenomics.concentration.ConcentrationMetrics} is the entry point; it
 * returns the immutable records {@link org.depinlab.tokenomics.concentration.Concentration} and
 * {@link org.depinlab.tokenomics.concentration.LorenzCurve}. Every metric is exact up to
 * floating-point rounding (sums are compensated) and costs one O(n log n) sort of a copy of the
 * input plus O(n) passes. The package imports only the JDK; it knows nothing of the simulator.
 */
package org.depinlab.tokenomics.concentration;
