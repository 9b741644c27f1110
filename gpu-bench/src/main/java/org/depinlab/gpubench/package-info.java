/**
 * GPU data and benchmarks for the simulator: the GPU catalogue, calibration profiles and the
 * roofline service-time model, and the microbenchmarks that measure profiles.
 *
 * <p>{@link GpuProfiles} is what the simulator uses at run time: per catalogue model, the bundled
 * measured profile, else one derived from a measured reference by spec ratios, else the spec
 * profile. This package imports the JDK and gpu-bench's {@code catalog} and {@code profile}; it
 * loads no JCuda class.
 */
package org.depinlab.gpubench;
