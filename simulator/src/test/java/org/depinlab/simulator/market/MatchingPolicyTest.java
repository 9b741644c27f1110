package org.depinlab.simulator.market;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.commons.math3.stat.inference.ChiSquareTest;
import org.depinlab.gpubench.profile.ServiceTimeModel.Precision;
import org.depinlab.simulator.engine.RandomStreams;
import org.depinlab.simulator.model.TestNetworks;
import org.depinlab.simulator.network.Network;
import org.depinlab.simulator.network.NodeSpec;
import org.depinlab.simulator.network.ServiceTimes;
import org.depinlab.simulator.workload.Distribution;
import org.depinlab.simulator.workload.Job;
import org.depinlab.simulator.workload.JobClass;
import org.junit.jupiter.api.Test;

/** Each matching policy's defining property. */
class MatchingPolicyTest {

    private static final JobClass ONE_GPU = new JobClass("job", 1, new Distribution.Deterministic(1e12),
            new Distribution.Deterministic(0), new Distribution.Deterministic(0), Precision.FP32, 1, 1, 1, List.of(), 100,
            null);

    private static Job job(double maxPrice) {
        return new Job(0, 0, 0, 1e13, 0, 1e9, 1000, 1_000_000_000L, -1L, maxPrice, Double.POSITIVE_INFINITY, Double.NaN,
                -1, j -> { });
    }

    private static MatchContext context(Network network, CapacityIndex index) {
        return new MatchContext(network, index, new ServiceTimes(network, List.of(ONE_GPU)),
                new RandomStreams(42).stream("matching"));
    }

    private static void occupy(Network network, CapacityIndex index, int node) {
        network.freeMilli[node] = 0;
        index.update(node);
    }

    @Test
    void fastestFirstPicksTheFreeNodeThatFinishesSoonest() {
        // T4 (8.1 TFLOP/s spec-derived) before H100 (1 TFLOP/s test peak) before V100 in the list
        Network network = TestNetworks.build(List.of(new NodeSpec("a", "H100-SXM", 1, "eu", 0.1, 1, 1, 1),
                new NodeSpec("a", "T4", 1, "eu", 0.1, 1, 1, 1), new NodeSpec("a", "V100-16GB", 1, "eu", 0.1, 1, 1, 1)));
        CapacityIndex index = new CapacityIndex(network, null);
        MatchContext context = context(network, index);
        double[] seconds = new double[3];
        for (int m = 0; m < 3; m++) {
            seconds[m] = context.serviceTimes().seconds(job(10), m);
        }
        int fastest = 0;
        for (int m = 1; m < 3; m++) {
            if (seconds[m] < seconds[fastest]) {
                fastest = m;
            }
        }
        int chosen = new FastestFirst().select(job(10), context);
        assertEquals(fastest, network.model[chosen], "predicted seconds per model " + java.util.Arrays.toString(seconds));
        occupy(network, index, chosen);
        int next = new FastestFirst().select(job(10), context);
        for (int n = 0; n < network.nodeCount(); n++) {
            if (n != chosen && n != next) {
                assertTrue(seconds[network.model[next]] <= seconds[network.model[n]],
                        "with the fastest busy, the next fastest free node wins");
            }
        }
    }

    @Test
    void reverseAuctionPicksTheLowestEligibleAskAndNeverOneAboveTheMaxPrice() {
        Network network = TestNetworks.build(List.of(new NodeSpec("a", "T4", 1, "eu", 0.1, 3.0, 1, 1),
                new NodeSpec("b", "H100-SXM", 1, "eu", 0.1, 1.5, 1, 1), new NodeSpec("c", "T4", 1, "eu", 0.1, 2.0, 1, 1),
                new NodeSpec("d", "H100-SXM", 1, "eu", 0.1, 5.0, 1, 1)));
        CapacityIndex index = new CapacityIndex(network, null);
        MatchContext context = context(network, index);
        LowestPrice auction = new LowestPrice();
        double[] expected = {1.5, 2.0, 3.0};
        for (double ask : expected) {
            int node = auction.select(job(4.0), context);
            assertEquals(ask, network.askUsdPerGpuHour[node]);
            occupy(network, index, node);
        }
        assertEquals(-1, auction.select(job(4.0), context), "the only free node asks 5.0, above the job's 4.0");
        assertEquals(5.0, network.askUsdPerGpuHour[auction.select(job(5.0), context)]);
    }

    @Test
    void stakeWeightedSelectionFrequenciesAreProportionalToStake() {
        double[] stakes = {1, 2, 3, 4, 10};
        List<NodeSpec> specs = new java.util.ArrayList<>();
        for (double stake : stakes) {
            specs.add(new NodeSpec("op", "H100-SXM", 1, "eu", 0.1, 1, stake, 1));
        }
        Network network = TestNetworks.build(specs);
        CapacityIndex index = new CapacityIndex(network, network.stakeTokens);
        MatchContext context = context(network, index);
        long[] counts = new long[stakes.length];
        int draws = 100_000;
        for (int i = 0; i < draws; i++) {
            counts[new WeightedRandom().select(job(10), context)]++;
        }
        double[] expected = new double[stakes.length];
        for (int i = 0; i < stakes.length; i++) {
            expected[i] = draws * stakes[i] / 20;
        }
        double p = new ChiSquareTest().chiSquareTest(expected, counts);
        assertTrue(p > 0.001, "chi-square p = " + p + " for counts " + java.util.Arrays.toString(counts)
                + " against stakes " + java.util.Arrays.toString(stakes));
    }

    @Test
    void stakeWeightedSelectionSkipsNodesWithoutRoom() {
        Network network = TestNetworks.build(List.of(new NodeSpec("a", "H100-SXM", 1, "eu", 0.1, 1, 1000, 1),
                new NodeSpec("a", "H100-SXM", 1, "eu", 0.1, 1, 1, 1)));
        CapacityIndex index = new CapacityIndex(network, network.stakeTokens);
        MatchContext context = context(network, index);
        occupy(network, index, 0);
        for (int i = 0; i < 100; i++) {
            assertEquals(1, new WeightedRandom().select(job(10), context));
        }
    }
}
