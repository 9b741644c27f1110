package org.depinlab.simulator.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;

import org.depinlab.gpubench.GpuProfiles;
import org.depinlab.simulator.market.Matching;
import org.depinlab.simulator.model.ModelConfig;
import org.depinlab.simulator.model.NetworkModel;
import org.depinlab.simulator.model.TestNetworks;
import org.depinlab.simulator.network.EntryConfig;
import org.depinlab.simulator.network.Network;
import org.depinlab.simulator.network.NetworkConfig;
import org.depinlab.simulator.network.OperatorClass;
import org.depinlab.simulator.network.Population;
import org.depinlab.simulator.workload.ArrivalProcess;
import org.depinlab.simulator.workload.Distribution;
import org.depinlab.simulator.workload.WorkloadConfig;
import org.depinlab.tokenomics.emission.ConstantEmission;
import org.depinlab.tokenomics.reward.ConcaveWork;
import org.depinlab.tokenomics.reward.ProRataUptime;
import org.depinlab.tokenomics.reward.ProRataWork;
import org.depinlab.tokenomics.reward.RewardRule;
import org.junit.jupiter.api.Test;

/** Entry as a process per class, exit on operating margin with hysteresis, on the stressed test network. */
class EntryTest {

    private static final GpuProfiles PROFILES = GpuProfiles.builtIn();
    private static final OperatorDecisions DECISIONS = new OperatorDecisions(6, -0.5, -0.1, 0.3, 1.0);

    private static ProtocolConfig protocol(RewardRule rule, double emission, double price) {
        return new ProtocolConfig(new ConstantEmission(emission), rule, ProtocolConfig.WorkMeasure.GPU_SECONDS, 0.1,
                false, new PriceModel.Constant(price), 1_000_000, List.of(), 0, 1, 0, 0.5, 24 * 365, Optional.of(DECISIONS),
                Optional.empty());
    }

    /** A finished run: its network and its protocol's result. */
    record Run(Network network, ProtocolResult result) {

        int sum(ToIntFunction<ProtocolEpoch> figure) {
            return result.epochs().stream().mapToInt(figure).sum();
        }

        long gpusInServiceEnd() {
            return result.epochs().get(result.epochs().size() - 1).entryExit().gpusInServiceByClass().stream()
                    .mapToLong(Long::longValue).sum();
        }

        long entrantsOf(String operatorClass) {
            return result.operators().stream().skip(60).filter(o -> o.operatorClass().equals(operatorClass)).count();
        }
    }

    static Run run(ModelConfig model, ProtocolConfig config, long seed) {
        NetworkModel networkModel = new NetworkModel(model, seed, PROFILES);
        Protocol economy = new Protocol(config, networkModel.network(), networkModel.stream("market"), null,
                networkModel.entrants());
        networkModel.addEpochObserver(economy);
        networkModel.run();
        return new Run(networkModel.network(), economy.result());
    }

    private static ModelConfig withEntry(int maxNodes, int maxOperators, double perMonth) {
        return withEntry(maxNodes, maxOperators, perMonth, 36);
    }

    private static ModelConfig withEntry(int maxNodes, int maxOperators, double perMonth, double paybackMonths) {
        return TestNetworks.withEntry(TestNetworks.stressed(Matching.FIRST_FIT, 0.2),
                new EntryConfig(maxNodes, maxOperators, paybackMonths, 0), perMonth);
    }

    /**
     * Free entry at a constant price: one class of identical one-GPU operators (no stake, no
     * failures, almost no demand), rewards pro rata to uptime, payback horizon = the write-off
     * period (36 months) and hurdle 0, so an entrant enters exactly while a GPU's reward covers its
     * electricity and write-off. Daily epochs, 2 potential entrants a day, 150 days. Tolerance 0.05:
     * at the equilibrium (about 120 GPUs) one entrant moves the margin by about 1/120, and entrants
     * keep arriving while the 3-epoch moving average catches up with the last ones (a few more).
     */
    @Test
    void freeEntryDrivesEntrantsFullCostMarginToZero() {
        OperatorClass gpu = new OperatorClass("gpu", 1, new Distribution.Deterministic(1), 1,
                Map.of("RTX-4090", 1.0), Map.of("eu", 1.0), new Distribution.Deterministic(0.2),
                new Distribution.Deterministic(0.5), new Distribution.Deterministic(0),
                new Distribution.Deterministic(1), 1.0, 0.1, 60);
        NetworkConfig network = new NetworkConfig(new Population.Drawn(10, 0, List.of(gpu)), null, null, true, 3,
                Map.of(), 0, new EntryConfig(1_000, 1_000, 36, 0));
        ModelConfig model = new ModelConfig(network, new WorkloadConfig.Synthetic(new ArrivalProcess.Poisson(1e-4),
                TestNetworks.JOBS, 100), Matching.FIRST_FIT, 150 * 86_400, 86_400);
        ProtocolConfig config = new ProtocolConfig(new ConstantEmission(200), new ProRataUptime(),
                ProtocolConfig.WorkMeasure.GPU_SECONDS, 0, false, new PriceModel.Constant(1), 0, List.of(), 0, 1, 0, 0,
                3 * 365, Optional.of(new OperatorDecisions(3, -0.5, -0.2, 10, 0)), Optional.empty());
        NetworkModel networkModel = new NetworkModel(model, 3, PROFILES);
        Protocol economy = new Protocol(config, networkModel.network(), networkModel.stream("market"), null,
                networkModel.entrants());
        networkModel.addEpochObserver(economy);
        networkModel.run();
        OperatorAccounts book = economy.accounts();
        Network net = networkModel.network();
        double sum = 0;
        int entrants = 0;
        for (int o = 10; o < net.operatorCount(); o++) {
            sum += book.fullCostMargin(o);
            entrants++;
        }
        assertTrue(entrants > 50, "entrants: " + entrants);
        assertEquals(0, sum / entrants, 0.05, "mean full-cost margin of " + entrants + " entrants");
    }

