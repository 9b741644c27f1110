package org.depinlab.simulator.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.depinlab.gpubench.GpuProfiles;
import org.depinlab.simulator.market.Matching;
import org.depinlab.simulator.model.EconomyRun;
import org.depinlab.simulator.model.ModelConfig;
import org.depinlab.simulator.model.NetworkModel;
import org.depinlab.simulator.model.TestNetworks;
import org.depinlab.simulator.network.NodeSpec;
import org.depinlab.simulator.workload.ArrivalProcess;
import org.depinlab.simulator.workload.WorkloadConfig;
import org.depinlab.tokenomics.emission.ConstantEmission;
import org.depinlab.tokenomics.emission.HalvingEmission;
import org.depinlab.tokenomics.reward.ProRataUptime;
import org.depinlab.tokenomics.reward.ProRataWork;
import org.depinlab.tokenomics.vesting.Grant;
import org.depinlab.tokenomics.vesting.VestingSchedule;
import org.junit.jupiter.api.Test;

/** Allocation holders' accounts, value capture and token wealth over all holders. */
class StakeholdersTest {

    /**
     * Two operators of one H100 each, never failing (so each earns half of every epoch's 1 000-token
     * emission for its uptime), stakes 100 and 300, light load, 6 hourly epochs, a token at 2 USD.
     */
    private static EconomyRun tiny(Grant grant, double sellShare) {
        List<NodeSpec> nodes = List.of(new NodeSpec("a", "H100-SXM", 1, "eu", 0.2, 1.0, 100, 1),
                new NodeSpec("b", "H100-SXM", 1, "eu", 0.2, 1.0, 300, 1));
        ModelConfig model = new ModelConfig(TestNetworks.explicit(nodes), new WorkloadConfig.Synthetic(
                new ArrivalProcess.Poisson(0.002), List.of(TestNetworks.exponentialJobs("job", 60)), 100),
                Matching.FIRST_FIT, 6 * 3_600, 3_600);
        ProtocolConfig protocol = new ProtocolConfig(new ConstantEmission(1_000), new ProRataUptime(),
                ProtocolConfig.WorkMeasure.GPU_SECONDS, 0.1, false, new PriceModel.Constant(2), 2_000_000,
                List.of(grant), 0, 1, 0, sellShare, 1_000, Optional.empty(), Optional.empty());
        return EconomyRun.run(model, protocol, 5, TestNetworks.exactProfiles());
    }

    @Test
    void aHolderPastItsShortCliffVestsSellsAndHoldsExactlyByHand() {
        // 1 200 tokens, cliff 2, vesting 4: nothing in epochs 0 and 1, then 300 an epoch in epochs 2 to 5
        EconomyRun run = tiny(new Grant("team", 1_200, 2, 4), 0.5);
        List<HolderEpoch> rows = run.protocol().holderEpochs();
        assertEquals(6, rows.size(), "one row per epoch for the one holder");
        for (HolderEpoch row : rows) {
            double vested = row.epoch() < 2 ? 0 : 300;
            assertEquals(vested, row.vestedTokens(), 1e-9, "vested in epoch " + row.epoch());
            assertEquals(vested * 2, row.vestedValueUsd(), 1e-9, "valued at 2 USD");
            assertEquals(vested / 2, row.soldTokens(), 1e-9, "half sold");
            assertEquals(vested, row.soldUsd(), 1e-9, "half sold at 2 USD");
            double toDate = 300.0 * Math.max(0, row.epoch() - 1);
            assertEquals(toDate, row.toDate().vestedTokens(), 1e-9);
            assertEquals(toDate / 2 * 2, row.toDate().heldValueUsd(), 1e-9, "held half, at 2 USD");
        }
        HolderLedger team = run.protocol().holders().get(0);
        assertEquals(new HolderLedger("team", 1_200, 1_200, 2_400, 600, 1_200, 600, 1_200), team);

        // value capture: the holder's 2 400 USD against the operators' 6 000 reward tokens at 2 USD plus fees kept
        double fees = run.protocol().operators().stream().mapToDouble(OperatorLedger::feeRevenueUsd).sum();
        assertTrue(fees > 0, "the light load pays some fees");
        assertEquals(6_000, run.protocol().operators().stream().mapToDouble(OperatorLedger::rewardTokens).sum(), 1e-9);
        double total = 2_400 + 12_000 + fees;
        Map<String, Double> shares = run.protocol().valueCapture().shares();
        assertEquals(List.of("team", "explicit"), List.copyOf(shares.keySet()));
        assertEquals(2_400 / total, shares.get("team"), 1e-12);
        assertEquals((12_000 + fees) / total, shares.get("explicit"), 1e-12);

        // wealth at the end: a holds 1 500 liquid + 100 staked, b 1 500 + 300, team 600 held
        // Gini of {600, 1 600, 1 800} = (-2·600 + 0·1 600 + 2·1 800) / (3 · 4 000) = 0.2; operators alone 200 / 6 800
        WealthConcentration wealth = last(run).tokenWealth();
        assertWealth(new WealthConcentration(3, 0.2, 2, 1.0, 200.0 / 6_800), wealth);
    }

