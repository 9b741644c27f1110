package org.depinlab.simulator.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.depinlab.simulator.engine.RandomStreams;
import org.depinlab.simulator.model.TestNetworks;
import org.depinlab.simulator.network.Network;
import org.depinlab.simulator.network.NetworkControl;
import org.depinlab.simulator.network.NodeEpochs;
import org.depinlab.simulator.network.NodeSpec;
import org.depinlab.tokenomics.emission.ConstantEmission;
import org.depinlab.tokenomics.reward.ProRataWork;
import org.junit.jupiter.api.Test;

/**
 * Every figure of the operators' accounts against a hand computation: two operators with one node
 * each, hourly epochs fed by hand, a replayed price of 2, 3, 4 USD.
 *
 * <p>Operator a: 1 GPU, idle 100 W, busy 400 W, 0.1 USD/kWh, hardware 8 760 USD, stake 1 000.
 * Operator b: 2 GPUs, idle 50 W, busy 300 W, 0.2 USD/kWh, hardware 17 520 USD, stake 500.
 * 1 000 tokens a epoch pro rata to GPU-seconds; a quarter sold at once; 10 % fee take; 5 % slashed
 * per fault; write-off over 8 760 epochs (1 and 2 USD an epoch); capital at 8.76 % a year
 * (1e-5 an hourly epoch).
 */
class OperatorAccountsTest {

    private static final double TOLERANCE = 1e-9;
    private static final double CAPITAL_PER_EPOCH = 1e-5;

    private static Network network() {
        Network network = TestNetworks.build(List.of(new NodeSpec("a", "H100-SXM", 1, "eu", 0.1, 1, 1_000, 1),
                new NodeSpec("b", "H100-SXM", 2, "eu", 0.2, 1, 500, 1)));
        network.idleWattsPerGpu[0] = 100;
        network.busyWattsPerGpu[0] = 400;
        network.idleWattsPerGpu[1] = 50;
        network.busyWattsPerGpu[1] = 300;
        network.hardwareCostUsd[0] = 8_760;
        network.hardwareCostUsd[1] = 17_520;
        network.electricityUsdPerKwh[0] = 0.1;
        network.electricityUsdPerKwh[1] = 0.2;
        return network;
    }

    private static Protocol protocol(Network network, double capitalRatePerYear) {
        ProtocolConfig config = new ProtocolConfig(new ConstantEmission(1_000), new ProRataWork(),
                ProtocolConfig.WorkMeasure.GPU_SECONDS, 0.1, false, new PriceModel.Replay(List.of(2.0, 3.0, 4.0)), 0,
                List.of(), 0.05, 1, 0, 0.25, 8_760, Optional.empty(), Optional.empty(), capitalRatePerYear,
                Optional.empty(), 0);
        return new Protocol(config, network, new RandomStreams(1).stream("market"));
    }

    /** Matching told of stake moves; no decisions, reputations as drawn. */
    static NetworkControl control(Network network) {
        return new NetworkControl() {
            @Override
            public Network network() {
                return network;
            }

            @Override
            public void activate(int node) {
                throw new AssertionError("no decisions in this test");
            }

            @Override
            public void deactivate(int node) {
                throw new AssertionError("no decisions in this test");
            }

            @Override
            public void reindex() {
                throw new AssertionError("no decisions in this test");
            }

            @Override
            public void setStake(int node, double tokens) {
                network.stakeTokens[node] = tokens;
            }

            @Override
            public void setReputation(int node, double reputation) {
                throw new AssertionError("reputations stay as drawn in this test");
            }
        };
    }

    /**
     * Epoch 0: a completes 1 800 GPU-s (fee 10 USD) and runs 600 GPU-s it does not complete; b is
     * down 900 s, completes 5 400 GPU-s (fee 20 USD) and has one fault.
     */
    private static void firstEpoch(Protocol protocol, Network network, boolean fault) {
        NodeEpochs nodes = new NodeEpochs(network);
        nodes.reset(0);
        nodes.completed(0, 1_800, 0, 10);
        nodes.interrupted(0, 600);
        nodes.completed(1, 5_400, 0, 20);
        nodes.down(1, 2_700, 3_600);
        if (fault) {
            nodes.fault(1);
        }
        nodes.close(3_600);
        protocol.epochEnded(0, nodes, control(network));
    }

