package org.depinlab.simulator.scenario;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.depinlab.simulator.adversary.Adversaries;
import org.depinlab.simulator.adversary.CheckPayer;
import org.depinlab.simulator.adversary.Cheater;
import org.depinlab.simulator.adversary.Penalties;
import org.depinlab.simulator.adversary.Strategy;
import org.depinlab.simulator.adversary.Verification;

/** Reads the {@code adversaries} section of a scenario: cheating operators, verification, fraud penalties. */
final class AdversariesSection {

    static final String FIELD = "adversaries";
    static final List<String> FIELDS = List.of("cheaters", "verification", "penalties");
    private static final List<String> CHEATER = List.of("class", "share", "strategy", "lazy_flop_share",
            "report_delay_share", "rational");
    private static final List<String> VERIFICATION = List.of("spot_check_share", "false_positive_probability",
            "redundancy_share", "redundancy_copies", "checks_paid_by", "referee");
    private static final List<String> PENALTIES = List.of("fraud_slash_share", "reset_reputation", "ejection_epochs");

    private AdversariesSection() {
    }

    /**
     * Reads the keys of {@code f} this section owns (the loader checks the whole section is used, the
     * spoofing keys included).
     *
     * @param classes   the network's operator classes (a cheater names one)
     * @param protocol  whether the scenario has a protocol (penalties and rational cheaters need one)
     */
    static Adversaries read(Fields f, List<String> classes, boolean protocol) {
        List<Cheater> cheaters = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Fields c : f.has("cheaters") ? f.objects("cheaters", CHEATER) : List.<Fields>of()) {
            String className = c.text("class");
            if (!classes.contains(className)) {
                throw c.error(c.child("class"), "'" + className + "' is not an operator class of the network"
                        + " (allowed: " + String.join(", ", classes) + ")");
            }
            if (!seen.add(className)) {
                throw c.error(c.child("class"), "class '" + className + "' has cheaters twice (allowed: one entry"
                        + " per class)");
            }
            Strategy strategy = c.choice("strategy", Strategy.class, Strategy.FAKE_COMPLETION);
            double lazy = strategy == Strategy.LAZY ? c.number("lazy_flop_share", 1e-6, 1 - 1e-6) : 0;
            if (strategy != Strategy.LAZY && c.has("lazy_flop_share")) {
                throw c.error(c.child("lazy_flop_share"), "applies to strategy lazy only (allowed: remove it)");
            }
            double delay = c.number("report_delay_share", 1e-6, 1, 0.1);
            boolean rational = c.bool("rational", false);
            if (rational && !protocol) {
                throw c.error(c.child("rational"), "a rational cheater weighs penalties at the token's price and needs"
                        + " a protocol section (allowed: false, or add protocol)");
            }
            cheaters.add(new Cheater(className, c.number("share", 0, 1), strategy, lazy, delay, rational));
            c.done();
        }
        Verification verification = Verification.NONE;
        if (f.has("verification")) {
            Fields v = f.object("verification", VERIFICATION);
            int copies = v.integer("redundancy_copies", Verification.MIN_COPIES, Verification.MAX_COPIES,
                    Verification.MIN_COPIES);
            if (copies % 2 == 0) {
                throw v.error(v.child("redundancy_copies"), copies + " runs can tie (allowed: an odd number, "
                        + Verification.MIN_COPIES + " to " + Verification.MAX_COPIES + ")");
            }
            CheckPayer payer = v.choice("checks_paid_by", CheckPayer.class, CheckPayer.CUSTOMER);
            if (payer == CheckPayer.PROTOCOL && !protocol) {
                throw v.error(v.child("checks_paid_by"), "the protocol pays from its take and needs a protocol"
                        + " section (allowed: customer, or add protocol)");
            }
            verification = new Verification(v.number("spot_check_share", 0, 1, 0),
                    v.number("false_positive_probability", 0, 0.999_999, 0), v.number("redundancy_share", 0, 1, 0),
                    copies, payer, v.bool("referee", true));
            v.done();
        }
        Penalties penalties = Penalties.NONE;
        if (f.has("penalties")) {
            Fields p = f.object("penalties", PENALTIES);
            if (!protocol) {
                throw f.error(f.child("penalties"), "are applied by the protocol at the epoch end (allowed: add a"
                        + " protocol section, or remove penalties)");
            }
            int ejection;
            if (p.has("ejection_epochs") && p.raw("ejection_epochs").isTextual()) {
                if (!"permanent".equals(p.text("ejection_epochs"))) {
                    throw p.error(p.child("ejection_epochs"), "'" + p.text("ejection_epochs") + "' is not allowed"
                            + " (allowed: a whole number of epochs 0 to 1000000, or permanent)");
                }
                ejection = Penalties.PERMANENT;
            } else {
                ejection = p.integer("ejection_epochs", 0, 1_000_000, 0);
            }
            penalties = new Penalties(p.number("fraud_slash_share", 0, 1, 0), p.bool("reset_reputation", false),
                    ejection);
            p.done();
        }
        return new Adversaries(cheaters, verification, penalties);
    }
}
