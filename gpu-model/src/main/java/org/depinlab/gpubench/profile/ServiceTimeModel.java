package org.depinlab.gpubench.profile;

/**
 * Roofline-style service time of a piece of GPU work from a profile's figures:
 *
 * <pre>
 *   time = launch + bytesIn / hostToDevice + max(flop / (peak · efficiency), bytesMoved / memoryBandwidth)
 * </pre>
 *
 * <p>The transfer term is dropped when the device has no host link (data already in its memory).
 * {@code efficiency} is the fraction of the peak that the work's kernels reach (1 for the
 * microbenchmark that measured the peak itself).
 */
public final class ServiceTimeModel {

    /** Arithmetic of the work: which peak applies. */
    public enum Precision { FP32, FP16 }

    private final ServiceFigures figures;
    // the figures' values, read once: the simulator calls seconds() for every job
    private final double launch;
    private final double hostToDevice;
    private final double memoryBandwidth;
    private final double fp32Peak;
    private final double fp16Peak;

    public ServiceTimeModel(ServiceFigures figures) {
        this.figures = figures;
        this.launch = figures.launchLatency().value();
        this.hostToDevice = figures.hostToDevice() == null ? Double.POSITIVE_INFINITY : figures.hostToDevice().value();
        this.memoryBandwidth = figures.memoryBandwidth().value();
        this.fp32Peak = figures.fp32Peak().value();
        this.fp16Peak = figures.fp16Peak() == null ? fp32Peak : figures.fp16Peak().value();
    }

    /**
     * Seconds to serve the work.
     *
     * @param flop       floating-point operations
     * @param bytesIn    bytes copied from host to device first
     * @param bytesMoved bytes read plus written in device memory
     * @param precision  which peak applies; FP16 falls back to FP32 on a device without an FP16 figure
     * @param efficiency fraction of the peak reached, in (0, 1]
     */
    public double seconds(double flop, double bytesIn, double bytesMoved, Precision precision, double efficiency) {
        if (!(efficiency > 0 && efficiency <= 1)) {
            throw new IllegalArgumentException("efficiency must be in (0, 1], got " + efficiency);
        }
        if (flop < 0 || bytesIn < 0 || bytesMoved < 0) {
            throw new IllegalArgumentException("work must be >= 0: flop=" + flop + " bytesIn=" + bytesIn
                    + " bytesMoved=" + bytesMoved);
        }
        double transfer = bytesIn / hostToDevice;
        double compute = flop / ((precision == Precision.FP16 ? fp16Peak : fp32Peak) * efficiency);
        double memory = bytesMoved / memoryBandwidth;
        return launch + transfer + Math.max(compute, memory);
    }

    /** The peak that applies to {@code precision}. */
    public Figure peak(Precision precision) {
        return precision == Precision.FP16 && figures.fp16Peak() != null ? figures.fp16Peak() : figures.fp32Peak();
    }
}
