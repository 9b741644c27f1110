/**
 * The population of a run: GPU nodes and their operators, and how they are built.
 *
 * <p>{@link NetworkConfig} describes the network (operators drawn from {@link OperatorClass}es, or
 * nodes given one by one as {@link NodeSpec}s, with the {@link FailureModel}s of nodes and
 * operators); {@link PopulationBuilder} lays it out into a {@link Network}, parallel arrays indexed
 * by node and by operator. {@link ServiceTimes} says how long a job runs on a node of a given model.
 * The epoch seam between the running model and the protocol lives here too: an
 * {@link EpochObserver} hears each epoch's end with every node's contributions ({@link NodeEpochs})
 * and may change capacity in service through {@link NetworkControl}.
 *
 * <p>The package imports the JDK, Commons Math 3, gpu-bench (catalogue and profiles) and the
 * simulator's {@code engine} and {@code workload}. It never imports {@code market}, {@code model}
 * or {@code protocol}, which are built on it ({@code ArchitectureTest} checks this).
 */
package org.depinlab.simulator.network;
