package org.depinlab.simulator.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;

import org.depinlab.simulator.engine.RandomStreams;
import org.depinlab.simulator.model.TestNetworks;
import org.depinlab.simulator.network.Network;
import org.depinlab.simulator.network.NodeEpochs;
import org.depinlab.simulator.network.NodeSpec;
import org.depinlab.tokenomics.emission.BaselineMinting;
import org.depinlab.tokenomics.emission.ConstantEmission;
import org.depinlab.tokenomics.emission.EmissionSchedule;
import org.depinlab.tokenomics.reward.ProRataWork;
import org.junit.jupiter.api.Test;

/**
 * The emission and fee mechanisms of issue 17 against hand computations, on two one-node operators fed
 * hourly epochs by hand: a (1 GPU, stake 3 000) completes 1 800 GPU-s for 10 USD, b (2 GPUs, stake
 * 1 000) is down 900 s and completes 5 400 GPU-s for 20 USD.
 */
class FeesAndMintingTest {

    private static final double TOLERANCE = 1e-9;

    private static Network network() {
        return TestNetworks.build(List.of(new NodeSpec("a", "H100-SXM", 1, "eu", 0.1, 1, 3_000, 1),
                new NodeSpec("b", "H100-SXM", 2, "eu", 0.2, 1, 1_000, 1)));
    }

    private static Protocol protocol(Network network, EmissionSchedule emission, PriceModel price, double sell,
                                     FeePolicy fees) {
        ProtocolConfig config = new ProtocolConfig(emission, new ProRataWork(), ProtocolConfig.WorkMeasure.GPU_SECONDS,
                0.1 * (1 - fees.burnShare()), false, price, 1e6, List.of(), 0, 1, 0, sell, 8_760, Optional.empty(),
                Optional.empty(), 0, Optional.empty(), 0, Optional.empty(), fees);
        return new Protocol(config, network, new RandomStreams(1).stream("market"));
    }

    private static void epoch(Protocol protocol, Network network, int epoch) {
        NodeEpochs nodes = new NodeEpochs(network);
        nodes.reset(epoch * 3_600.0);
        nodes.completed(0, 1_800, 0, 10);
        nodes.completed(1, 5_400, 0, 20);
        nodes.down(1, epoch * 3_600.0 + 2_700, epoch * 3_600.0 + 3_600);
        nodes.close(epoch * 3_600.0 + 3_600);
        protocol.epochEnded(epoch, nodes, OperatorAccountsTest.control(network));
    }

    @Test
    void theTakeGoesToStakersInProportionToTheirStakeAndIntoTheirProfit() {
        Network plainNetwork = network();
        Protocol plain = protocol(plainNetwork, new ConstantEmission(1_000), new PriceModel.Constant(2), 0.5,
                FeePolicy.NONE);
        epoch(plain, plainNetwork, 0);
        Network stakedNetwork = network();
        Protocol staked = protocol(stakedNetwork, new ConstantEmission(1_000), new PriceModel.Constant(2), 0.5,
                new FeePolicy(0, true));
        epoch(staked, stakedNetwork, 0);

        // take 10 % of 30 USD = 3 USD, stakes 3 000 : 1 000, so 2.25 and 0.75
        assertEquals(2.25, staked.accounts().totalStakingIncomeUsd[0], TOLERANCE);
        assertEquals(0.75, staked.accounts().totalStakingIncomeUsd[1], TOLERANCE);
        for (int o = 0; o < 2; o++) {
            OperatorLedger with = staked.result().operators().get(o);
            OperatorLedger without = plain.result().operators().get(o);
            double income = staked.accounts().totalStakingIncomeUsd[o];
            assertEquals(without.operatingProfitUsd() + income, with.operatingProfitUsd(), TOLERANCE);
            assertEquals(without.profitUsd() + income, with.profitUsd(), TOLERANCE);
        }
        assertEquals(3, staked.result().mintAndBurn().orElseThrow().stakingIncomeUsd(), TOLERANCE);
        assertEquals(Optional.empty(), plain.result().mintAndBurn());
    }

    @Test
    void baselineMintingCountsGpusOnlineUpToTheBaseline() {
        // a flat baseline of 10 GPUs; GPUs online (1 x 3600 + 2 x 2700) / 3600 = 2.5, so θ = 0.25 after epoch 0
        BaselineMinting minting = new BaselineMinting(300, 700, 0.01, 10, 0);
        Network network = network();
        Protocol protocol = protocol(network, minting, new PriceModel.Constant(2), 0.5, FeePolicy.NONE);
        epoch(protocol, network, 0);

        double expected = 300 * -Math.expm1(-0.01) + 700 * -Math.expm1(-0.01 * 0.25);
        assertEquals(expected, protocol.ledger().minted(), TOLERANCE);
        assertEquals(0.25, protocol.result().mintAndBurn().orElseThrow().networkTimeEndEpochs(), TOLERANCE);
    }

    @Test
    void withSteadyFeesTheBurnConvergesToTheMint() {
        // 95 % of 30 USD burned an epoch against 1 000 tokens minted and all sold into a pool: the pool
        // settles where the 28.5 USD buy back the 1 000 tokens sold, and the supply stops moving
        Network network = network();
        Protocol protocol = protocol(network, new ConstantEmission(1_000),
                new PriceModel.Amm(200_000, 20_000, Optional.empty()), 1, new FeePolicy(0.95, false));
        double mintedBefore = 0;
        double burnedBefore = 0;
        double supplyBefore = 0;
        for (int e = 0; e < 3_000; e++) {
            mintedBefore = protocol.ledger().minted();
            burnedBefore = protocol.ledger().burned();
            supplyBefore = protocol.ledger().supply();
            epoch(protocol, network, e);
        }

        double minted = protocol.ledger().minted() - mintedBefore;
        double burned = protocol.ledger().burned() - burnedBefore;
        assertEquals(1_000, minted, TOLERANCE);
        assertEquals(minted, burned, 1e-6 * minted);
        assertEquals(supplyBefore, protocol.ledger().supply(), 1e-6 * minted);
        assertEquals(3_000 * 28.5, protocol.result().mintAndBurn().orElseThrow().feesBurnedUsd(), 1e-6);
    }

    @Test
    void refusesTheTakeToStakersUnderBurnAndMint() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ProtocolConfig(
                new ConstantEmission(1), new ProRataWork(), ProtocolConfig.WorkMeasure.GPU_SECONDS, 0.1, true,
                new PriceModel.Constant(1), 0, List.of(), 0, 1, 0, 0.5, 10, Optional.empty(), Optional.empty(), 0,
                Optional.empty(), 0, Optional.empty(), new FeePolicy(0, true)));
        assertEquals(true, e.getMessage().contains("take_to_stakers cannot be combined with burn_and_mint"));
    }
}
