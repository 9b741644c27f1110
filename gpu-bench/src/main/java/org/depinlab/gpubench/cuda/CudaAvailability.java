package org.depinlab.gpubench.cuda;

import jcuda.CudaException;
import jcuda.driver.JCudaDriver;

/**
 * Whether the GPU benchmarks can run here, and if not, why: no JCuda natives for this platform, no
 * NVIDIA driver ({@code libcuda.so.1}), the driver refusing to initialise, or no device.
 *
 * @param available true when at least one CUDA device answered
 * @param devices   number of CUDA devices
 * @param reason    why not, when not available (one line, for the user); empty otherwise
 */
public record CudaAvailability(boolean available, int devices, String reason) {

    /**
     * Whether CUDA is usable in this JVM; probed once (a native library that failed to load cannot
     * be loaded again, so later probes repeat the first answer). Never throws.
     */
    public static CudaAvailability probe() {
        return Probe.RESULT;
    }

    private static final class Probe {
        static final CudaAvailability RESULT = run();
    }

    private static CudaAvailability run() {
        try {
            JCudaDriver.setExceptionsEnabled(true);
            JCudaDriver.cuInit(0);
            int[] count = new int[1];
            JCudaDriver.cuDeviceGetCount(count);
            if (count[0] == 0) {
                return new CudaAvailability(false, 0, "the NVIDIA driver reports no CUDA device");
            }
            return new CudaAvailability(true, count[0], "");
        } catch (LinkageError e) {
            return new CudaAvailability(false, 0, "the JCuda driver natives could not be loaded (they need the NVIDIA"
                    + " driver's libcuda.so.1): " + linkFailure(e));
        } catch (CudaException e) {
            return new CudaAvailability(false, 0, "the CUDA driver did not initialise: " + firstLine(e));
        }
    }

    /** JCuda's message holds every load attempt; the line naming a missing shared object says most. */
    private static String linkFailure(LinkageError e) {
        String message = String.valueOf(e.getMessage());
        for (String line : message.split("\n")) {
            int missing = line.indexOf(".so: ");
            if (line.contains("cannot open shared object file") && missing >= 0) {
                return line.substring(missing + ".so: ".length()).strip();
            }
        }
        return firstLine(e);
    }

    private static String firstLine(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getMessage() == null) {
            cause = cause.getCause();
        }
        String message = String.valueOf(cause.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
