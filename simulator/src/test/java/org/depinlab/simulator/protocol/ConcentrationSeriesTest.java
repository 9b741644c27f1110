package org.depinlab.simulator.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.depinlab.simulator.model.TestNetworks;
import org.depinlab.simulator.network.Network;
import org.depinlab.simulator.network.NodeSpec;
import org.junit.jupiter.api.Test;

class ConcentrationSeriesTest {

    @Test
    void theEpochsProfitGiniCountsLossesAndItsNakamotoCountsGainsOnly() {
        Network network = TestNetworks.build(List.of(new NodeSpec("a", "T4", 1, "eu", 0.1, 1, 1, 1),
                new NodeSpec("b", "T4", 1, "eu", 0.1, 1, 1, 1), new NodeSpec("c", "T4", 1, "eu", 0.1, 1, 1, 1)));
        Identities identities = new Identities(network, 1);
        OperatorAccounts book = new OperatorAccounts(network, 0);
        book.profitUsd[0] = -2;
        book.profitUsd[1] = 1;
        book.profitUsd[2] = 5;
        ConcentrationSeries series = new ConcentrationSeries(network, identities, book);

        series.record(new double[identities.slots()]);
        ProtocolEpoch epoch = series.epoch(0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, WealthConcentration.NONE, null);

        // ascending -2, 1, 5: sum (2i - n - 1) y = 4 + 0 + 10 = 14 over n sum |y| = 3 x 8
        assertEquals(14.0 / 24, epoch.profitGiniTrue(), 1e-12);
        assertEquals(14.0 / 24, epoch.profitGiniApparent(), 1e-12, "one identity each");
        assertEquals(1, epoch.profitNakamotoTrue(), "5 of the gains {0, 1, 5} is a majority");
        assertEquals(1, epoch.operatorsLosingMoney());
    }
}
