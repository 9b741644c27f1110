package org.depinlab.gpubench.bench;

import java.util.List;

/**
 * What a profile run measures and how often.
 *
 * @param warmup            untimed repetitions before each measurement (at least)
 * @param warmupSeconds     and at least this long warming up (lets the JIT compile and the OS map pages)
 * @param repetitions       timed repetitions (samples) per measurement
 * @param copySizes         bytes per device copy and per triad array
 * @param transferSizes     bytes per host-device transfer
 * @param launches          launches per launch-latency repetition
 * @param matmulSizes       n of the FP32 n × n multiplies
 * @param fp16MatmulSizes   n of the FP16 multiplies (multiples of 16)
 * @param hashes            hashes per hash repetition
 * @param heldOutCopyBytes  copy size predicted by the calibration check, not among {@code copySizes}
 * @param heldOutMatmulN    FP32 multiply size predicted by the calibration check, not among {@code matmulSizes}
 */
public record BenchPlan(int warmup, double warmupSeconds, int repetitions, List<Long> copySizes, List<Long> transferSizes, int launches,
                        List<Integer> matmulSizes, List<Integer> fp16MatmulSizes, long hashes, long heldOutCopyBytes,
                        int heldOutMatmulN) {

    private static final long MIB = 1L << 20;
    private static final long GIB = 1L << 30;

    public BenchPlan {
        copySizes = List.copyOf(copySizes);
        transferSizes = List.copyOf(transferSizes);
        matmulSizes = List.copyOf(matmulSizes);
        fp16MatmulSizes = List.copyOf(fp16MatmulSizes);
        if (warmup < 0 || !(warmupSeconds >= 0) || repetitions < 3) {
            throw new IllegalArgumentException("need warm-up >= 0 and at least 3 repetitions for an IQR");
        }
        if (copySizes.isEmpty() || matmulSizes.isEmpty()) {
            throw new IllegalArgumentException("a plan needs copy and matmul sizes");
        }
        if (copySizes.contains(heldOutCopyBytes) || matmulSizes.contains(heldOutMatmulN)) {
            throw new IllegalArgumentException("held-out sizes must not be among the measured sizes");
        }
        for (int n : fp16MatmulSizes) {
            if (n % 16 != 0) {
                throw new IllegalArgumentException("FP16 matmul sizes must be multiples of 16, got " + n);
            }
        }
    }

    /** The GPU plan: copies from 1 MiB to 4 GiB; {@code quick} stops at 256 MiB and repeats less. */
    public static BenchPlan gpu(boolean quick) {
        if (quick) {
            return new BenchPlan(3, 0.2, 7, List.of(MIB, 16 * MIB, 256 * MIB), List.of(MIB, 64 * MIB), 1_000,
                    List.of(1024, 2048), List.of(1024, 2048), 1L << 30, 384 * MIB, 1536);
        }
        return new BenchPlan(3, 0.5, 15, List.of(MIB, 4 * MIB, 16 * MIB, 64 * MIB, 256 * MIB, GIB, 4 * GIB),
                List.of(MIB, 16 * MIB, 256 * MIB), 10_000, List.of(1024, 2048, 4096, 8192),
                List.of(1024, 2048, 4096, 8192), 1L << 34, 3 * GIB / 2, 3000);
    }

    /** The CPU plan: arrays from 1 MiB to 256 MiB; {@code quick} stops at 64 MiB. */
    public static BenchPlan cpu(boolean quick) {
        if (quick) {
            return new BenchPlan(3, 0.5, 7, List.of(MIB, 16 * MIB, 64 * MIB), List.of(), 1_000, List.of(256, 512),
                    List.of(), 1L << 27, 96 * MIB, 384);
        }
        return new BenchPlan(3, 1.0, 11, List.of(MIB, 4 * MIB, 16 * MIB, 64 * MIB, 256 * MIB), List.of(), 10_000,
                List.of(512, 1024, 1536), List.of(), 1L << 28, 384 * MIB, 1280);
    }
}
