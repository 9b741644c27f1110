package org.depinlab.gpubench.cpu;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.depinlab.gpubench.bench.Microbenchmarks;
import org.depinlab.gpubench.bench.TimedOperation;
import org.depinlab.gpubench.profile.DeviceInfo;

/**
 * The CPU path of the calibration pipeline: the same microbenchmarks on the host's cores, timed
 * with {@link System#nanoTime()}. Memory copy and triad run over large {@code double} arrays,
 * split across all hardware threads; the matrix multiply is a cache-blocked FP32 kernel; the hash
 * is SplitMix64's finalizer. There is no host link and no FP16 arithmetic on this path.
 */
public final class CpuMicrobenchmarks implements Microbenchmarks {

    private final int threads;
    private final ExecutorService pool;

    /** Uses every hardware thread the JVM sees. */
    public CpuMicrobenchmarks() {
        this(Runtime.getRuntime().availableProcessors());
    }

    CpuMicrobenchmarks(int threads) {
        this.threads = threads;
        this.pool = Executors.newFixedThreadPool(threads, runnable -> {
            Thread thread = new Thread(runnable, "cpu-bench");
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public DeviceInfo device() {
        return new DeviceInfo(cpuModelName(), "cpu", null, null,
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vm.name") + ")",
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"),
                threads, Runtime.getRuntime().maxMemory());
    }

    @Override
    public TimedOperation copy(long bytes) {
        int n = elements(bytes);
        double[] source = filled(n);
        double[] target = new double[n];
        return operation(2.0 * n * Double.BYTES, "bytes", "System.arraycopy of double[] in " + threads
                + " slices on " + threads + " threads; wall time by System.nanoTime",
                () -> parallel(n, (from, to) -> System.arraycopy(source, from, target, from, to - from)));
    }

    @Override
    public TimedOperation triad(long bytes) {
        int n = elements(bytes);
        double[] a = new double[n];
        double[] b = filled(n);
        double[] c = filled(n);
        double scalar = 3.0;
        return operation(3.0 * n * Double.BYTES, "bytes", "STREAM triad a[i] = b[i] + 3*c[i] over double[], "
                + threads + " threads; wall time by System.nanoTime",
                () -> parallel(n, (from, to) -> {
                    for (int i = from; i < to; i++) {
                        a[i] = b[i] + scalar * c[i];
                    }
                }));
    }

    @Override
    public boolean hasHostLink() {
        return false;
    }

    @Override
    public TimedOperation hostToDevice(long bytes, boolean pinned) {
        throw new UnsupportedOperationException("the CPU has no host link");
    }

    @Override
    public TimedOperation deviceToHost(long bytes, boolean pinned) {
        throw new UnsupportedOperationException("the CPU has no host link");
    }

    @Override
    public TimedOperation launch(int launches, boolean synchronizeEach) {
        Callable<Integer> empty = () -> 0;
        return operation(launches, "launches", synchronizeEach
                ? "submit an empty task to the worker pool and wait for it, " + launches + " times"
                : "submit " + launches + " empty tasks to the worker pool, then wait for all", () -> {
                    if (synchronizeEach) {
                        for (int i = 0; i < launches; i++) {
                            await(pool.submit(empty));
                        }
                    } else {
                        List<Future<Integer>> futures = new ArrayList<>(launches);
                        for (int i = 0; i < launches; i++) {
                            futures.add(pool.submit(empty));
                        }
                        for (Future<Integer> future : futures) {
                            await(future);
                        }
                    }
                });
    }

    @Override
    public boolean hasFp16() {
        return false;
    }

    @Override
    public TimedOperation matmul(int n, boolean fp16) {
        if (fp16) {
            throw new UnsupportedOperationException("no FP16 arithmetic on the CPU path");
        }
        BlockedMatmul matmul = new BlockedMatmul(n);
        return operation(2.0 * n * n * n, "FLOP", "cache-blocked FP32 C = A*B (" + BlockedMatmul.BLOCK
                + "x" + BlockedMatmul.BLOCK + " blocks, i-k-j order), row blocks on " + threads
                + " threads; wall time by System.nanoTime",
                () -> parallel(matmul.rowBlocks(), matmul::multiplyRowBlocks));
    }

    @Override
    public TimedOperation hash(long hashes) {
        long[] sinks = new long[threads];
        long perThread = hashes / threads;
        return operation((double) perThread * threads, "hashes", "SplitMix64 finalizer chained " + perThread
                + " times on each of " + threads + " threads; wall time by System.nanoTime",
                () -> parallel(threads, (from, to) -> {
                    for (int t = from; t < to; t++) {
                        long x = t;
                        for (long i = 0; i < perThread; i++) {
                            x = mix(x + i);
                        }
                        sinks[t] = x;
                    }
                }));
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    /** Runs {@code body} over [0, n) split into one contiguous slice per thread, and waits for all. */
    private void parallel(int n, Slice body) {
        List<Future<?>> futures = new ArrayList<>(threads);
        int parts = Math.min(threads, n);
        for (int p = 0; p < parts; p++) {
            int from = (int) ((long) n * p / parts);
            int to = (int) ((long) n * (p + 1) / parts);
            futures.add(pool.submit(() -> body.run(from, to)));
        }
        for (Future<?> future : futures) {
            await(future);
        }
    }

    private static void await(Future<?> future) {
        try {
            future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("benchmark interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("benchmark task failed", e.getCause());
        }
    }

    private static int elements(long bytes) {
        long n = bytes / Double.BYTES;
        if (n < 1 || n > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("CPU arrays hold 8 B to 16 GiB, got " + bytes + " bytes");
        }
        return (int) n;
    }

    private static double[] filled(int n) {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = i * 0.5;
        }
        return values;
    }

    private static String cpuModelName() {
        Path cpuinfo = Path.of("/proc/cpuinfo");
        if (Files.isReadable(cpuinfo)) {
            try {
                for (String line : Files.readAllLines(cpuinfo)) {
                    if (line.toLowerCase(Locale.ROOT).startsWith("model name")) {
                        return line.substring(line.indexOf(':') + 1).strip();
                    }
                }
            } catch (IOException e) {
                // fall through to the architecture name
            }
        }
        return "CPU (" + System.getProperty("os.arch") + ")";
    }

    /** Times {@code body} by the wall clock; the arrays it uses are left to the garbage collector. */
    private static TimedOperation operation(double work, String workUnit, String method, Runnable body) {
        return TimedOperation.of(work, workUnit, method, () -> {
            long start = System.nanoTime();
            body.run();
            return (System.nanoTime() - start) / 1e9;
        }, () -> { });
    }

    @FunctionalInterface
    interface Slice {
        void run(int from, int to);
    }
}
