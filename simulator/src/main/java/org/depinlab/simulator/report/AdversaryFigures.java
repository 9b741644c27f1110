package org.depinlab.simulator.report;

import java.util.List;
import java.util.function.IntPredicate;

import org.depinlab.simulator.adversary.AdversaryResult;
import org.depinlab.simulator.model.EconomyRun;
import org.depinlab.simulator.model.OperatorSummary;
import org.depinlab.simulator.protocol.FraudOutcome;
import org.depinlab.simulator.protocol.OperatorLedger;
import org.depinlab.simulator.protocol.SpoofingResult;

/**
 * The figures of cheating and verification over a run ({@link Columns#RUN_ADVERSARIES}), from the
 * model's {@link AdversaryResult} and, with a protocol, its {@link FraudOutcome} and ledgers.
 *
 * @param model    what the model saw
 * @param protocol what the protocol paid and penalized; null without a protocol
 * @param run      the run (operators' GPUs and profits)
 */
public record AdversaryFigures(AdversaryResult model, FraudOutcome protocol, EconomyRun run) {

    static AdversaryFigures of(EconomyRun run) {
        return new AdversaryFigures(run.network().adversaries().orElseThrow(),
                run.protocol() == null ? null : run.protocol().fraud().orElseThrow(), run);
    }

    /**
     * Fees and rewards (at the epoch's opening price) paid for claimed work that was not run, or for
     * claimed capacity or uptime that did not exist (spoofers), over all fees and rewards paid; 0 with
     * nothing paid.
     */
    public double paidForFakeWorkShare() {
        double rewards = protocol == null ? 0 : protocol.rewardsUsd();
        double unrunRewards = protocol == null ? 0 : protocol.unrunRewardsUsd();
        double spoofed = run.protocol() == null ? 0 : run.protocol().spoofing().map(SpoofingResult::paidForSpoofedUsd)
                .orElse(0.0);
        double paid = model.feesUsd() + rewards;
        return paid > 0 ? (model.unrunFeesUsd() + unrunRewards + spoofed) / paid : 0;
    }

    public double fraudSlashedTokens() {
        return protocol == null ? 0 : protocol.fraudSlashedTokens();
    }

    public long falseSlashes() {
        return protocol == null ? 0 : protocol.falseSlashes();
    }

    public double falseSlashTokens() {
        return protocol == null ? 0 : protocol.falseSlashTokens();
    }

    /** Fees of checks and copies paid from the protocol's take; 0 without a protocol. */
    public double verificationCostProtocolUsd() {
        return protocol == null ? 0 : protocol.checksProtocolUsd();
    }

    /** Fees of checks and copies the protocol owed beyond its take; 0 without a protocol. */
    public double verificationCostUnfundedUsd() {
        return protocol == null ? 0 : protocol.checksUnfundedUsd();
    }

    public long ejections() {
        return protocol == null ? 0 : protocol.ejections();
    }

    /**
     * profit_usd per GPU of the operators drawn cheaters on jobs or spoofers; NaN without a protocol or
     * without any.
     */
    public double cheaterProfitPerGpuUsd() {
        return profitPerGpu(this::cheater);
    }

    /** The same of the honest operators (neither). */
    public double honestProfitPerGpuUsd() {
        return profitPerGpu(o -> !cheater(o));
    }

    /** The same of the spoofers alone. */
    public double spooferProfitPerGpuUsd() {
        return profitPerGpu(this::spoofer);
    }

    private boolean cheater(int o) {
        return model.cheaters().get(o) || spoofer(o);
    }

    private boolean spoofer(int o) {
        return run.protocol() != null && run.protocol().spoofing().map(s -> s.spoofers().get(o)).orElse(false);
    }

    private double profitPerGpu(IntPredicate among) {
        if (run.protocol() == null) {
            return Double.NaN;
        }
        List<OperatorSummary> operators = run.network().operators();
        List<OperatorLedger> ledgers = run.protocol().operators();
        double profit = 0;
        long gpus = 0;
        for (int o = 0; o < operators.size(); o++) {
            if (among.test(o)) {
                profit += ledgers.get(o).profitUsd();
                gpus += operators.get(o).gpus();
            }
        }
        return gpus > 0 ? profit / gpus : Double.NaN;
    }
}
