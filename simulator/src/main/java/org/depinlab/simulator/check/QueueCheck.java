package org.depinlab.simulator.check;

import java.util.List;
import java.util.stream.IntStream;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.depinlab.simulator.engine.RandomStreams;

/**
 * Runs the engine on reference queues and compares each simulated mean wait with its formula.
 *
 * <p>Replications are independent (each has its own seed derived from the master seed, the
 * queue and the replication index), so they run in parallel and the result does not depend on
 * the number of threads. With a correct engine each case still falls outside its interval with
 * probability 1 − confidence; the default seed is fixed, so a given check is reproducible.
 */
public final class QueueCheck {

    private final CheckSettings settings;

    public QueueCheck(CheckSettings settings) {
        this.settings = settings;
    }

    /**
     * The reference queues of {@code depinlab check}: M/M/1, M/M/10, M/D/1 and M/G/1 with
     * lognormal service, all with mean service 1 s.
     */
    public static List<QueueCase> referenceCases() {
        return List.of(
                new QueueCase(1, 0.8, new ServiceTime.Exponential(1)),
                new QueueCase(10, 8, new ServiceTime.Exponential(1)),
                new QueueCase(1, 0.8, new ServiceTime.Deterministic(1)),
                new QueueCase(1, 0.7, new ServiceTime.LogNormal(1, 1.5)));
    }

    /** Runs every replication of {@code queue} and builds the confidence interval. */
    public CaseResult run(QueueCase queue) {
        long caseSeed = RandomStreams.streamSeed(settings.seed(), queue.describe());
        ReplicationResult[] results = IntStream.range(0, settings.replications())
                .parallel()
                .mapToObj(r -> new FifoQueueSimulation(queue, RandomStreams.childSeed(caseSeed, r),
                        settings.warmupCustomers(), settings.measuredCustomers()).run())
                .toArray(ReplicationResult[]::new);
        SummaryStatistics waits = new SummaryStatistics();
        long events = 0;
        for (ReplicationResult result : results) {
            waits.addValue(result.meanWait());
            events += result.events();
        }
        int n = settings.replications();
        double t = new TDistribution(n - 1).inverseCumulativeProbability(1 - (1 - settings.confidence()) / 2);
        double halfWidth = t * waits.getStandardDeviation() / Math.sqrt(n);
        return new CaseResult(queue, queue.analyticMeanWait(), waits.getMean(), halfWidth, settings.confidence(), n,
                events);
    }
}
