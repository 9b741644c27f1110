/**
 * Matching: which free node a waiting job starts on; demand's response to price and service.
 *
 * <p>{@link Matching} names the policies a scenario can choose; each is one small
 * {@link MatchingPolicy} ({@link FirstFit}, {@link FastestFirst}, {@link LowestPrice},
 * {@link WeightedRandom}) that sees the network through a {@link MatchContext}.
 * {@link CapacityIndex} keeps the free capacity per GPU model in segment trees, so a match is
 * O(log n) and never scans the network. {@link DemandCurve} sets, once an epoch, the multiplier
 * the workload's arrivals are thinned by, from the price paid and the share of jobs served. Asks
 * that follow utilization live here too, pricing being the market's: {@link AskAdjustment} and the
 * epoch observer that applies it, {@link AskAdjuster}.
 * The package imports the JDK, gpu-bench's {@code catalog} and the simulator's {@code engine},
 * {@code workload} and {@code network}; never {@code model} or {@code protocol}.
 */
package org.depinlab.simulator.market;
