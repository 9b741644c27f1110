/**
 * The GPU data the simulation model needs at run time (module gpu-model): {@link GpuProfiles}, per
 * catalogue model, the bundled measured profile, else one derived from a measured reference by
 * spec ratios, else the spec profile. The catalogue and the profiles live in the {@code catalog}
 * and {@code profile} packages beside it; the microbenchmarks that measure profiles are in the
 * gpu-bench module's {@code bench}, {@code cpu} and {@code cuda} packages.
 *
 * <p>This package imports the JDK and the {@code catalog} and {@code profile} packages; it loads
 * no JCuda class.
 */
package org.depinlab.gpubench;
