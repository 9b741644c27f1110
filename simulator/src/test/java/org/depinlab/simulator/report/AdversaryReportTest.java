package org.depinlab.simulator.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.depinlab.gpubench.GpuProfiles;
import org.depinlab.simulator.adversary.AdversaryEpoch;
import org.depinlab.simulator.adversary.AdversaryResult;
import org.depinlab.simulator.model.EconomyRun;
import org.depinlab.simulator.protocol.FraudOutcome;
import org.depinlab.simulator.scenario.Scenario;
import org.depinlab.simulator.scenario.ScenarioLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The run report's section on cheating and verification, its numbers against the run's records. */
class AdversaryReportTest {

    private static final Path SCENARIO = Path.of("src/test/resources/scenarios/minimal-adversaries.yaml");
    private static final GpuProfiles PROFILES = GpuProfiles.builtIn();

    private static RunFigures run(Path file) {
        Scenario scenario = new ScenarioLoader(PROFILES.catalog()).load(file);
        return new RunFigures(scenario, 7, EconomyRun.run(scenario.model(), scenario.protocol(), 7, PROFILES));
    }

    @Test
    void theAnswerPrintsTheRunsRecordsUnderTheirFigures() {
        RunFigures figures = run(SCENARIO);
        AdversaryResult model = figures.run().network().adversaries().orElseThrow();
        FraudOutcome paid = figures.run().protocol().fraud().orElseThrow();
        long delivered = model.epochs().stream().mapToLong(AdversaryEpoch::delivered).sum();
        long wrong = model.epochs().stream().mapToLong(AdversaryEpoch::wrongResults).sum();
        long checks = model.epochs().stream().mapToLong(AdversaryEpoch::checks).sum();
        long detections = model.epochs().stream().mapToLong(AdversaryEpoch::detections).sum();
        assertTrue(wrong > 0 && detections > 0, "the scenario has cheaters caught");
        double fees = model.epochs().stream().mapToDouble(AdversaryEpoch::feesUsd).sum();
        double unrunFees = model.epochs().stream().mapToDouble(AdversaryEpoch::unrunFeesUsd).sum();
        double overhead = model.epochs().stream().mapToDouble(e -> e.checkGpuSeconds() + e.refereeGpuSeconds()).sum()
                / model.epochs().stream().mapToDouble(AdversaryEpoch::deliveredGpuSeconds).sum();
        String answer = AdversaryReport.answer(figures);
        for (String part : List.of(
                String.format(Locale.ROOT, "Cheaters were paid %.1f %% of all fees and rewards for work they did"
                        + " not run; %,d of the jobs delivered (%.1f %%) carried a wrong result.",
                        100 * (unrunFees + paid.unrunRewardsUsd()) / (fees + paid.rewardsUsd()), wrong,
                        100.0 * wrong / delivered),
                String.format(Locale.ROOT, "Spot checks on %.1f %% of the jobs delivered (%,d checks) caught %.1f %%"
                        + " of the wrong results after %.1f epochs on average,", 100.0 * checks / delivered, checks,
                        100.0 * detections / wrong, model.meanEpochsToDetection()),
                String.format(Locale.ROOT, "at a verification overhead of %.2f %% of the GPU time delivered; %,d"
                        + " honest results were flagged (a false positive or a cheating referee; %,d mismatches went"
                        + " to a referee, %,d of them a cheater, and %,d cheating checkers were caught) and %,d honest"
                        + " nodes slashed.", 100 * overhead, model.falseFlags(), model.refereeRuns(),
                        model.refereeWrongVerdicts(), model.checkersCaught(), paid.falseSlashes()),
                String.format(Locale.ROOT, ": the cheaters' profit per GPU over the run was %,.0f USD against %,.0f"
                        + " USD for honest operators.", figures.adversaries().cheaterProfitPerGpuUsd(),
                        figures.adversaries().honestProfitPerGpuUsd()))) {
            assertTrue(answer.contains(part), answer + "\nlacks\n" + part);
        }
    }

