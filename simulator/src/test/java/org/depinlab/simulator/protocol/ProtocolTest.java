package org.depinlab.simulator.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import org.depinlab.gpubench.GpuProfiles;
import org.depinlab.simulator.market.Matching;
import org.depinlab.simulator.model.EconomyRun;
import org.depinlab.simulator.model.ModelConfig;
import org.depinlab.simulator.model.NetworkModel;
import org.depinlab.simulator.model.RunResult;
import org.depinlab.simulator.model.TestNetworks;
import org.depinlab.simulator.network.EntryConfig;
import org.depinlab.simulator.network.Network;
import org.depinlab.tokenomics.emission.CappedEmission;
import org.depinlab.tokenomics.emission.ConstantEmission;
import org.depinlab.tokenomics.emission.HalvingEmission;
import org.depinlab.tokenomics.reward.CappedRule;
import org.depinlab.tokenomics.reward.ProRataUptime;
import org.depinlab.tokenomics.reward.ProRataWork;
import org.depinlab.tokenomics.reward.RewardRule;
import org.depinlab.tokenomics.reward.WeightedHybrid;
import org.depinlab.tokenomics.vesting.Grant;
import org.junit.jupiter.api.Test;
import java.util.Optional;

/** The protocol epoch on the stressed test network (failures, outages, retries, reneging). */
class ProtocolTest {

    private static final GpuProfiles PROFILES = GpuProfiles.builtIn();

    private static ProtocolConfig protocol(RewardRule rule, PriceModel price, boolean burnAndMint,
                                           Optional<OperatorDecisions> decisions, Optional<SybilSplitting> sybil) {
        return new ProtocolConfig(new CappedEmission(new HalvingEmission(10_000, 24), 400_000), rule,
                ProtocolConfig.WorkMeasure.GPU_SECONDS, 0.1, burnAndMint,
                price, 5_000_000, List.of(new Grant("team", 1_000_000, 12, 48), new Grant("investors", 500_000, 0, 24)),
                0.05, 1, 6, 0.5, 24 * 365, decisions, sybil);
    }

    private static double meanOf(List<ProtocolEpoch> epochs, java.util.function.ToDoubleFunction<ProtocolEpoch> f) {
        return epochs.stream().mapToDouble(f).filter(Double::isFinite).average().orElseThrow();
    }

    @Test
    void supplyIsConservedOverALongRunWithEveryMechanismOn() {
        ModelConfig model = TestNetworks.stressed(Matching.STAKE_WEIGHTED, 0.2);
        ProtocolConfig config = protocol(new CappedRule(new WeightedHybrid(List.of(new ProRataWork(), new ProRataUptime()),
                List.of(0.7, 0.3)), 0.05), new PriceModel.Amm(1_000_000, 500_000), true,
                Optional.of(new OperatorDecisions(6, -0.5, -0.1, 0.3, 0.5)),
                Optional.of(new SybilSplitting(4, 5, 12)));
        NetworkModel networkModel = new NetworkModel(model, 11, PROFILES);
        Protocol economy = new Protocol(config, networkModel.network(), networkModel.stream("market"));
        networkModel.addEpochObserver(economy);
        networkModel.run();
        ProtocolResult result = economy.result();
        var ledger = economy.ledger();
        double held = ledger.treasury() + ledger.pool();
        for (int account = 0; account < 60 * 4 + 2 + 2; account++) {
            held += ledger.balance(account);
        }
        assertEquals(ledger.genesis() + ledger.minted() - ledger.burned(), ledger.supply(), 1e-9 * ledger.supply());
        assertEquals(ledger.supply(), held, 1e-9 * ledger.supply(), "supply = balances + treasury + pool");
        assertEquals(72, result.epochs().size());
        assertTrue(ledger.burned() > 0 && ledger.minted() > 0, "BME and slashing burn, emission mints");
        double minted = result.epochs().stream().mapToDouble(ProtocolEpoch::mintedTokens).sum();
        assertEquals(ledger.minted(), minted, 1e-6 * minted, "the epochs' mints add up to the ledger's");
        assertEquals(List.of(23, 47, 71), result.standings().stream().map(OperatorStandings::epoch).toList(),
                "snapshots a third of the way, two thirds of the way and at the end");
        for (int o = 0; o < result.operators().size(); o++) {
            assertEquals(result.operators().get(o).rewardTokens(), result.standings().get(2).rewardTokens().get(o),
                    1e-9, "the last snapshot holds the run's totals");
        }
    }

