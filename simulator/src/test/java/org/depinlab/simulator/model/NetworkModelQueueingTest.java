package org.depinlab.simulator.model;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.apache.commons.math3.distribution.TDistribution;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.depinlab.simulator.check.QueueingFormulas;
import org.depinlab.simulator.engine.RandomStreams;
import org.depinlab.simulator.market.Matching;
import org.depinlab.simulator.workload.ArrivalProcess;
import org.depinlab.simulator.workload.WorkloadConfig;
import org.junit.jupiter.api.Test;

/** The engine check again, now through the whole network model. */
class NetworkModelQueueingTest {

    @Test
    void tenIdenticalNodesServeLikeAnMm10QueueErlangCLambda8Mu1() {
        int servers = 10;
        double lambda = 8;
        double analytic = QueueingFormulas.mmcMeanWait(lambda, 1, servers);
        ModelConfig config = new ModelConfig(TestNetworks.explicit(TestNetworks.identicalNodes("H100-SXM", servers)),
                new WorkloadConfig.Synthetic(new ArrivalProcess.Poisson(lambda),
                        List.of(TestNetworks.exponentialJobs("job", 1)), Integer.MAX_VALUE),
                Matching.FIRST_FIT, 12_500, 12_500);
        SummaryStatistics waits = new SummaryStatistics();
        int replications = 30;
        for (int r = 0; r < replications; r++) {
            RunResult result = new NetworkModel(config, RandomStreams.childSeed(2026, r), TestNetworks.exactProfiles())
                    .run();
            waits.addValue(result.latency().get(0).waitMean());
        }
        double halfWidth = new TDistribution(replications - 1).inverseCumulativeProbability(0.975)
                * waits.getStandardDeviation() / Math.sqrt(replications);
        assertTrue(Math.abs(waits.getMean() - analytic) <= halfWidth, String.format(Locale.ROOT,
                "Erlang C M/M/10 lambda=8 mu=1: Wq = %.4f s; simulated %.4f s, 95%% CI [%.4f, %.4f] over %d runs",
                analytic, waits.getMean(), waits.getMean() - halfWidth, waits.getMean() + halfWidth, replications));
    }
}