    /**
     * Spoofers claiming ten GPUs per real one under uptime rewards count among the cheaters, not the
     * honest: each figure is the sum of its operators' profit_usd over the sum of their GPUs.
     */
    @Test
    void spoofersCountAmongTheCheatersInProfitPerGpu(@TempDir Path dir) throws IOException {
        Path spoofing = dir.resolve("spoofing.yaml");
        Files.writeString(spoofing, Files.readString(SCENARIO).replace("rule: pro_rata_work", "rule: pro_rata_uptime")
                .replace("share: 0.5, strategy", "share: 0.3, strategy")
                + "  spoofers:\n    - {class: pros, share: 0.15, claimed_gpu_multiple: 10}\n");
        RunFigures figures = run(spoofing);
        List<Boolean> cheaters = figures.run().network().adversaries().orElseThrow().cheaters();
        List<Boolean> spoofers = figures.run().protocol().spoofing().orElseThrow().spoofers();
        double[] profit = new double[3];
        double[] gpus = new double[3];
        boolean spooferOnly = false;
        for (int o = 0; o < cheaters.size(); o++) {
            double p = figures.run().protocol().operators().get(o).profitUsd();
            double g = figures.run().network().operators().get(o).gpus();
            int group = spoofers.get(o) ? 0 : cheaters.get(o) ? 1 : 2;
            profit[group] += p;
            gpus[group] += g;
            spooferOnly |= spoofers.get(o) && !cheaters.get(o);
        }
        assertTrue(spooferOnly && gpus[2] > 0, "a spoofer that does not cheat on jobs, and an honest operator: cheaters "
                + cheaters + ", spoofers " + spoofers);
        assertEquals(profit[0] / gpus[0], figures.adversaries().spooferProfitPerGpuUsd(), 1e-9);
        assertEquals((profit[0] + profit[1]) / (gpus[0] + gpus[1]), figures.adversaries().cheaterProfitPerGpuUsd(),
                1e-9);
        assertEquals(profit[2] / gpus[2], figures.adversaries().honestProfitPerGpuUsd(), 1e-9);
    }

    @Test
    void withoutChecksNoWrongResultIsCaught(@TempDir Path dir) throws IOException {
        Path unchecked = dir.resolve("unchecked.yaml");
        Files.writeString(unchecked, Files.readString(SCENARIO).replace("spot_check_share: 0.1",
                "spot_check_share: 0"));
        String answer = AdversaryReport.answer(run(unchecked));
        assertTrue(answer.contains(" No job was spot-checked, so no wrong result was caught. Cheating paid: the"
                + " cheaters' "), answer);
    }

    @Test
    void theReportAndSummaryCarryTheSectionWithItsCharts() {
        RunFigures figures = run(SCENARIO);
        String section = AdversaryReport.section(figures, new double[0]);
        assertTrue(section.startsWith("<h2 id=\"adversaries\">Cheating and verification</h2>\n<p>Cheaters were paid "), section);
        assertEquals(3, section.split("<svg", -1).length - 1);
        assertTrue(ReportHtml.page(figures, "", "test", List.of()).contains("<h2 id=\"adversaries\">Cheating and verification</h2>\n<p>"
                + ReportHtml.escape(AdversaryReport.answer(figures)) + "</p>\n"));
        assertTrue(Summary.markdown(figures).contains("## Cheating and verification\n\n"
                + AdversaryReport.answer(figures)));
    }
    @Test
    void rewardsPaidForSpoofedCapacityCountAsPaidForFakeWork(@TempDir Path folder) throws IOException {
        String text = Files.readString(SCENARIO);
        text = text.substring(0, text.indexOf("adversaries:")).replace("rule: pro_rata_work", "rule: pro_rata_uptime")
                + "adversaries:\n  spoofers:\n    - {class: pros, share: 0.5, claimed_gpu_multiple: 4}\n";
        RunFigures figures = run(Files.writeString(folder.resolve("spoofing.yaml"), text));
        // no job is faked, so all of it is the spoofed part, over the same fees and rewards paid
        double spoofed = figures.spoofing().paidForSpoofedShare();
        assertTrue(spoofed > 0.1, "spoofers were paid: " + spoofed);
        assertEquals(spoofed, figures.adversaries().paidForFakeWorkShare(), 1e-9);
    }
}
