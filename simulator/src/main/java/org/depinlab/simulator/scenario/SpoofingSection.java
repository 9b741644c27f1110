package org.depinlab.simulator.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.depinlab.simulator.protocol.Spoofing;

/**
 * Reads the spoofing keys of the top-level {@code adversaries} section, {@code spoofers} and
 * {@code capacity_challenges}, into {@link Spoofing}.
 */
final class SpoofingSection {

    /** The keys of {@code adversaries} this section reads. */
    static final List<String> FIELDS = List.of("spoofers", "capacity_challenges");
    private static final List<String> SPOOFER = List.of("class", "share", "claimed_gpu_multiple", "fake_uptime");
    private static final List<String> CHALLENGES = List.of("share_per_epoch", "gpu_seconds_per_challenge",
            "false_positive_probability");

    private SpoofingSection() {
    }

    /**
     * Spoofers and the challenges against them, or empty when {@code adversaries} names no spoofers.
     *
     * @param classNames the network's operator classes
     */
    static Optional<Spoofing> read(Fields adversaries, List<String> classNames) {
        if (!adversaries.has("spoofers")) {
            if (adversaries.has("capacity_challenges")) {
                throw adversaries.error(adversaries.child("capacity_challenges"), "challenges claims but no operator"
                        + " spoofs (allowed: add adversaries.spoofers, or remove capacity_challenges)");
            }
            return Optional.empty();
        }
        List<Spoofing.Spoofer> spoofers = new ArrayList<>();
        List<String> named = new ArrayList<>();
        for (Fields s : adversaries.objects("spoofers", SPOOFER)) {
            String operatorClass = s.text("class");
            if (!classNames.contains(operatorClass)) {
                throw s.error(s.child("class"), "'" + operatorClass + "' is no operator class of the network"
                        + " (allowed: " + String.join(", ", classNames) + ")");
            }
            if (named.contains(operatorClass)) {
                throw s.error(s.child("class"), "'" + operatorClass + "' is given twice (allowed: one entry per"
                        + " class)");
            }
            named.add(operatorClass);
            spoofers.add(new Spoofing.Spoofer(operatorClass, s.number("share", 0, 1),
                    s.number("claimed_gpu_multiple", 1, 1e6, 1), s.bool("fake_uptime", false)));
            s.done();
        }
        Optional<Spoofing.Challenges> challenges = Optional.empty();
        if (adversaries.has("capacity_challenges")) {
            Fields c = adversaries.object("capacity_challenges", CHALLENGES);
            challenges = Optional.of(new Spoofing.Challenges(c.number("share_per_epoch", 0, 1),
                    c.number("gpu_seconds_per_challenge", 0, 86_400), c.number("false_positive_probability", 0, 1, 0)));
            c.done();
        }
        return Optional.of(new Spoofing(spoofers, challenges));
    }
}