    /** Epoch 1: both online and idle the whole hour. */
    private static void idleEpoch(Protocol protocol, Network network) {
        NodeEpochs nodes = new NodeEpochs(network);
        nodes.reset(3_600);
        nodes.close(7_200);
        protocol.epochEnded(1, nodes, control(network));
    }

    /** The first epoch, then the idle one, with a fault and capital at 8.76 % a year. */
    private static Protocol twoEpochs() {
        Network network = network();
        Protocol protocol = protocol(network, 0.0876);
        firstEpoch(protocol, network, true);
        idleEpoch(protocol, network);
        return protocol;
    }

    @Test
    void electricityBillsFacilityEnergyAtTheSitesPue() {
        Network network = network();
        network.pue[network.operator[0]] = 1.5;
        Protocol protocol = protocol(network, 0);
        firstEpoch(protocol, network, false);
        // a: 0.3 kWh of IT energy x PUE 1.5 at 0.1 USD/kWh; b keeps a PUE of 1
        assertEquals(0.045, protocol.result().operators().get(0).electricityUsd(), TOLERANCE);
        assertEquals(0.09, protocol.result().operators().get(1).electricityUsd(), TOLERANCE);
    }

    @Test
    void everyFigureOfAnEpochMatchesTheHandComputation() {
        Network network = network();
        Protocol protocol = protocol(network, 0.0876);
        firstEpoch(protocol, network, true);
        OperatorLedger a = protocol.result().operators().get(0);
        OperatorLedger b = protocol.result().operators().get(1);

        // rewards 1000 x 1800/7200 = 250 and 750; a quarter sold at the opening price 2
        assertEquals(250, a.rewardTokens(), TOLERANCE);
        assertEquals(62.5, a.soldTokens(), TOLERANCE);
        assertEquals(125, a.realisedUsd(), TOLERANCE);
        assertEquals(375, b.realisedUsd(), TOLERANCE);
        // the rest held, marked at the closing price 3
        assertEquals(187.5, a.heldTokens(), TOLERANCE);
        assertEquals(562.5, a.unrealisedUsd(), TOLERANCE);
        assertEquals(1_687.5, b.unrealisedUsd(), TOLERANCE);
        assertEquals(0, a.holdingGainUsd(), TOLERANCE);
        assertEquals(9, a.feeRevenueUsd(), TOLERANCE);
        assertEquals(18, b.feeRevenueUsd(), TOLERANCE);
        // a: 100 W x 3600 s + 300 W x (1800 + 600 interrupted) GPU-s = 1.08 MJ = 0.3 kWh at 0.1
        assertEquals(0.03, a.electricityUsd(), TOLERANCE);
        // b: 50 W x 2 GPUs x 2700 s online + 250 W x 5400 GPU-s = 1.62 MJ = 0.45 kWh at 0.2
        assertEquals(0.09, b.electricityUsd(), TOLERANCE);
        assertEquals(8_760, a.capexUsd(), TOLERANCE);
        assertEquals(17_520, b.capexUsd(), TOLERANCE);
        assertEquals(1, a.writeOffUsd(), TOLERANCE);
        assertEquals(2, b.writeOffUsd(), TOLERANCE);
        // b's fault slashes 5 % of 500 tokens, at the price 2 when slashed
        assertEquals(25, b.slashedTokens(), TOLERANCE);
        assertEquals(50, b.slashedUsd(), TOLERANCE);
        assertEquals(0, a.slashedUsd(), TOLERANCE);
        // capital: 1e-5 x (stake at market + hardware's book value before the write-off)
        assertEquals(CAPITAL_PER_EPOCH * (1_000 * 2 + 8_760), a.capitalCostUsd(), TOLERANCE);
        assertEquals(CAPITAL_PER_EPOCH * (475 * 2 + 17_520), b.capitalCostUsd(), TOLERANCE);
        // operating: fees + realised + newly held at 3 - electricity
        assertEquals(9 + 125 + 562.5 - 0.03, a.operatingProfitUsd(), TOLERANCE);
        assertEquals(18 + 375 + 1_687.5 - 0.09, b.operatingProfitUsd(), TOLERANCE);
        assertEquals(696.47 - 1 - 0.1076, a.fullCostProfitUsd(), TOLERANCE);
        assertEquals(2_080.41 - 2 - 50 - 0.1847, b.fullCostProfitUsd(), TOLERANCE);
        assertEquals(a.fullCostProfitUsd(), a.profitUsd(), TOLERANCE);
        assertEquals(1, a.epochsActive());

        OperatorAccounts book = protocol.accounts();
        // after one epoch the moving averages are the epoch's figures
        assertEquals(696.47 / 0.03, book.operatingMargin(0), 1e-6);
        assertEquals((696.47 - 1.1076) / (0.03 + 1 + 0.1076), book.fullCostMargin(0), TOLERANCE);
        assertEquals((2_080.41 - 52.1847) / (0.09 + 2 + 50 + 0.1847), book.fullCostMargin(1), TOLERANCE);
    }

