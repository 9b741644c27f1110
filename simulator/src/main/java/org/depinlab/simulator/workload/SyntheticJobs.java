package org.depinlab.simulator.workload;

import java.util.List;
import java.util.function.Function;

import org.depinlab.simulator.engine.RandomStream;

/**
 * Jobs drawn from job classes at times from an arrival process. Arrival times come from one
 * stream ({@code "arrivals"}), job attributes from another ({@code "jobs"}), so a change to the
 * job mix does not move the arrival times.
 *
 * <p>With a {@link DemandLevel}, candidates arrive at {@code maxMultiplier} times the process's
 * rate and each is kept with probability {@code multiplier / maxMultiplier} (thinning, with its
 * own stream {@code "demand"}), so the process's shape is kept and its rate scaled by the
 * multiplier. A candidate is judged by the multiplier in force when it is drawn, that is at the
 * previous arrival: the one candidate per epoch drawn before an epoch end and falling after it is
 * judged by the previous epoch's multiplier.
 */
public final class SyntheticJobs implements JobSource {

    private final ArrivalTimes times;
    /** Null: every arrival is kept. */
    private final DemandLevel demand;
    private final RandomStream thinning;
    private final double maxMultiplier;
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
     * @param demand        the demand multiplier and the stream that thins by it; null: none
     */
    public SyntheticJobs(ArrivalProcess arrivals, List<JobClass> classes, List<String> networkModels,
                         Function<String, String> resolve, RandomStream arrivalStream, RandomStream jobStream,
                         Job.Events events, double endTime, Thinning demand) {
        if (demand == null) {
            this.times = arrivals.times(arrivalStream);
            this.demand = null;
            this.thinning = null;
            this.maxMultiplier = 1;
        } else {
            this.times = arrivals.scaled(demand.maxMultiplier()).times(arrivalStream);
            this.demand = demand.level();
            this.thinning = demand.stream();
            this.maxMultiplier = demand.maxMultiplier();
        }
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
        if (demand != null) {
            while (t <= endTime && thinning.nextDouble() * maxMultiplier >= demand.multiplier()) {
                t = times.next(t);
            }
        }
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

    /**
     * Demand that scales the arrivals.
     *
     * @param level         the multiplier, set by the model every epoch
     * @param maxMultiplier the most the multiplier can be (candidates come at this multiple of the rate)
     * @param stream        the thinning's own stream
     */
    public record Thinning(DemandLevel level, double maxMultiplier, RandomStream stream) {
    }
}
