/**
 * The CPU path of the calibration pipeline: {@link CpuMicrobenchmarks} runs the same
 * microbenchmarks on the host's cores (copy and triad over large arrays, {@link BlockedMatmul},
 * task launch, hashing), so the pipeline runs on any machine. The package imports the JDK and
 * gpu-bench's {@code bench} and {@code profile}.
 */
package org.depinlab.gpubench.cpu;
