package org.depinlab.gpubench.cuda;

import static jcuda.driver.JCudaDriver.cuCtxSetCurrent;
import static jcuda.driver.JCudaDriver.cuCtxSynchronize;
import static jcuda.driver.JCudaDriver.cuDeviceGet;
import static jcuda.driver.JCudaDriver.cuDeviceGetAttribute;
import static jcuda.driver.JCudaDriver.cuDeviceGetName;
import static jcuda.driver.JCudaDriver.cuDevicePrimaryCtxRelease;
import static jcuda.driver.JCudaDriver.cuDevicePrimaryCtxRetain;
import static jcuda.driver.JCudaDriver.cuDeviceTotalMem;
import static jcuda.driver.JCudaDriver.cuDriverGetVersion;
import static jcuda.driver.JCudaDriver.cuEventCreate;
import static jcuda.driver.JCudaDriver.cuEventDestroy;
import static jcuda.driver.JCudaDriver.cuEventElapsedTime;
import static jcuda.driver.JCudaDriver.cuEventRecord;
import static jcuda.driver.JCudaDriver.cuEventSynchronize;
import static jcuda.driver.JCudaDriver.cuLaunchKernel;
import static jcuda.driver.JCudaDriver.cuMemAlloc;
import static jcuda.driver.JCudaDriver.cuMemAllocHost;
import static jcuda.driver.JCudaDriver.cuMemFree;
import static jcuda.driver.JCudaDriver.cuMemFreeHost;
import static jcuda.driver.JCudaDriver.cuMemcpyDtoD;
import static jcuda.driver.JCudaDriver.cuMemcpyDtoH;
import static jcuda.driver.JCudaDriver.cuMemcpyHtoD;
import static jcuda.driver.JCudaDriver.cuMemsetD8;
import static jcuda.driver.JCudaDriver.cuModuleGetFunction;
import static jcuda.driver.JCudaDriver.cuModuleLoadData;
import static jcuda.driver.JCudaDriver.cuModuleUnload;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.depinlab.gpubench.bench.Microbenchmarks;
import org.depinlab.gpubench.bench.TimedOperation;
import org.depinlab.gpubench.profile.DeviceInfo;

import jcuda.Pointer;
import jcuda.Sizeof;
import jcuda.driver.CUcontext;
import jcuda.driver.CUdevice;
import jcuda.driver.CUdevice_attribute;
import jcuda.driver.CUdeviceptr;
import jcuda.driver.CUevent;
import jcuda.driver.CUfunction;
import jcuda.driver.CUmodule;
import jcuda.driver.CUstream;
import jcuda.driver.JCudaDriver;

/**
 * The GPU microbenchmarks through the JCuda driver API. Kernels come from the committed PTX
 * ({@code kernels.ptx}, built from {@code src/main/cuda/kernels.cu}); device work is timed with
 * CUDA events on the default stream, launch latency with the host clock (events would hide the
 * host-side cost that launch latency is about).
 *
 * <p>Construct only after {@link CudaAvailability#probe()} said the device is there.
 */
public final class CudaMicrobenchmarks implements Microbenchmarks {

    private static final String PTX = "kernels.ptx";
    private static final int THREADS = 256;

    private final CUdevice device = new CUdevice();
    private final CUcontext context = new CUcontext();
    private final CUmodule module = new CUmodule();
    private final CUfunction empty = new CUfunction();
    private final CUfunction triad = new CUfunction();
    private final CUfunction fillFloat = new CUfunction();
    private final CUfunction fillHalf = new CUfunction();
    private final CUfunction sgemm = new CUfunction();
    private final CUfunction hgemm = new CUfunction();
    private final CUfunction hash = new CUfunction();
    private final CUevent start = new CUevent();
    private final CUevent stop = new CUevent();
    private final DeviceInfo info;
    private final int multiprocessors;

    /** Opens device {@code ordinal}'s primary context and loads the kernels. */
    public CudaMicrobenchmarks(int ordinal) {
        JCudaDriver.setExceptionsEnabled(true);
        JCudaDriver.cuInit(0);
        cuDeviceGet(device, ordinal);
        cuDevicePrimaryCtxRetain(context, device);
        cuCtxSetCurrent(context);
        cuModuleLoadData(module, ptx());
        cuModuleGetFunction(empty, module, "empty_kernel");
        cuModuleGetFunction(triad, module, "triad");
        cuModuleGetFunction(fillFloat, module, "fill_float");
        cuModuleGetFunction(fillHalf, module, "fill_half");
        cuModuleGetFunction(sgemm, module, "sgemm_tiled");
        cuModuleGetFunction(hgemm, module, "hgemm_wmma");
        cuModuleGetFunction(hash, module, "hash_splitmix");
        cuEventCreate(start, 0);
        cuEventCreate(stop, 0);
        multiprocessors = attribute(CUdevice_attribute.CU_DEVICE_ATTRIBUTE_MULTIPROCESSOR_COUNT);
        info = describe(ordinal);
    }