    @Test
    void entrantsDrawTheirAttributesWhenTheyArriveNotAtBuild() {
        Run few = run(withEntry(400, 100, 20), protocol(new ProRataWork(), 10_000, 5), 8);
        Run many = run(withEntry(400, 100, 200), protocol(new ProRataWork(), 10_000, 5), 8);
        assertTrue(many.network.operatorCount() > few.network.operatorCount(), "more potential entrants, more entries");
        int initialNodes = few.network.firstNode[59] + few.network.nodeCount[59];
        assertEquals(initialNodes, many.network.firstNode[59] + many.network.nodeCount[59]);
        assertArrayEquals(Arrays.copyOf(few.network.model, initialNodes), Arrays.copyOf(many.network.model, initialNodes));
        assertArrayEquals(Arrays.copyOf(few.network.askUsdPerGpuHour, initialNodes),
                Arrays.copyOf(many.network.askUsdPerGpuHour, initialNodes));
        // stakeTokens is the stake bonded now, which slashing moves: compare drawn attributes only
        assertArrayEquals(Arrays.copyOf(few.network.hardwareCostUsd, initialNodes),
                Arrays.copyOf(many.network.hardwareCostUsd, initialNodes));
        assertArrayEquals(Arrays.copyOf(few.network.region, initialNodes), Arrays.copyOf(many.network.region, initialNodes));
    }

    @Test
    void entriesPastThePoolAreRefusedAndCounted() {
        Run run = run(withEntry(400, 3, 200), protocol(new ProRataWork(), 10_000, 5), 8);
        assertEquals(3, run.sum(ProtocolEpoch::entries), "the pool holds three operators");
        assertEquals(63, run.network.operatorCount());
        assertTrue(run.sum(e -> e.entryExit().entriesRefusedPoolFull()) > 0, "later entrants were refused");
    }

    @Test
    void entrantsThatCannotRepayTheirHardwareWithinTheHorizonDecline() {
        // worthless tokens, and fees cannot repay a GPU in two weeks
        Run run = run(withEntry(400, 100, 200, 0.5), protocol(new ProRataWork(), 10_000, 1e-9), 8);
        assertEquals(0, run.sum(ProtocolEpoch::entries));
        assertTrue(run.sum(e -> e.entryExit().entrantsDeclined()) > 0, "they arrived and declined");
    }

    @Test
    void anOperatorExitsOnlyAfterAWholeWindowBelowTheExitMargin() {
        Run run = run(TestNetworks.stressed(Matching.FIRST_FIT, 0.2), protocol(new ProRataWork(), 10_000, 1e-9), 4);
        List<ProtocolEpoch> epochs = run.result.epochs();
        int window = DECISIONS.windowEpochs();
        // its averages span a window at the end of epoch window − 1; its margin must then stay below for a whole
        // window, so the first exit can come at the end of epoch 2·window − 2
        for (int e = 0; e < 2 * window - 2; e++) {
            assertEquals(0, epochs.get(e).exits(), "epoch " + e);
        }
        assertTrue(epochs.get(2 * window - 2).exits() > 0, "tokens worth nothing: operators exit as soon as allowed");
    }

    @Test
    void moreEmissionBringsMoreCapacity() {
        Run low = run(withEntry(2_000, 400, 300), protocol(new ProRataUptime(), 1_000, 1), 12);
        Run high = run(withEntry(2_000, 400, 300), protocol(new ProRataUptime(), 20_000, 1), 12);
        assertTrue(high.gpusInServiceEnd() > low.gpusInServiceEnd(), "GPUs in service at the end: "
                + low.gpusInServiceEnd() + " at 1 000 tokens an epoch, " + high.gpusInServiceEnd() + " at 20 000");
    }

    @Test
    void aRuleThatPaysSmallOperatorsMoreBringsMoreSmallOperatorsIn() {
        // a one-month payback: entry is marginal, so what the rule pays the small decides it
        Run proRata = run(withEntry(2_000, 400, 300, 1), protocol(new ProRataWork(), 5_000, 1), 12);
        Run concave = run(withEntry(2_000, 400, 300, 1), protocol(new ConcaveWork(0.5), 5_000, 1), 12);
        assertTrue(concave.entrantsOf("hobbyist") > proRata.entrantsOf("hobbyist"), "hobbyist entrants: "
                + proRata.entrantsOf("hobbyist") + " pro rata, " + concave.entrantsOf("hobbyist") + " concave");
    }
}
