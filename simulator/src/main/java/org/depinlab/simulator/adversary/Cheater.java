package org.depinlab.simulator.adversary;

import java.util.Objects;

/**
 * Cheaters of one operator class: a share of its operators (drawn once, on stream
 * {@code "adversaries"}) cheat on every job they run, or, when {@code rational}, in the epochs where
 * the expected gain beats the expected penalty ({@link RationalCheating}).
 *
 * @param operatorClass    the operator class
 * @param share            share of the class's operators that cheat, [0, 1]
 * @param strategy         how they cheat
 * @param lazyFlopShare    for {@link Strategy#LAZY}: share of the FLOP run, (0, 1); 0 for fake completion
 * @param reportDelayShare for {@link Strategy#FAKE_COMPLETION}: how long the job's GPUs are held
 *                         before it is reported done, as a share of its service time, (0, 1]
 * @param rational         whether they cheat only when it pays
 */
public record Cheater(String operatorClass, double share, Strategy strategy, double lazyFlopShare,
                      double reportDelayShare, boolean rational) {

    public Cheater {
        Objects.requireNonNull(operatorClass, "operator class");
        Objects.requireNonNull(strategy, "strategy");
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("cheater share must be in [0, 1], got " + share);
        }
        if (strategy == Strategy.LAZY && !(lazyFlopShare > 0 && lazyFlopShare < 1)) {
            throw new IllegalArgumentException("lazy FLOP share must be in (0, 1), got " + lazyFlopShare);
        }
        if (strategy == Strategy.FAKE_COMPLETION && !(reportDelayShare > 0 && reportDelayShare <= 1)) {
            throw new IllegalArgumentException("report delay share must be in (0, 1], got " + reportDelayShare);
        }
    }

    /** Share of a job's FLOP a cheating run actually computes: 0 for a fake completion. */
    public double workShare() {
        return strategy == Strategy.LAZY ? lazyFlopShare : 0;
    }

    /** How long a cheating run holds the job's GPUs, as a share of its service time. */
    public double holdShare() {
        return strategy == Strategy.LAZY ? lazyFlopShare : reportDelayShare;
    }
}
