package org.depinlab.simulator.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.depinlab.simulator.model.RunResult;
import org.depinlab.simulator.model.SteadyState;
import org.depinlab.simulator.protocol.ProtocolEpoch;
import org.depinlab.simulator.scenario.Scenario;

/** {@code summary.md}: the key figures ({@link Columns#RUN}) and what they say about the scenario's two questions. */
final class Summary {

    private Summary() {
    }

    /**
     * The summary's sentences as HTML, for the head of report.html: its sections' headings as
     * {@code <h3>}, its paragraphs as {@code <p>}, without the title and description the page shows itself.
     */
    static String html(RunFigures f) {
        StringBuilder html = new StringBuilder();
        for (String block : body(f).split("\n\n")) {
            String text = block.strip();
            if (text.startsWith("## ")) {
                html.append("<h3>").append(ReportHtml.escape(text.substring(3))).append("</h3>\n");
            } else if (!text.isEmpty()) {
                html.append("<p>").append(ReportHtml.escape(text.replace('\n', ' '))).append("</p>\n");
            }
        }
        return html.toString();
    }

    static String markdown(RunFigures f) {
        Scenario scenario = f.scenario();
        return "# " + scenario.name() + "\n\n"
                + (scenario.description().isBlank() ? "" : scenario.description().strip() + "\n\n") + body(f);
    }

    /** The summary below its title and description. */
    private static String body(RunFigures f) {
        Scenario scenario = f.scenario();
        RunResult r = f.network();
        StringBuilder md = new StringBuilder();
        md.append(String.format(Locale.ROOT, "Seed %s, %s simulated days, %,d nodes with %,d GPUs.%n%n",
                f.seed(), NumberText.of(f.durationDays()), r.nodes(), r.gpus()));
        if (scenario.setsEnergyPhysics()) {
            f.energy().answer().ifPresent(answer -> md.append(answer).append("\n\n"));
        }
        md.append("## Throughput\n\n");
        md.append(String.format(Locale.ROOT, "The network completed %,d of %,d jobs (%.1f %%): %s jobs/s and %s"
                        + " PFLOP/s delivered on average, GPU utilization %.1f %%. %,d jobs gave up waiting, %,d were"
                        + " dropped on arrival and %,d were lost to failures (%,d runs interrupted).%n%n",
                r.completed(), r.arrived(), 100 * f.completionRatio(), NumberText.of(f.jobsPerSecond()),
                NumberText.of(f.deliveredPflopPerSecond()), 100 * f.gpuUtilization(), r.reneged(), r.dropped(), r.lost(),
                r.interrupted()));
        SteadyState steady = f.steady();
        md.append(String.format(Locale.ROOT, "Leaving out a warm-up of %,d epochs (%s): %s jobs/s, GPU utilization"
                + " %.1f %%.%n%n", steady.warmupEpochs(), steady.warmupRule(), NumberText.of(steady.jobsPerSecond()),
                100 * steady.gpuUtilization()));
        md.append(String.format(Locale.ROOT, "Energy: %s kWh in all, %s kWh per completed job, %s kWh per"
                + " PFLOP. GPU figures come from profiles labelled %s.%n%n", NumberText.of(f.energyKwh()),
                NumberText.of(f.energyKwhPerCompletedJob()), NumberText.of(f.energyKwhPerPflop()), r.profileLabels()));
        if (!scenario.setsEnergyPhysics()) {
            f.energy().answer().ifPresent(answer -> md.append(answer).append("\n\n"));
        }
        if (f.hasAdversaries()) {
            md.append("## Cheating and verification\n\n").append(AdversaryReport.answer(f)).append("\n\n");
        }
        if (f.hasProtocol()) {
            md.append("## Concentration\n\n");
            double apparent = f.rewardGiniApparentMean();
            double trueGini = f.rewardGiniTrueMean();
            ProtocolEpoch last = f.lastEpoch();
            md.append(String.format(Locale.ROOT, "Rewards: mean Gini over epochs %.3f per operator (true), %.3f per"
                    + " identity (what the chain sees)%s. At the end %d operators together held a majority of the"
                    + " epoch's rewards (Nakamoto coefficient), and %d a majority of the GPUs in service (capacity"
                    + " Gini %.3f). Gini of cumulative fiat profit, losses included: %.3f; %.1f %% of the %d operators"
                    + " that took part ended the run in loss.%n%n", trueGini, apparent,
                    trueGini > apparent + 0.01 ? ", so identities hide part of the concentration" : "",
                    last.rewardNakamotoTrue(), last.capacityNakamotoTrue(), last.capacityGiniTrue(),
                    f.profitSpread().gini(), 100 * f.profitSpread().inLossShare(), f.profitSpread().operators()));
            md.append(String.format(Locale.ROOT, "Token: %s minted and %s burned; supply at the end %s, price"
                            + " %s USD. Operators: %d entered, %d exited.%n",
                    NumberText.of(f.tokensMinted()), NumberText.of(f.tokensBurned()), NumberText.of(last.supplyTokens()),
                    NumberText.of(last.priceUsd()), f.operatorEntries(),
                    f.operatorExits()));
            List<String> shares = new ArrayList<>();
            f.run().protocol().valueCapture().shares().forEach((group, share) -> shares.add(group + " "
                    + (share == null ? "none" : String.format(Locale.ROOT, "%.1f %%", 100 * share))));
            md.append(String.format(Locale.ROOT, "%nValue captured, of %s USD distributed (fees kept plus tokens at"
                    + " the price received): %s. Token wealth at the end, %d holders insiders included: Gini %.3f"
                    + " (operators alone %.3f), the largest 10 hold %.1f %%.%n", NumberText.of(f.valueDistributedUsd()),
                    String.join(", ", shares), last.tokenWealth().holders(), last.tokenWealth().giniAllHolders(),
                    last.tokenWealth().giniOperators(), 100 * last.tokenWealth().top10ShareAllHolders()));
        }
        return md.toString();
    }
}
