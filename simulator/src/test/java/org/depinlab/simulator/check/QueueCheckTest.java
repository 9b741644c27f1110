package org.depinlab.simulator.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import java.util.concurrent.ForkJoinPool;

import org.junit.jupiter.api.Test;

/**
 * The engine against queueing theory: each reference queue's simulated mean wait over 30
 * independent replications must contain the analytic value in its 95 % confidence interval.
 * Seeds are fixed, so these tests are deterministic.
 */
class QueueCheckTest {

    private static final CheckSettings SETTINGS = new CheckSettings(30, 5_000, 50_000, 0.95, 1);

    private static void assertInsideInterval(QueueCase queue, double expectedWait) {
        assertEquals(expectedWait, queue.analyticMeanWait(), 1e-4, "analytic mean wait of " + queue.describe());
        CaseResult result = new QueueCheck(SETTINGS).run(queue);
        assertTrue(result.passed(), String.format(Locale.ROOT,
                "%s: %s gives Wq = %.4f s, simulated %.4f s, 95%% CI [%.4f, %.4f] over %d replications",
                queue.describe(), queue.formula(), result.analyticWait(), result.simulatedWait(), result.lower(),
                result.upper(), result.replications()));
        assertTrue(result.halfWidth() < 0.05 * expectedWait,
                "interval too wide to mean anything: half-width " + result.halfWidth());
    }

    @Test
    void mm1WaitMatchesErlangCWithLambda08Mu1() {
        // rho / (mu - lambda) = 0.8 / 0.2
        assertInsideInterval(new QueueCase(1, 0.8, new ServiceTime.Exponential(1)), 4.0);
    }

    @Test
    void mm10WaitMatchesErlangCWithLambda8Mu1() {
        // C(10, 8) = 0.40918 by the direct sum; Wq = C / (10 - 8)
        assertInsideInterval(new QueueCase(10, 8, new ServiceTime.Exponential(1)), 0.20459);
    }

    @Test
    void mm16WaitMatchesErlangCWithLambda14Mu1() {
        assertInsideInterval(new QueueCase(16, 14, new ServiceTime.Exponential(1)),
                QueueingFormulas.erlangC(16, 14) / 2);
    }

    @Test
    void md1WaitMatchesPollaczekKhinchineWithLambda08D1() {
        // lambda D^2 / (2(1 - rho)) = 0.8 / 0.4
        assertInsideInterval(new QueueCase(1, 0.8, new ServiceTime.Deterministic(1)), 2.0);
    }

    @Test
    void mg1LognormalWaitMatchesPollaczekKhinchineWithLambda07Mean1Scv15() {
        // lambda E[S^2] / (2(1 - rho)) = 0.7 * (1 + 1.5) / 0.6
        assertInsideInterval(new QueueCase(1, 0.7, new ServiceTime.LogNormal(1, 1.5)), 0.7 * 2.5 / 0.6);
    }

    @Test
    void littlesLawHoldsWithinOnePercentOnALongRun() {
        QueueCase queue = new QueueCase(10, 8, new ServiceTime.Exponential(1));
        ReplicationResult run = new FifoQueueSimulation(queue, 2026, 0, 2_000_000).run();
        double littleL = run.arrivalRate() * run.meanSojourn();
        assertEquals(run.timeAverageInSystem(), littleL, 0.01 * run.timeAverageInSystem(), String.format(Locale.ROOT,
                "L = %.4f (time average) vs lambda W = %.4f/s x %.4f s = %.4f", run.timeAverageInSystem(),
                run.arrivalRate(), run.meanSojourn(), littleL));
        // and both agree with the M/M/c value L = lambda (Wq + 1/mu) = 8 * (0.20459 + 1)
        assertEquals(8 * (0.20459 + 1), run.timeAverageInSystem(), 0.02 * 8 * 1.20459);
    }

    @Test
    void replicationIsReproducibleFromItsSeed() {
        QueueCase queue = new QueueCase(1, 0.7, new ServiceTime.LogNormal(1, 1.5));
        assertEquals(new FifoQueueSimulation(queue, 5, 100, 10_000).run(),
                new FifoQueueSimulation(queue, 5, 100, 10_000).run());
    }

    @Test
    void checkResultIsTheSameWhateverTheThreadCount() {
        QueueCase queue = new QueueCase(1, 0.8, new ServiceTime.Deterministic(1));
        QueueCheck check = new QueueCheck(new CheckSettings(8, 100, 2_000, 0.95, 3));
        // a parallel stream started inside a pool's task runs on that pool
        ForkJoinPool one = new ForkJoinPool(1);
        ForkJoinPool four = new ForkJoinPool(4);
        try {
            assertEquals(one.submit(() -> check.run(queue)).join(), four.submit(() -> check.run(queue)).join());
        } finally {
            one.shutdown();
            four.shutdown();
        }
    }
}