    @Test
    void heldTokensAreRevaluedAndProfitIsFeesPlusRealisedPlusUnrealisedLessFullCost() {
        Protocol protocol = twoEpochs();
        OperatorLedger a = protocol.result().operators().get(0);

        // epoch 1: 187.5 held tokens go from 3 to 4; idle 100 W x 3600 s = 0.1 kWh at 0.1;
        // capital 1e-5 x (1000 x 3 + 8759 book value)
        assertEquals(187.5, a.holdingGainUsd(), TOLERANCE);
        assertEquals(750, a.unrealisedUsd(), TOLERANCE);
        assertEquals(0.04, a.electricityUsd(), TOLERANCE);
        assertEquals(2, a.writeOffUsd(), TOLERANCE);
        assertEquals(8_760, a.capexUsd(), TOLERANCE, "hardware is bought once");
        double capital = CAPITAL_PER_EPOCH * (2_000 + 8_760) + CAPITAL_PER_EPOCH * (3_000 + 8_759);
        assertEquals(capital, a.capitalCostUsd(), TOLERANCE);
        assertEquals(696.47 - 0.01, a.operatingProfitUsd(), TOLERANCE);
        assertEquals(696.47 - 0.01 - 2 - capital, a.fullCostProfitUsd(), TOLERANCE);
        assertEquals(9 + 125 + 750 - 0.04 - 2 - capital, a.profitUsd(), TOLERANCE);
        assertEquals(a.fullCostProfitUsd() + a.holdingGainUsd(), a.profitUsd(), TOLERANCE);
        assertEquals(2, a.epochsActive());
    }

    @Test
    void cashMovesOnlyWithMoneyNotWithHeldTokensWriteOffSlashingOrCapitalCost() {
        Protocol protocol = twoEpochs();
        OperatorAccounts book = protocol.accounts();

        // a: fees 9 + realised 125 − electricity 0.03 and 0.01; no initial cash without decisions
        assertEquals(9 + 125 - 0.04, book.cash[0], TOLERANCE);
        // b: fees 18 + realised 375 − electricity 0.09 and 2 GPUs × 50 W idle for an hour at 0.2
        assertEquals(18 + 375 - 0.09 - 0.02, book.cash[1], TOLERANCE);
    }

    @Test
    void slashingLowersProfitByExactlyTheSlashedTokensTimesThePrice() {
        Network honest = network();
        Protocol withoutFault = protocol(honest, 0);
        firstEpoch(withoutFault, honest, false);
        Network faulty = network();
        Protocol withFault = protocol(faulty, 0);
        firstEpoch(withFault, faulty, true);
        OperatorLedger clean = withoutFault.result().operators().get(1);
        OperatorLedger slashed = withFault.result().operators().get(1);

        assertEquals(25, slashed.slashedTokens(), TOLERANCE);
        assertEquals(25 * 2.0, clean.profitUsd() - slashed.profitUsd(), TOLERANCE);
        assertEquals(clean.operatingProfitUsd(), slashed.operatingProfitUsd(), TOLERANCE,
                "slashing is no operating cost");
    }

    @Test
    void theElectricityOfAnInterruptedRunIsBilled() {
        Network network = network();
        NodeEpochs nodes = new NodeEpochs(network);
        nodes.reset(0);
        nodes.close(3_600);
        double idle = nodes.energyJoules(0);
        nodes.reset(0);
        nodes.interrupted(0, 600);
        nodes.close(3_600);
        // 600 GPU-s at 400 - 100 W above idle
        assertEquals(100 * 3_600, idle, TOLERANCE);
        assertEquals(idle + 300 * 600, nodes.energyJoules(0), TOLERANCE);
    }
}
