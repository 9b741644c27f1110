/**
 * The GPU path of the calibration pipeline through the JCuda driver API:
 * {@link CudaMicrobenchmarks} runs the committed PTX kernels and times them with CUDA events;
 * {@link CudaAvailability} says whether they can run here and, if not, why. The only package of
 * gpu-bench that imports JCuda (besides the JDK and gpu-bench's {@code bench} and {@code profile});
 * only the {@code bench gpu} command loads it.
 */
package org.depinlab.gpubench.cuda;