    @Test
    void anOperatorWithZeroUptimeGetsNoReward() {
        ModelConfig model = TestNetworks.stressed(Matching.FIRST_FIT, 0);
        NetworkModel networkModel = new NetworkModel(model, 3, PROFILES);
        // every fifth operator leaves at the end of epoch 0: zero uptime from then on
        networkModel.addEpochObserver((epoch, nodes, control) -> {
            Network network = control.network();
            for (int o = 0; epoch == 0 && o < network.operatorCount(); o += 5) {
                for (int n = network.firstNode[o]; n < network.firstNode[o] + network.nodeCount[o]; n++) {
                    control.deactivate(n);
                }
            }
        });
        Protocol economy = new Protocol(protocol(new WeightedHybrid(List.of(new ProRataUptime(), new ProRataWork()),
                List.of(0.5, 0.5)), new PriceModel.Constant(0.5), false, Optional.empty(), Optional.empty()),
                networkModel.network(), networkModel.stream("market"));
        networkModel.addEpochObserver(economy);
        networkModel.run();
        ProtocolResult result = economy.result();
        List<OperatorLedger> operators = result.operators();
        OperatorStandings first = result.standings().get(0);
        for (int o = 0; o < operators.size(); o += 5) {
            assertEquals(first.rewardTokens().get(o), operators.get(o).rewardTokens(),
                    operators.get(o).operator() + " was never online after epoch 0 yet was rewarded");
        }
        assertEquals(12, operators.stream().filter(o -> !o.activeAtEnd()).count(), "every fifth of 60 operators left");
        assertTrue(operators.stream().filter(OperatorLedger::activeAtEnd).allMatch(o -> o.rewardTokens() > 0),
                "every operator in service earns something for its uptime");
    }

    @Test
    void slashingReducesEachNodesStakeByExactlyTheRule() {
        ModelConfig model = TestNetworks.stressed(Matching.FIRST_FIT, 0);
        NetworkModel networkModel = new NetworkModel(model, 21, PROFILES);
        int nodes = networkModel.network().nodeCount();
        int[] faults = new int[nodes];
        double[] genesis = networkModel.network().stakeTokens.clone();
        networkModel.addEpochObserver((epoch, contributions, control) -> {
            for (int n = 0; n < nodes; n++) {
                faults[n] += contributions.faults(n);
            }
        });
        Protocol economy = new Protocol(protocol(new ProRataWork(), new PriceModel.Constant(1), false, Optional.empty(),
                Optional.empty()),
                networkModel.network(), networkModel.stream("market"));
        networkModel.addEpochObserver(economy);
        networkModel.run();
        int faulty = 0;
        for (int n = 0; n < nodes; n++) {
            // each fault slashes 5 % of what is left: stake x 0.95^faults
            double expected = genesis[n] * Math.pow(0.95, faults[n]);
            assertEquals(expected, economy.stakes().bonded(n), 1e-9 * Math.max(1, expected), "node " + n);
            faulty += faults[n] > 0 ? 1 : 0;
        }
        assertTrue(faulty > 0, "the failures must cause faults");
    }

    @Test
    void aPerRecipientCapLowersTheApparentGiniOfRewardsWithCommonRandomNumbers() {
        ModelConfig model = TestNetworks.stressed(Matching.LOWEST_PRICE, 0);
        EconomyRun uncapped = EconomyRun.run(model, protocol(new ProRataWork(), new PriceModel.Constant(1), false,
                Optional.empty(), Optional.empty()), 8, PROFILES);
        EconomyRun capped = EconomyRun.run(model, protocol(new CappedRule(new ProRataWork(), 0.03),
                new PriceModel.Constant(1), false, Optional.empty(), Optional.empty()), 8, PROFILES);
        assertEquals(uncapped.network(), capped.network(), "same seed, same network run: the protocol only pays");
        double giniUncapped = meanOf(uncapped.protocol().epochs(), ProtocolEpoch::rewardGiniApparent);
        double giniCapped = meanOf(capped.protocol().epochs(), ProtocolEpoch::rewardGiniApparent);
        assertTrue(giniCapped < giniUncapped, String.format(Locale.ROOT,
                "mean apparent reward Gini with a 3 %% cap %.4f, without %.4f", giniCapped, giniUncapped));
    }

    @Test
    void withSybilSplittingTheTrueGiniStaysAboveTheApparentOne() {
        ModelConfig model = TestNetworks.stressed(Matching.LOWEST_PRICE, 0);
        EconomyRun run = EconomyRun.run(model, protocol(new CappedRule(new ProRataWork(), 0.03),
                new PriceModel.Constant(1), false, Optional.empty(), Optional.of(new SybilSplitting(8, 1, 6))), 8,
                PROFILES);
        List<ProtocolEpoch> late = run.protocol().epochs().subList(24, 72);
        double apparent = meanOf(late, ProtocolEpoch::rewardGiniApparent);
        double trueGini = meanOf(late, ProtocolEpoch::rewardGiniTrue);
        int identities = late.get(late.size() - 1).identities();
        assertTrue(identities > late.get(0).operatorsActive(), "operators split: " + identities + " identities");
        assertTrue(trueGini > apparent, String.format(Locale.ROOT,
                "true (per owner) reward Gini %.4f must exceed the apparent (per identity) %.4f", trueGini, apparent));
    }

