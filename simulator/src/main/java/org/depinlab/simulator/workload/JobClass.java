package org.depinlab.simulator.workload;

import java.util.List;

import org.depinlab.gpubench.profile.ServiceTimeModel.Precision;

/**
 * A class of jobs (inference, training, rendering, hashing, …) and the distributions its jobs are
 * drawn from.
 *
 * @param name              class name, reported per class
 * @param weight            relative share of arrivals
 * @param flop              work per job, FLOP (all GPUs together)
 * @param bytesIn           bytes copied host to device before the work
 * @param bytesMoved        bytes read plus written in device memory
 * @param precision         which peak the work runs at
 * @param efficiency        fraction of that peak the job's kernels reach, (0, 1]
 * @param gpus              GPUs per job: a whole number 1-8, or a fraction of one GPU (e.g. 0.5)
 * @param vramGb            device memory needed per GPU, GB
 * @param allowedModels     catalogue ids the job may run on; empty means any
 * @param maxPriceUsdPerGpuHour the most the job pays per GPU-hour (asks above it are not eligible)
 * @param patienceSeconds   how long the job waits in queue before it gives up (reneges); null: forever
 */
public record JobClass(String name, double weight, Distribution flop, Distribution bytesIn, Distribution bytesMoved,
                       Precision precision, double efficiency, double gpus, double vramGb, List<String> allowedModels,
                       double maxPriceUsdPerGpuHour, Distribution patienceSeconds) {

    public JobClass {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a job class needs a name");
        }
        if (!(weight > 0)) {
            throw new IllegalArgumentException("job class " + name + ": weight must be > 0, got " + weight);
        }
        if (!(efficiency > 0 && efficiency <= 1)) {
            throw new IllegalArgumentException("job class " + name + ": efficiency must be in (0, 1], got " + efficiency);
        }
        if (!(gpus > 0 && gpus <= 8) || (gpus > 1 && gpus != Math.rint(gpus))) {
            throw new IllegalArgumentException("job class " + name + ": gpus must be a fraction in (0, 1] or a whole"
                    + " number 1-8, got " + gpus);
        }
        if (!(vramGb >= 0)) {
            throw new IllegalArgumentException("job class " + name + ": vram must be >= 0 GB, got " + vramGb);
        }
        if (!(maxPriceUsdPerGpuHour > 0)) {
            throw new IllegalArgumentException("job class " + name + ": max price must be > 0 USD per GPU-hour");
        }
        allowedModels = allowedModels == null ? List.of() : List.copyOf(allowedModels);
    }

    /** GPU demand in thousandths of a GPU (1000 per whole GPU). */
    public int milliGpus() {
        return (int) Math.round(gpus * 1000);
    }
}
