package org.depinlab.simulator.workload;

import java.util.List;
import java.util.function.Function;

import org.depinlab.simulator.engine.RandomStream;

/**
 * Jobs drawn from job classes at times from an arrival process. Arrival times come from one
 * stream ({@code "arrivals"}), job attributes from another ({@code "jobs"}), so a change to the
 * job mix does not move the arrival times.
 */
public final class SyntheticJobs implements JobSource {

    private final ArrivalTimes times;
    private final RandomStream jobs;
    private final double[] cumulativeWeight;
    private final Distribution.Sampler[] flop;
    private final Distribution.Sampler[] bytesIn;
    private final Distribution.Sampler[] bytesMoved;
    private final Distribution.Sampler[] patience;
    private final int[] milliGpus;
    private final long[] vramBytes;
    private final long[] allowed;
    private final double[] maxPrice;
    private final Job.Events events;
    private final double endTime;
    private double last;
    private long nextId;

    /**
     * @param networkModels catalogue ids of the network's models, by index
     * @param resolve       catalogue id of a model name or alias
     * @param endTime       no arrivals after this time
     */
    public SyntheticJobs(ArrivalProcess arrivals, List<JobClass> classes, List<String> networkModels,
                         Function<String, String> resolve, RandomStream arrivalStream, RandomStream jobStream,
                         Job.Events events, double endTime) {
        this.times = arrivals.times(arrivalStream);
        this.jobs = jobStream;
        this.events = events;
        this.endTime = endTime;
        int n = classes.size();
        cumulativeWeight = new double[n];
        flop = new Distribution.Sampler[n];
        bytesIn = new Distribution.Sampler[n];
        bytesMoved = new Distribution.Sampler[n];
        patience = new Distribution.Sampler[n];
        milliGpus = new int[n];
        vramBytes = new long[n];
        allowed = new long[n];
        maxPrice = new double[n];
        double sum = 0;
        for (int c = 0; c < n; c++) {
            JobClass jobClass = classes.get(c);
            sum += jobClass.weight();
            cumulativeWeight[c] = sum;
            flop[c] = jobClass.flop().sampler(jobStream);
            bytesIn[c] = jobClass.bytesIn().sampler(jobStream);
            bytesMoved[c] = jobClass.bytesMoved().sampler(jobStream);
            patience[c] = jobClass.patienceSeconds() == null ? null : jobClass.patienceSeconds().sampler(jobStream);
            milliGpus[c] = jobClass.milliGpus();
            vramBytes[c] = Math.round(jobClass.vramGb() * 1e9);
            allowed[c] = ModelMask.of(jobClass.allowedModels(), networkModels, resolve);
            maxPrice[c] = jobClass.maxPriceUsdPerGpuHour();
        }
    }

    @Override
    public Job next() {
        double t = times.next(last);
        if (t > endTime) {
            return null;
        }
        last = t;
        double u = jobs.nextDouble() * cumulativeWeight[cumulativeWeight.length - 1];
        int c = 0;
        while (c < cumulativeWeight.length - 1 && u >= cumulativeWeight[c]) {
            c++;
        }
        double deadline = patience[c] == null ? Double.POSITIVE_INFINITY : t + patience[c].sample();
        return new Job(nextId++, c, t, flop[c].sample(), bytesIn[c].sample(), bytesMoved[c].sample(), milliGpus[c],
                vramBytes[c], allowed[c], maxPrice[c], deadline, Double.NaN, -1, events);
    }
}
