package org.depinlab.simulator.example;

import java.nio.file.Path;
import java.util.Locale;

import org.depinlab.gpubench.GpuProfiles;
import org.depinlab.simulator.model.EconomyRun;
import org.depinlab.simulator.protocol.OperatorLedger;
import org.depinlab.simulator.scenario.Scenario;
import org.depinlab.simulator.scenario.ScenarioLoader;
import org.depinlab.tokenomics.concentration.Concentration;
import org.depinlab.tokenomics.concentration.ConcentrationMetrics;

public final class LibraryExample {

    public static void main(String[] args) {
        GpuProfiles profiles = GpuProfiles.builtIn();
        Scenario scenario = new ScenarioLoader(profiles.catalog()).load(Path.of(args[0]));
        EconomyRun run = EconomyRun.run(scenario.model(), scenario.protocol(), scenario.seed(), profiles);

        System.out.printf(Locale.ROOT, "%s: %d of %d jobs completed%n",
                scenario.name(), run.network().completed(), run.network().arrived());
        double[] rewards = run.protocol().operators().stream()
                .mapToDouble(OperatorLedger::rewardTokens)
                .toArray();
        Concentration concentration = ConcentrationMetrics.of(rewards);
        System.out.printf(Locale.ROOT, "operators' rewards: Gini %.3f, Nakamoto coefficient %d%n",
                concentration.gini(), concentration.nakamoto());
    }
}
