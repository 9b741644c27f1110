package org.depinlab.simulator.workload;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

import org.depinlab.simulator.engine.RandomStream;

/** The jobs of a run: synthetic (an arrival process and job classes) or a trace replay. */
public sealed interface WorkloadConfig {

    /** Most jobs waiting at once; an arrival that finds the queue full is dropped. */
    int maxQueue();

    /** The classes jobs are drawn from, by class index; none for a trace, whose jobs carry their durations. */
    List<JobClass> classes();

    /** The names results are reported under, by job class index. */
    List<String> classNames();

    /** How demand answers price and service; empty: it does not (a trace's never does). */
    default Optional<DemandResponse> demandResponse() {
        return Optional.empty();
    }

    /**
     * The run's jobs, in arrival order.
     *
     * @param networkModels catalogue ids of the network's models, by index
     * @param resolve       catalogue id of a model name or alias
     * @param streams       the run's random stream of a name
     * @param endTime       no arrivals after this time
     * @param demand        the running demand multiplier with a {@link #demandResponse()}; null without
     */
    JobSource jobs(List<String> networkModels, Function<String, String> resolve,
                   Function<String, RandomStream> streams, Job.Events events, double endTime, DemandLevel demand);

    /**
     * Jobs drawn from {@code classes} at times from {@code arrivals}, scaled by demand's response to
     * price and service when {@code demandResponse} is present.
     */
    record Synthetic(ArrivalProcess arrivals, List<JobClass> classes, int maxQueue,
                     Optional<DemandResponse> demandResponse) implements WorkloadConfig {

        /** Demand that does not answer price or service. */
        public Synthetic(ArrivalProcess arrivals, List<JobClass> classes, int maxQueue) {
            this(arrivals, classes, maxQueue, Optional.empty());
        }

        public Synthetic {
            Objects.requireNonNull(demandResponse, "demand response (empty for none)");
            classes = List.copyOf(classes);
            if (classes.isEmpty()) {
                throw new IllegalArgumentException("a workload needs at least one job class");
            }
            requireQueue(maxQueue);
        }

        @Override
        public List<String> classNames() {
            return classes.stream().map(JobClass::name).toList();
        }

        @Override
        public JobSource jobs(List<String> networkModels, Function<String, String> resolve,
                              Function<String, RandomStream> streams, Job.Events events, double endTime,
                              DemandLevel demand) {
            SyntheticJobs.Thinning thinning = demandResponse.isEmpty() ? null
                    : new SyntheticJobs.Thinning(demand, demandResponse.get().maxMultiplier(), streams.apply("demand"));
            return new SyntheticJobs(arrivals, classes, networkModels, resolve, streams.apply("arrivals"),
                    streams.apply("jobs"), events, endTime, thinning);
        }
    }

    /** The pods of a trace, replayed; they are reported as one class, {@value #CLASS_NAME}. */
    record Trace(TraceReplay replay, int maxQueue) implements WorkloadConfig {

        public static final String CLASS_NAME = "trace";

        public Trace {
            requireQueue(maxQueue);
        }

        @Override
        public List<JobClass> classes() {
            return List.of();
        }

        @Override
        public List<String> classNames() {
            return List.of(CLASS_NAME);
        }

        @Override
        public JobSource jobs(List<String> networkModels, Function<String, String> resolve,
                              Function<String, RandomStream> streams, Job.Events events, double endTime,
                              DemandLevel demand) {
            return new TraceJobs(replay, networkModels, resolve, events, endTime);
        }
    }

    private static void requireQueue(int maxQueue) {
        if (maxQueue < 0) {
            throw new IllegalArgumentException("max queue must be >= 0, got " + maxQueue);
        }
    }
}
