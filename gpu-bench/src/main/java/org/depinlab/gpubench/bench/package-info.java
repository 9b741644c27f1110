/**
 * The calibration pipeline, independent of the device: {@link ProfileBuilder} runs a
 * {@link BenchPlan} of {@link Microbenchmarks} ({@link TimedOperation}s at several sizes), keeps
 * every sample, summarises them ({@link SampleStats}: median and interquartile range) and builds a
 * measured profile with its calibration check. The package imports the JDK, Commons Math 3 and
 * gpu-bench's {@code profile}; the devices ({@code cpu}, {@code cuda}) plug in from outside.
 */
package org.depinlab.gpubench.bench;