    @Test
    void aHolderWithMostTokensDominatesTheWealthGini() {
        // a million tokens vest at the end of epoch 0 and are all kept; operators keep their 3 000 rewards each
        EconomyRun run = tiny(new Grant("investors", 1_000_000, 0, 0), 0);
        WealthConcentration wealth = last(run).tokenWealth();
        // {3 100, 3 300, 1 000 000}: (-2·3 100 + 2·1 000 000) / (3 · 1 006 400), near the maximum 2/3
        assertWealth(new WealthConcentration(3, 1_993_800.0 / (3 * 1_006_400), 1, 1.0, 200.0 / 12_800), wealth);
        assertTrue(wealth.giniAllHolders() > 0.66 && wealth.giniOperators() < 0.02,
                "insiders included the Gini is near its maximum; among operators alone it is small");
    }

    @Test
    void valueCaptureSharesSumToOneAndAreEachGroupsValueOverAll() {
        ModelConfig model = TestNetworks.stressed(Matching.STAKE_WEIGHTED, 0);
        List<Grant> grants = List.of(new Grant("team", 1_000_000, 12, 48), new Grant("investors", 500_000, 0, 24));
        ProtocolConfig config = new ProtocolConfig(new HalvingEmission(10_000, 24), new ProRataWork(),
                ProtocolConfig.WorkMeasure.GPU_SECONDS, 0.1, false, new PriceModel.Constant(0.5), 5_000_000,
                grants, 0.05, 1, 6, 0.5, 24 * 365, Optional.empty(), Optional.empty());
        NetworkModel networkModel = new NetworkModel(model, 3, GpuProfiles.builtIn());
        Protocol economy = new Protocol(config, networkModel.network(), networkModel.stream("market"));
        networkModel.addEpochObserver(economy);
        networkModel.run();
        ProtocolResult result = economy.result();

        ValueCaptureSeries capture = result.valueCapture();
        for (ValueCaptureSeries.ValueCaptureEpoch epoch : capture.epochs()) {
            assertEquals(1.0, epoch.cumulativeShare().stream().mapToDouble(Double::doubleValue).sum(), 1e-12,
                    "epoch " + epoch.epoch());
        }
        Map<String, Double> shares = capture.shares();
        assertEquals(List.of("team", "investors", "datacenter", "prosumer", "hobbyist"), List.copyOf(shares.keySet()));
        assertEquals(1.0, shares.values().stream().mapToDouble(Double::doubleValue).sum(), 1e-12);

        // the same shares from the ledgers: operators' reward tokens at the (constant) price and fees kept by
        // class, holders' vested value
        Map<String, Double> value = new java.util.LinkedHashMap<>();
        for (HolderLedger holder : result.holders()) {
            value.put(holder.holder(), holder.vestedValueUsd());
        }
        for (OperatorLedger operator : result.operators()) {
            value.merge(operator.operatorClass(), operator.rewardTokens() * 0.5 + operator.feeRevenueUsd(), Double::sum);
        }
        double total = value.values().stream().mapToDouble(Double::doubleValue).sum();
        value.forEach((group, usd) -> assertEquals(usd / total, shares.get(group), 1e-9, group));
        assertTrue(shares.get("team") > 0, "the team is past its 12-epoch cliff");

        // past the cliff the holders are tracked exactly: vested = schedule, sold = sell share x vested,
        // held = their ledger balance, held value = held x the last price
        VestingSchedule schedule = new VestingSchedule(grants);
        double price = result.epochs().get(result.epochs().size() - 1).priceUsd();
        for (int h = 0; h < result.holders().size(); h++) {
            HolderLedger holder = result.holders().get(h);
            double vested = schedule.vestedBy(holder.holder(), 71);
            assertEquals(vested, holder.vestedTokens(), 1e-6, holder.holder());
            assertEquals(0.5 * vested, holder.soldTokens(), 1e-6, holder.holder());
            assertEquals(vested - holder.soldTokens(), holder.heldTokens(), 1e-6, holder.holder());
            assertEquals(economy.ledger().balance(60 + 2 + h), holder.heldTokens(), 1e-6, "ledger of " + holder.holder());
            assertEquals(holder.heldTokens() * price, holder.heldValueUsd(), 1e-9 * holder.heldValueUsd());
            assertTrue(holder.soldUsd() > 0, "sales into the pool pay USD");
        }
    }

    private static ProtocolEpoch last(EconomyRun run) {
        List<ProtocolEpoch> epochs = run.protocol().epochs();
        return epochs.get(epochs.size() - 1);
    }

    private static void assertWealth(WealthConcentration expected, WealthConcentration actual) {
        assertEquals(expected.holders(), actual.holders(), "holders");
        assertEquals(expected.giniAllHolders(), actual.giniAllHolders(), 1e-12, "Gini, all holders");
        assertEquals(expected.nakamotoAllHolders(), actual.nakamotoAllHolders(), "Nakamoto, all holders");
        assertEquals(expected.top10ShareAllHolders(), actual.top10ShareAllHolders(), 1e-12, "top-10 share");
        assertEquals(expected.giniOperators(), actual.giniOperators(), 1e-12, "Gini, operators");
    }
}
