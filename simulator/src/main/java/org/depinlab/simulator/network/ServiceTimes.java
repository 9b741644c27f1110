package org.depinlab.simulator.network;

import java.util.List;

import org.depinlab.gpubench.profile.ServiceTimeModel.Precision;
import org.depinlab.simulator.workload.Job;
import org.depinlab.simulator.workload.JobClass;

/**
 * How long a job runs on a node of a given model.
 *
 * <p>A job described by its work: the roofline model of the node's profile, with the work split
 * evenly over the job's GPUs; a job on a fraction f of one GPU gets that fraction of its
 * throughput, so it takes 1/f as long. A job replayed from a trace: the trace's duration, scaled by
 * the FP32 peak of the model it was recorded on over that of this model (1 when the trace names
 * no model in this network).
 */
public final class ServiceTimes {

    private final Network network;
    private final Precision[] precision;
    private final double[] efficiency;

    public ServiceTimes(Network network, List<JobClass> classes) {
        this.network = network;
        this.precision = classes.stream().map(JobClass::precision).toArray(Precision[]::new);
        this.efficiency = classes.stream().mapToDouble(JobClass::efficiency).toArray();
    }

    /** Seconds job {@code job} takes on a node of model index {@code m}. */
    public double seconds(Job job, int m) {
        if (!Double.isNaN(job.traceSeconds)) {
            if (job.traceModel < 0 || job.traceModel == m) {
                return job.traceSeconds;
            }
            return job.traceSeconds * network.serviceModels[job.traceModel].peak(Precision.FP32).value()
                    / network.serviceModels[m].peak(Precision.FP32).value();
        }
        int gpus = job.wholeGpus();
        double seconds = network.serviceModels[m].seconds(job.flop / gpus, job.bytesIn / gpus, job.bytesMoved / gpus,
                precision[job.jobClass], efficiency[job.jobClass]);
        return job.milliGpus < 1000 ? seconds * 1000.0 / job.milliGpus : seconds;
    }
}
