package org.depinlab.gpubench.profile;

/**
 * The device a profile describes.
 *
 * @param name              device name as the driver (or the OS, for a CPU) reports it
 * @param kind              {@code gpu} or {@code cpu}
 * @param computeCapability CUDA compute capability, e.g. {@code 9.0}; null for a CPU
 * @param driverVersion     NVIDIA driver's CUDA API version, e.g. {@code 13.0}; null for a CPU
 * @param runtime           what ran the benchmarks (JCuda and Java versions)
 * @param host              host name and OS
 * @param cores             streaming multiprocessors of a GPU, hardware threads of a CPU
 * @param memoryBytes       device memory (GPU) or maximum Java heap (CPU)
 */
public record DeviceInfo(String name, String kind, String computeCapability, String driverVersion, String runtime,
                         String host, int cores, long memoryBytes) {
}
