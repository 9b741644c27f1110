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

    public ServiceTimeModel(ServiceFigures figures) {
        this.figures = figures;
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
        double transfer = figures.hostToDevice() == null || bytesIn == 0 ? 0 : bytesIn / figures.hostToDevice().value();
        double compute = flop / (peak(precision).value() * efficiency);
        double memory = bytesMoved / figures.memoryBandwidth().value();
        return figures.launchLatency().value() + transfer + Math.max(compute, memory);
    }

    /** The peak that applies to {@code precision}. */
    public Figure peak(Precision precision) {
        return precision == Precision.FP16 && figures.fp16Peak() != null ? figures.fp16Peak() : figures.fp32Peak();
    }
}