    @Test
    void underProRataNobodySplitsEvenWhenIdentitiesAreFree() {
        ModelConfig model = TestNetworks.stressed(Matching.LOWEST_PRICE, 0);
        EconomyRun run = EconomyRun.run(model, protocol(new ProRataWork(), new PriceModel.Constant(1), false,
                Optional.empty(), Optional.of(new SybilSplitting(16, 0, 6))), 8, PROFILES);
        for (ProtocolEpoch epoch : run.protocol().epochs()) {
            assertEquals(60, epoch.identities(), "epoch " + epoch.epoch() + ": one identity per operator");
        }
    }

    @Test
    void unprofitableOperatorsExitAndProfitableOnesAttractEntrants() {
        ModelConfig model = TestNetworks.withEntry(TestNetworks.stressed(Matching.FIRST_FIT, 0.2),
                new EntryConfig(200, 40, 36, 0), 100);
        OperatorDecisions decisions = new OperatorDecisions(6, -0.5, -0.1, 0.3, 1.0);
        EconomyRun worthless = EconomyRun.run(model, protocol(new ProRataWork(), new PriceModel.Constant(1e-9), false,
                Optional.of(decisions), Optional.empty()), 4, PROFILES);
        int exits = worthless.protocol().epochs().stream().mapToInt(ProtocolEpoch::exits).sum();
        EconomyRun lucrative = EconomyRun.run(model, protocol(new ProRataWork(), new PriceModel.Constant(50), false,
                Optional.of(decisions), Optional.empty()), 4, PROFILES);
        int entries = lucrative.protocol().epochs().stream().mapToInt(ProtocolEpoch::entries).sum();
        assertTrue(exits > 0, "tokens worth nothing: operators should exit, exits = " + exits);
        assertTrue(entries > 0, "tokens worth 50 USD: entrants should join, entries = " + entries);
        RunResult network = lucrative.network();
        assertEquals(network.arrived(), network.completed() + network.dropped() + network.reneged() + network.lost()
                + network.queuedAtEnd() + network.runningAtEnd());
    }

    @Test
    void constantEmissionPaysTheWholePoolWhenSomeoneIsEligible() {
        ModelConfig model = TestNetworks.stressed(Matching.FIRST_FIT, 0);
        EconomyRun run = EconomyRun.run(model, new ProtocolConfig(new ConstantEmission(1_000), new ProRataUptime(),
                ProtocolConfig.WorkMeasure.FLOP, 0.1,
                false, new PriceModel.Constant(1), 0, List.of(), 0, 1, 0, 0, 1_000, Optional.empty(), Optional.empty()), 2,
                PROFILES);
        for (ProtocolEpoch epoch : run.protocol().epochs()) {
            assertEquals(1_000, epoch.rewardsTokens(), 1e-6, "epoch " + epoch.epoch());
        }
    }

    @Test
    void proRataFlopPaysEachOperatorItsShareOfTheFlopDelivered() {
        ModelConfig stressed = TestNetworks.stressed(Matching.FIRST_FIT, 0);
        ModelConfig oneEpoch = new ModelConfig(stressed.network(), stressed.workload(), stressed.matching(), 86_400,
                86_400);
        NetworkModel networkModel = new NetworkModel(oneEpoch, 6, PROFILES);
        int operators = networkModel.network().operatorCount();
        double[] flop = new double[operators];
        networkModel.addEpochObserver((epoch, nodes, control) -> {
            for (int n = 0; n < networkModel.network().nodeCount(); n++) {
                flop[networkModel.network().operator[n]] += nodes.flop(n);
            }
        });
        Protocol economy = new Protocol(new ProtocolConfig(new ConstantEmission(1_000_000), new ProRataWork(),
                ProtocolConfig.WorkMeasure.FLOP, 0.1, false, new PriceModel.Constant(1), 0, List.of(), 0, 1, 0, 0, 1_000,
                Optional.empty(), Optional.empty()), networkModel.network(), networkModel.stream("market"));
        networkModel.addEpochObserver(economy);
        networkModel.run();
        double totalFlop = java.util.Arrays.stream(flop).sum();
        List<OperatorLedger> ledgers = economy.result().operators();
        for (int o = 0; o < operators; o++) {
            assertEquals(1_000_000 * flop[o] / totalFlop, ledgers.get(o).rewardTokens(), 1e-6, ledgers.get(o).operator());
        }
    }
}
