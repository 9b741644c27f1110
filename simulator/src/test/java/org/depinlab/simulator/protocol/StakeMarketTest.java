package org.depinlab.simulator.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.depinlab.gpubench.GpuProfiles;
import org.depinlab.simulator.market.Matching;
import org.depinlab.simulator.model.ModelConfig;
import org.depinlab.simulator.model.NetworkModel;
import org.depinlab.simulator.model.TestNetworks;
import org.depinlab.simulator.network.EntryConfig;
import org.depinlab.simulator.network.Network;
import org.depinlab.tokenomics.emission.ConstantEmission;
import org.depinlab.tokenomics.reward.ProRataWork;
import org.junit.jupiter.api.Test;

/** Stake is bought on the token market when an operator enters and sold there once released after it exits. */
class StakeMarketTest {

    private static final GpuProfiles PROFILES = GpuProfiles.builtIn();
    private static final OperatorDecisions DECISIONS = new OperatorDecisions(6, -0.5, -0.1, 0.3, 1.0);
    private static final ModelConfig WITH_ENTRY = TestNetworks.withEntry(TestNetworks.stressed(Matching.FIRST_FIT, 0.2),
            new EntryConfig(400, 100, 36, 0), 200);

    private static double drawnStake(Network network, int o) {
        double stake = 0;
        for (int n = network.firstNode[o]; n < network.firstNode[o] + network.nodeCount[o]; n++) {
            stake += network.stakeTokens[n];
        }
        return stake;
    }

    private static double closingUsd(EntryTest.Run run) {
        List<ProtocolEpoch> epochs = run.result().epochs();
        return epochs.get(epochs.size() - 1).priceUsd();
    }

    /** Without decisions nobody exits, so nobody sells stake and entrants' stake stays as drawn. */
    private static ProtocolConfig protocol(PriceModel price, double sellShare, Optional<OperatorDecisions> decisions) {
        return new ProtocolConfig(new ConstantEmission(10_000), new ProRataWork(), ProtocolConfig.WorkMeasure.GPU_SECONDS,
                0.1, false, price, 1_000_000_000, List.of(), 0, 1, 0, sellShare, 24 * 365, decisions, Optional.empty());
    }

    @Test
    void entrantsPayTheirStakeAtAnExogenousPriceAndGenesisOperatorsPayNothing() {
        EntryTest.Run run = EntryTest.run(WITH_ENTRY, protocol(new PriceModel.Constant(5), 0.5, Optional.empty()), 8);
        List<OperatorLedger> operators = run.result().operators();
        assertTrue(operators.size() > 60, "someone entered");
        for (int o = 0; o < operators.size(); o++) {
            double expected = o < 60 ? 0 : 5 * drawnStake(run.network(), o);
            assertEquals(expected, operators.get(o).stakeBoughtUsd(), 1e-9 * expected, operators.get(o).operator());
        }
    }

    @Test
    void entrantsBuyingStakeRaiseAPoolsPriceAndAPoolThatCannotSupplyTheStakeTurnsThemAway() {
        // nobody sells rewards, so only entrants' purchases move the pool; both pools price a token at 10 USD
        EntryTest.Run deep = EntryTest.run(WITH_ENTRY, protocol(new PriceModel.Amm(1e7, 1e8), 0, Optional.empty()), 8);
        EntryTest.Run shallow = EntryTest.run(WITH_ENTRY, protocol(new PriceModel.Amm(1, 10), 0, Optional.empty()), 8);

        List<ProtocolEpoch> epochs = deep.result().epochs();
        int entries = epochs.stream().mapToInt(ProtocolEpoch::entries).sum();
        assertTrue(entries > epochs.get(epochs.size() - 1).entries(), "entrants bought stake in the deep pool");
        // the last closing price comes before the last epoch's entrants (the last ones in operator order) buy
        double bought = deep.result().operators().stream().skip(60).limit(entries - epochs.get(epochs.size() - 1).entries())
                .mapToDouble(OperatorLedger::stakeBoughtUsd).sum();
        // x·y = k: the pool's USD rose by exactly what the entrants paid, so its price is USD² / k
        assertEquals((1e8 + bought) * (1e8 + bought) / 1e15, closingUsd(deep), 1e-9 * closingUsd(deep));

        assertEquals(0, shallow.result().epochs().stream().mapToInt(ProtocolEpoch::entries).sum());
        assertTrue(shallow.result().epochs().stream().mapToInt(e -> e.entryExit().entrantsDeclined()).sum() > 0,
                "entrants came and declined: one token cannot stake them");
        assertEquals(10, closingUsd(shallow), 1e-12);
    }

    @Test
    void operatorsThatExitSellTheirStakeOnceReleased() {
        // tokens worth nothing: operators exit as soon as the window allows; no slashing, no unbonding delay
        double price = 1e-9;
        ModelConfig model = TestNetworks.stressed(Matching.FIRST_FIT, 0.2);
        Network genesis = new NetworkModel(model, 4, PROFILES).network();
        EntryTest.Run run = EntryTest.run(model, protocol(new PriceModel.Constant(price), 0.5, Optional.of(DECISIONS)), 4);
        int exited = 0;
        for (int o = 0; o < run.result().operators().size(); o++) {
            OperatorLedger ledger = run.result().operators().get(o);
            double expected = ledger.activeAtEnd() ? 0 : price * drawnStake(genesis, o);
            assertEquals(expected, ledger.stakeSoldUsd(), 1e-9 * expected, ledger.operator());
            exited += ledger.activeAtEnd() ? 0 : 1;
        }
        assertTrue(exited > 0, "operators exited");
    }
}