    @Override
    public DeviceInfo device() {
        return info;
    }

    @Override
    public TimedOperation copy(long bytes) {
        CUdeviceptr source = allocate(bytes);
        CUdeviceptr target = allocate(bytes);
        cuMemsetD8(source, (byte) 1, bytes);
        return timed(2.0 * bytes, "bytes", "cuMemcpyDtoD timed with CUDA events (bytes read + written)",
                () -> cuMemcpyDtoD(target, source, bytes), () -> {
                    cuMemFree(source);
                    cuMemFree(target);
                });
    }

    @Override
    public TimedOperation triad(long bytes) {
        long n = bytes / Sizeof.DOUBLE;
        CUdeviceptr a = allocate(bytes);
        CUdeviceptr b = allocate(bytes);
        CUdeviceptr c = allocate(bytes);
        cuMemsetD8(b, (byte) 0, bytes);
        cuMemsetD8(c, (byte) 0, bytes);
        Pointer parameters = Pointer.to(Pointer.to(a), Pointer.to(b), Pointer.to(c), Pointer.to(new double[] {3.0}),
                Pointer.to(new long[] {n}));
        int blocks = gridStrideBlocks(n);
        return timed(3.0 * n * Sizeof.DOUBLE, "bytes", "triad kernel a = b + 3c over doubles, " + blocks + " x "
                + THREADS + " threads, grid-stride; CUDA events",
                () -> launch(triad, blocks, 1, THREADS, 1, parameters), () -> {
                    cuMemFree(a);
                    cuMemFree(b);
                    cuMemFree(c);
                });
    }

    @Override
    public boolean hasHostLink() {
        return true;
    }

    @Override
    public TimedOperation hostToDevice(long bytes, boolean pinned) {
        CUdeviceptr target = allocate(bytes);
        HostBuffer host = new HostBuffer(bytes, pinned);
        return timed(bytes, "bytes", "cuMemcpyHtoD from " + host.kind() + " host memory; CUDA events",
                () -> cuMemcpyHtoD(target, host.pointer(), bytes), () -> {
                    cuMemFree(target);
                    host.free();
                });
    }

    @Override
    public TimedOperation deviceToHost(long bytes, boolean pinned) {
        CUdeviceptr source = allocate(bytes);
        cuMemsetD8(source, (byte) 2, bytes);
        HostBuffer host = new HostBuffer(bytes, pinned);
        return timed(bytes, "bytes", "cuMemcpyDtoH into " + host.kind() + " host memory; CUDA events",
                () -> cuMemcpyDtoH(host.pointer(), source, bytes), () -> {
                    cuMemFree(source);
                    host.free();
                });
    }

    @Override
    public TimedOperation launch(int launches, boolean synchronizeEach) {
        String method = synchronizeEach
                ? "empty kernel <<<1,1>>> then cuCtxSynchronize, " + launches + " times; host clock (System.nanoTime)"
                : launches + " empty kernel <<<1,1>>> launches, one cuCtxSynchronize at the end; host clock";
        return TimedOperation.of(launches, "launches", method, () -> {
            cuCtxSynchronize();
            long begin = System.nanoTime();
            for (int i = 0; i < launches; i++) {
                cuLaunchKernel(empty, 1, 1, 1, 1, 1, 1, 0, null, null, null);
                if (synchronizeEach) {
                    cuCtxSynchronize();
                }
            }
            cuCtxSynchronize();
            return (System.nanoTime() - begin) / 1e9;
        }, () -> { });
    }

    @Override
    public boolean hasFp16() {
        int major = attribute(CUdevice_attribute.CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR);
        return major >= 7;
    }

    @Override
    public TimedOperation matmul(int n, boolean fp16) {
        long elements = (long) n * n;
        int inputBytes = fp16 ? 2 : Sizeof.FLOAT;
        CUdeviceptr a = allocate(elements * inputBytes);
        CUdeviceptr b = allocate(elements * inputBytes);
        CUdeviceptr c = allocate(elements * Sizeof.FLOAT);
        CUfunction fill = fp16 ? fillHalf : fillFloat;
        int fillBlocks = gridStrideBlocks(elements);
        launch(fill, fillBlocks, 1, THREADS, 1, Pointer.to(Pointer.to(a), Pointer.to(new long[] {elements}),
                Pointer.to(new float[] {0.25f})));
        launch(fill, fillBlocks, 1, THREADS, 1, Pointer.to(Pointer.to(b), Pointer.to(new long[] {elements}),
                Pointer.to(new float[] {0.5f})));
        cuCtxSynchronize();
        Pointer parameters = Pointer.to(Pointer.to(a), Pointer.to(b), Pointer.to(c), Pointer.to(new int[] {n}));
        Runnable body;
        String method;
        if (fp16) {
            int warps = (n / 16) * (n / 16);
            int blocks = (warps + 3) / 4;
            body = () -> launch(hgemm, blocks, 1, 128, 1, parameters);
            method = "WMMA tensor-core kernel, FP16 inputs, FP32 accumulate, one 16x16 tile per warp; CUDA events";
        } else {
            int tiles = (n + 31) / 32;
            body = () -> launch(sgemm, tiles, tiles, 32, 32, parameters);
            method = "shared-memory tiled FP32 kernel, 32x32 tiles; CUDA events";
        }
        return timed(2.0 * n * n * n, "FLOP", method, body, () -> {
            cuMemFree(a);
            cuMemFree(b);
            cuMemFree(c);
        });
    }

