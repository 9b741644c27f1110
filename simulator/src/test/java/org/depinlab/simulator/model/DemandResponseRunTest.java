package org.depinlab.simulator.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.depinlab.simulator.market.Matching;
import org.depinlab.simulator.network.NodeSpec;
import org.depinlab.simulator.workload.ArrivalProcess;
import org.depinlab.simulator.workload.DemandEpoch;
import org.depinlab.simulator.workload.DemandResponse;
import org.depinlab.simulator.workload.WorkloadConfig;
import org.junit.jupiter.api.Test;

/** Demand that answers the network's price and service, through the whole model. */
class DemandResponseRunTest {

    private static final double SECONDS = 100_000;

    @Test
    void arrivalsFallWithPriceAtTheConfiguredElasticity() {
        double elasticity = 1.2;
        DemandResponse response = new DemandResponse(2.0, elasticity, 0, 24, 1);
        long cheap = run(2.5, 20, Integer.MAX_VALUE, Optional.of(response)).arrived();
        long dear = run(5.0, 20, Integer.MAX_VALUE, Optional.of(response)).arrived();
        // 200 000 candidates, the same ones at both prices (max multiplier 1): the dear run keeps a
        // binomial share m(5)/m(2.5) = 0.435 of the ~153 000 the cheap run keeps, so the log-ratio has a
        // standard error of about 0.003, 0.004 on the elasticity; 0.02 is five of them
        double measured = -Math.log((double) dear / cheap) / Math.log(5.0 / 2.5);
        assertEquals(elasticity, measured, 0.02, "arrivals " + cheap + " at 2.5 USD, " + dear + " at 5 USD");
        // and the level itself: (2.5 / 2)^-1.2 of the 200 000 candidates, within four binomial sd
        double expected = 2 * SECONDS * Math.pow(1.25, -elasticity);
        assertEquals(expected, cheap, 4 * Math.sqrt(expected));
    }

    @Test
    void theNetworkPriceIsTheVolumeWeightedAskPaid() {
        List<NodeSpec> nodes = new ArrayList<>();
        nodes.add(new NodeSpec("op", "H100-SXM", 1, "eu", 0.2, 1.0, 1, 1));
        nodes.add(new NodeSpec("op", "H100-SXM", 1, "eu", 0.2, 3.0, 1, 1));
        RunResult result = run(nodes, 2.0, Integer.MAX_VALUE, Optional.of(new DemandResponse(2.0, 1, 0, 1, 4)));
        for (int e = 0; e < result.epochs().size(); e++) {
            EpochStats stats = result.epochs().get(e);
            DemandEpoch demand = result.demand().get(e);
            assertEquals(stats.feeRevenueUsd() / (stats.gpuSecondsDelivered() / 3600),
                    demand.networkPriceUsdPerGpuHour(), 1e-9);
            assertTrue(demand.networkPriceUsdPerGpuHour() > 1 && demand.networkPriceUsdPerGpuHour() < 3);
            // no smoothing: the multiplier is the target, 2 / price
            assertEquals(2.0 / demand.networkPriceUsdPerGpuHour(), demand.multiplier(), 1e-12);
        }
    }

    @Test
    void demandFallsWhenCompletionsFall() {
        // one node, twice the load it can serve, a short queue: about half the jobs are dropped
        DemandResponse quality = new DemandResponse(1.0, 0, 1, 4, 1);
        DemandResponse indifferent = new DemandResponse(1.0, 0, 0, 4, 1);
        RunResult served = run(1.0, 1, 5, Optional.of(indifferent));
        RunResult answered = run(1.0, 1, 5, Optional.of(quality));
        assertTrue(answered.arrived() < 0.8 * served.arrived(),
                answered.arrived() + " arrivals answering service, " + served.arrived() + " without");
        DemandEpoch last = answered.demand().get(answered.demand().size() - 1);
        assertTrue(last.completionShare() < 1 && last.multiplier() < 1, last.toString());
        for (DemandEpoch epoch : answered.demand()) {
            assertEquals(epoch.completionShare(), epoch.target(), 1e-12);
        }
    }

    @Test
    void longWaitsLowerDemandAndTheMeanWaitIsThatOfTheJobsCompletedInTheEpoch() {
        // one node, twice the load it can serve, an unbounded queue: waits grow
        DemandResponse waits = new DemandResponse(1.0, 0, 0, 1, 1, 1, 600);
        ModelConfig config = new ModelConfig(TestNetworks.explicit(List.of(new NodeSpec("op", "H100-SXM", 1, "eu", 0.2,
                1.0, 1, 1))), new WorkloadConfig.Synthetic(new ArrivalProcess.Poisson(2.0),
                List.of(TestNetworks.exponentialJobs("job", 1)), Integer.MAX_VALUE, Optional.of(waits)),
                Matching.FIRST_FIT, SECONDS, 3_600);
        NetworkModel model = new NetworkModel(config, 2026, TestNetworks.exactProfiles());
        double[] waited = new double[(int) (SECONDS / 3_600) + 1];
        long[] completed = new long[waited.length];
        model.setCompletionListener((job, node, now) -> {
            // an epoch ending at `now` counts the completions up to it
            int epoch = (int) Math.min(Math.ceil(now / 3_600) - 1, waited.length - 1);
            waited[epoch] += now - job.arrivalTime - job.serviceSeconds;
            completed[epoch]++;
        });
        RunResult result = model.run();
        for (DemandEpoch epoch : result.demand()) {
            int e = epoch.epoch();
            double mean = completed[e] == 0 ? 0 : waited[e] / completed[e];
            assertEquals(mean, epoch.meanWaitSeconds(), 1e-9 * Math.max(1, mean), "epoch " + e);
            assertEquals(Math.min(1, 1 / (1 + mean / 600)), epoch.target(), 1e-12, "epoch " + e);
        }
        DemandEpoch last = result.demand().get(result.demand().size() - 1);
        assertTrue(last.meanWaitSeconds() > 600 && last.multiplier() < 0.5, last.toString());
    }

    @Test
    void withoutADemandResponseTheArrivalsAreThoseOfTheProcess() {
        RunResult fixed = run(5.0, 20, Integer.MAX_VALUE, Optional.empty());
        RunResult unit = run(5.0, 20, Integer.MAX_VALUE, Optional.of(new DemandResponse(5.0, 1, 1, 1, 1)));
        assertTrue(fixed.demand().isEmpty());
        // at the reference price with full service the multiplier is 1: the same candidates, all kept
        assertEquals(fixed.arrived(), unit.arrived());
        assertEquals(fixed.completed(), unit.completed());
        assertEquals(fixed.latency(), unit.latency());
    }

    private static RunResult run(double ask, int nodes, int maxQueue, Optional<DemandResponse> demand) {
        List<NodeSpec> specs = new ArrayList<>();
        for (int i = 0; i < nodes; i++) {
            specs.add(new NodeSpec("op", "H100-SXM", 1, "eu", 0.2, ask, 1, 1));
        }
        return run(specs, 2.0, maxQueue, demand);
    }

    private static RunResult run(List<NodeSpec> nodes, double perSecond, int maxQueue,
                                 Optional<DemandResponse> demand) {
        ModelConfig config = new ModelConfig(TestNetworks.explicit(nodes),
                new WorkloadConfig.Synthetic(new ArrivalProcess.Poisson(perSecond),
                        List.of(TestNetworks.exponentialJobs("job", 1)), maxQueue, demand),
                Matching.FIRST_FIT, SECONDS, 3_600);
        return new NetworkModel(config, 2026, TestNetworks.exactProfiles()).run();
    }
}
