/**
 * The jobs of a run: where they come from and what each one asks for.
 *
 * <p>{@link WorkloadConfig} is the configuration: synthetic jobs ({@link JobClass}es drawn at the
 * times of an {@link ArrivalProcess}, with attributes from {@link Distribution}s) or a replay of
 * the Alibaba GPU v2023 pod list ({@link TraceReplay}, read by {@link AlibabaTrace}). A
 * {@link JobSource} ({@link SyntheticJobs}, {@link TraceJobs}) yields the running {@link Job}s in
 * arrival order. The package imports the JDK, Commons Math 3, the simulator's {@code engine}
 * (random streams) and {@code data} (CSV) and gpu-bench's {@code profile} (precisions); it knows
 * nothing of nodes, matching or tokens.
 */
package org.depinlab.simulator.workload;