    @Override
    public TimedOperation hash(long hashes) {
        int blocks = multiprocessors * 16;
        long threads = (long) blocks * THREADS;
        long rounds = Math.max(1, hashes / threads);
        CUdeviceptr out = allocate(threads * Sizeof.LONG);
        Pointer parameters = Pointer.to(Pointer.to(out), Pointer.to(new long[] {rounds}));
        return timed((double) rounds * threads, "hashes", "SplitMix64 finalizer chained " + rounds + " times in each of "
                + threads + " threads; CUDA events",
                () -> launch(hash, blocks, 1, THREADS, 1, parameters), () -> cuMemFree(out));
    }

    @Override
    public void close() {
        cuEventDestroy(start);
        cuEventDestroy(stop);
        cuModuleUnload(module);
        cuDevicePrimaryCtxRelease(device);
    }

    private TimedOperation timed(double work, String workUnit, String method, Runnable body, Runnable free) {
        return TimedOperation.of(work, workUnit, method, () -> {
            float[] milliseconds = new float[1];
            cuEventRecord(start, null);
            body.run();
            cuEventRecord(stop, null);
            cuEventSynchronize(stop);
            cuEventElapsedTime(milliseconds, start, stop);
            return milliseconds[0] / 1e3;
        }, () -> {
            cuCtxSynchronize();
            free.run();
        });
    }

    private static void launch(CUfunction function, int gridX, int gridY, int blockX, int blockY, Pointer parameters) {
        cuLaunchKernel(function, gridX, gridY, 1, blockX, blockY, 1, 0, (CUstream) null, parameters, null);
    }

    private int gridStrideBlocks(long n) {
        long needed = (n + THREADS - 1) / THREADS;
        return (int) Math.max(1, Math.min(needed, (long) multiprocessors * 32));
    }

    private static CUdeviceptr allocate(long bytes) {
        CUdeviceptr pointer = new CUdeviceptr();
        cuMemAlloc(pointer, bytes);
        return pointer;
    }

    private int attribute(int attribute) {
        int[] value = new int[1];
        cuDeviceGetAttribute(value, attribute, device);
        return value[0];
    }

    private DeviceInfo describe(int ordinal) {
        byte[] name = new byte[256];
        cuDeviceGetName(name, name.length, device);
        int[] driver = new int[1];
        cuDriverGetVersion(driver);
        long[] memory = new long[1];
        cuDeviceTotalMem(memory, device);
        String deviceName = new String(name, StandardCharsets.US_ASCII).trim().replace("\0", "");
        return new DeviceInfo(deviceName, "gpu",
                attribute(CUdevice_attribute.CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MAJOR) + "."
                        + attribute(CUdevice_attribute.CU_DEVICE_ATTRIBUTE_COMPUTE_CAPABILITY_MINOR),
                driver[0] / 1000 + "." + (driver[0] % 1000) / 10,
                "JCuda " + JCudaDriver.class.getPackage().getImplementationVersion() + " driver API, Java "
                        + System.getProperty("java.version") + ", device ordinal " + ordinal,
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " "
                        + System.getProperty("os.arch"),
                multiprocessors, memory[0]);
    }

    private static String ptx() {
        try (InputStream in = CudaMicrobenchmarks.class.getResourceAsStream(PTX)) {
            if (in == null) {
                throw new IllegalStateException("kernel resource " + PTX + " is missing from the jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + PTX, e);
        }
    }

    /** Host memory for transfers: page-locked from the driver, or a plain (pageable) Java array. */
    private static final class HostBuffer {
        private final boolean pinned;
        private final Pointer pointer;

        HostBuffer(long bytes, boolean pinned) {
            this.pinned = pinned;
            if (pinned) {
                pointer = new Pointer();
                cuMemAllocHost(pointer, bytes);
            } else {
                if (bytes > Integer.MAX_VALUE - 8) {
                    throw new IllegalArgumentException("pageable transfers are limited to 2 GiB, got " + bytes);
                }
                pointer = Pointer.to(new byte[(int) bytes]);
            }
        }

        Pointer pointer() {
            return pointer;
        }

        String kind() {
            return pinned ? "pinned (cuMemAllocHost)" : "pageable (Java byte[])";
        }

        void free() {
            if (pinned) {
                cuMemFreeHost(pointer);
            }
        }
    }
}
