package org.depinlab.simulator.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;

import org.depinlab.gpubench.GpuProfiles;
import org.depinlab.simulator.market.Matching;
import org.depinlab.simulator.model.EconomyRun;
import org.depinlab.simulator.model.TestNetworks;
import org.depinlab.tokenomics.emission.ConstantEmission;
import org.depinlab.tokenomics.reward.ProRataWork;
import org.junit.jupiter.api.Test;

/** Outsiders trading with the pool, through a whole run of the stressed test network. */
class OutsideTradingTest {

    private static final GpuProfiles PROFILES = GpuProfiles.builtIn();

    private static ProtocolResult run(Optional<OutsideFlows> flows) {
        ProtocolConfig protocol = new ProtocolConfig(new ConstantEmission(10_000), new ProRataWork(),
                ProtocolConfig.WorkMeasure.GPU_SECONDS, 0.1, true, new PriceModel.Amm(1_000_000, 500_000, flows),
                3_000_000, List.of(), 0, 1, 0, 0.5, 24 * 365, Optional.empty(), Optional.empty());
        return EconomyRun.run(TestNetworks.stressed(Matching.FIRST_FIT, 0), protocol, 5, PROFILES).protocol();
    }

    private static double endPrice(ProtocolResult result) {
        return result.epochs().get(result.epochs().size() - 1).priceUsd();
    }

    @Test
    void netOutsideBuyingRaisesThePriceAndSellingLowersIt() {
        ProtocolResult none = run(Optional.empty());
        ProtocolResult buying = run(Optional.of(new OutsideFlows(2_000, 0, 0, 0)));
        ProtocolResult selling = run(Optional.of(new OutsideFlows(-2_000, 0, 0, 1_000_000)));
        assertTrue(none.outsideFlows().isEmpty());
        assertTrue(endPrice(buying) > endPrice(none) && endPrice(none) > endPrice(selling),
                endPrice(buying) + " buying, " + endPrice(none) + " alone, " + endPrice(selling) + " selling");
        for (OutsideFlowEpoch epoch : buying.outsideFlows()) {
            assertEquals(2_000, epoch.flowUsd(), 0);
            assertTrue(epoch.tokens() > 0);
        }
    }

    @Test
    void outsidersHoldTheirFloatPlusWhatTheyBoughtLessWhatTheySold() {
        ProtocolResult result = run(Optional.of(new OutsideFlows(0, 3_000, 0.5, 20_000)));
        double held = 20_000;
        for (OutsideFlowEpoch epoch : result.outsideFlows()) {
            held += epoch.tokens();
            assertEquals(held, epoch.holdingsTokens(), 1e-6);
            assertTrue(epoch.holdingsTokens() >= 0);
            assertEquals(Math.signum(epoch.flowUsd()), Math.signum(epoch.tokens()), "buys on inflow, sells on outflow");
        }
        assertEquals(result.epochs().size(), result.outsideFlows().size());
    }
}
