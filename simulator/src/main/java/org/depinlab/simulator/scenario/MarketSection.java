package org.depinlab.simulator.scenario;

import java.util.List;
import java.util.Optional;

import org.depinlab.simulator.market.AskAdjustment;

/** Reads the {@code market} section of a scenario: how operators price their GPUs over the run. */
final class MarketSection {

    /** The keys of the market section. */
    static final List<String> FIELDS = List.of("ask_adjustment");
    private static final List<String> ASK_ADJUSTMENT = List.of("target_utilization", "tolerance", "step",
            "min_factor", "max_factor");

    private MarketSection() {
    }

    /** The asks' adjustment to utilization; empty when the section does not name one (asks fixed). */
    static Optional<AskAdjustment> read(Fields f) {
        Optional<AskAdjustment> asks = Optional.empty();
        if (f.has("ask_adjustment")) {
            Fields a = f.object("ask_adjustment", ASK_ADJUSTMENT);
            double target = a.number("target_utilization", 0.01, 0.99);
            double tolerance = a.number("tolerance", 0, 0.5, 0.05);
            if (target - tolerance <= 0 || target + tolerance >= 1) {
                throw a.error(a.child("tolerance"), Fields.fmt(tolerance) + " puts the band around the target "
                        + Fields.fmt(target) + " outside (0, 1) (allowed: target - tolerance > 0 and target + tolerance"
                        + " < 1)");
            }
            asks = Optional.of(new AskAdjustment(target, tolerance, a.number("step", 0.001, 1),
                    a.number("min_factor", 0.01, 1), a.number("max_factor", 1, 100)));
            a.done();
        }
        f.done();
        return asks;
    }
}
