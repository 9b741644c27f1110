package org.depinlab.gpubench.bench;

import org.depinlab.gpubench.profile.DeviceInfo;

/**
 * The microbenchmarks a calibration profile is built from, on one device. Two implementations:
 * the GPU through JCuda, and the CPU path that runs the same pipeline on any machine.
 */
public interface Microbenchmarks extends AutoCloseable {

    /** The device being measured. */
    DeviceInfo device();

    /** Device memory copy of {@code bytes} (work: bytes read plus written, 2 × bytes). */
    TimedOperation copy(long bytes);

    /** STREAM triad a = b + s·c over doubles, {@code bytes} per array (work: 3 × bytes). */
    TimedOperation triad(long bytes);

    /** True when the device has a host link to measure (a GPU); false for the CPU. */
    boolean hasHostLink();

    /** Host-to-device copy of {@code bytes}, from pinned or pageable host memory. */
    TimedOperation hostToDevice(long bytes, boolean pinned);

    /** Device-to-host copy of {@code bytes}, into pinned or pageable host memory. */
    TimedOperation deviceToHost(long bytes, boolean pinned);

    /** {@code launches} empty kernel launches, each synchronised or only the last (work: launches). */
    TimedOperation launch(int launches, boolean synchronizeEach);

    /** True when an FP16 matrix multiply is available. */
    boolean hasFp16();

    /** n × n matrix multiply C = A·B (work: 2n³ FLOP). */
    TimedOperation matmul(int n, boolean fp16);

    /** {@code hashes} rounds of a 64-bit integer hash (work: hashes). */
    TimedOperation hash(long hashes);

    @Override
    void close();
}
