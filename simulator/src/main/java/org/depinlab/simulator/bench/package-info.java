/**
 * The benchmark harness behind {@code depinlab bench}: {@link ProfileBench} measures a GPU (through
 * JCuda) or the CPU and writes a {@code measured} profile, {@link ScaleBench} runs a scenario
 * ({@code scenarios/bench/scale.yaml} by default) at scale and reports wall time, events and jobs
 * per second and peak heap, {@link SweepBench} times a sweep on two executors. Refused options are
 * {@link BenchOptionException}s.
 *
 * <p>The only simulator package that may import gpu-bench's {@code bench}, {@code cpu} and
 * {@code cuda} packages (and so JCuda); besides them it imports {@code model}, {@code scenario},
 * {@code sweep}, {@code output} and gpu-model. Only {@code cli} imports it.
 */
package org.depinlab.simulator.bench;
