/**
 * The engine checked against queueing theory: the {@code check} command.
 *
 * <p>{@link QueueCheck} runs the engine on reference queues ({@link QueueCase}: Poisson arrivals,
 * FIFO, identical servers, a {@link ServiceTime} distribution) in independent replications
 * ({@link FifoQueueSimulation}) and compares each simulated mean wait, with its confidence
 * interval, to the closed form of {@link QueueingFormulas} ({@link CaseResult}). The package
 * imports the JDK, Commons Math 3 and the simulator's {@code engine} and {@code workload}
 * (distributions); it knows nothing of the network model.
 */
package org.depinlab.simulator.check;
