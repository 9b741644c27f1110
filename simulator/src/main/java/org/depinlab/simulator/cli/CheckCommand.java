package org.depinlab.simulator.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.depinlab.simulator.check.CaseResult;
import org.depinlab.simulator.check.CheckSettings;
import org.depinlab.simulator.check.QueueCase;
import org.depinlab.simulator.check.QueueCheck;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code depinlab check}: the engine against queueing theory. */
@Command(name = "check",
        mixinStandardHelpOptions = true,
        description = {
            "Runs the discrete-event engine on classic queues (M/M/1, M/M/10, M/D/1, M/G/1 with lognormal "
                + "service) and compares each simulated mean wait with its formula (Erlang C, "
                + "Pollaczek-Khinchine).",
            "Exit code 0 when every analytic value lies inside its confidence interval, 1 otherwise. "
                + "With a correct engine each case still misses with probability 1 - confidence."})
final class CheckCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--replications", paramLabel = "N", description = "Independent replications per queue (default: ${DEFAULT-VALUE}).")
    private int replications = CheckSettings.defaults().replications();

    @Option(names = "--customers", paramLabel = "N", description = "Customers measured per replication (default: ${DEFAULT-VALUE}).")
    private long customers = CheckSettings.defaults().measuredCustomers();

    @Option(names = "--warmup", paramLabel = "N", description = "Customers discarded at the start of each replication (default: ${DEFAULT-VALUE}).")
    private long warmup = CheckSettings.defaults().warmupCustomers();

    @Option(names = "--confidence", paramLabel = "P", description = "Confidence level of the intervals (default: ${DEFAULT-VALUE}).")
    private double confidence = CheckSettings.defaults().confidence();

    @Option(names = "--seed", paramLabel = "N", description = "Master seed (default: ${DEFAULT-VALUE}).")
    private long seed = CheckSettings.defaults().seed();

    @Override
    public Integer call() {
        CheckSettings settings;
        try {
            settings = new CheckSettings(replications, warmup, customers, confidence, seed);
        } catch (IllegalArgumentException e) {
            throw new UserInputException(e.getMessage());
        }
        PrintWriter out = spec.commandLine().getOut();
        out.printf(Locale.ROOT, "Engine check: %d replications x %,d customers (after %,d warm-up), %.0f %% confidence, seed %d%n%n",
                settings.replications(), settings.measuredCustomers(), settings.warmupCustomers(),
                settings.confidence() * 100, settings.seed());
        QueueCheck check = new QueueCheck(settings);
        List<CaseResult> results = new ArrayList<>();
        out.println(header());
        for (QueueCase queue : QueueCheck.referenceCases()) {
            CaseResult result = check.run(queue);
            results.add(result);
            out.println(row(result));
            out.flush();
        }
        long failed = results.stream().filter(r -> !r.passed()).count();
        long events = results.stream().mapToLong(CaseResult::eventsFired).sum();
        out.printf(Locale.ROOT, "%n%d of %d cases inside their confidence interval (%,d events simulated).%n",
                results.size() - failed, results.size(), events);
        return failed == 0 ? 0 : 1;
    }

    private static String header() {
        return String.format(Locale.ROOT, "%-60s %-20s %12s %13s %-22s %8s  %s",
                "queue", "formula", "analytic Wq", "simulated Wq", "confidence interval", "error", "result");
    }

    private static String row(CaseResult r) {
        String interval = String.format(Locale.ROOT, "[%.4f, %.4f]", r.lower(), r.upper());
        return String.format(Locale.ROOT, "%-60s %-20s %10.4f s %11.4f s %-22s %+7.2f%%  %s",
                r.queue().describe(), r.queue().formula(), r.analyticWait(), r.simulatedWait(), interval,
                r.relativeError() * 100, r.passed() ? "pass" : "FAIL");
    }
}
