package org.depinlab.simulator.adversary;

import java.util.Objects;

/**
 * How the protocol checks results.
 *
 * @param spotCheckShare           share of delivered jobs re-executed on another node, [0, 1]
 * @param falsePositiveProbability chance that an honest result fails a comparison (floating-point
 *                                 non-determinism across GPUs), [0, 1)
 * @param redundancyShare          share of jobs run {@code redundancyCopies} times on distinct nodes and
 *                                 settled by a majority vote, [0, 1]
 * @param redundancyCopies         runs of a redundant job, original included: odd, at least 3
 * @param checksPaidBy             who pays the checking nodes
 * @param referee                  whether a spot check's mismatch is decided by a third run on a node
 *                                 distinct from both ({@link RefereeVerdict}); without one, the checked
 *                                 node is flagged
 */
public record Verification(double spotCheckShare, double falsePositiveProbability, double redundancyShare,
                           int redundancyCopies, CheckPayer checksPaidBy, boolean referee) {

    /** The fewest runs of a redundant job. */
    public static final int MIN_COPIES = 3;
    /** The most runs of a redundant job. */
    public static final int MAX_COPIES = 15;

    /** No checks at all. */
    public static final Verification NONE = new Verification(0, 0);

    public Verification {
        if (!(spotCheckShare >= 0 && spotCheckShare <= 1)) {
            throw new IllegalArgumentException("spot-check share must be in [0, 1], got " + spotCheckShare);
        }
        if (!(falsePositiveProbability >= 0 && falsePositiveProbability < 1)) {
            throw new IllegalArgumentException("false-positive probability must be in [0, 1), got "
                    + falsePositiveProbability);
        }
        if (!(redundancyShare >= 0 && redundancyShare <= 1)) {
            throw new IllegalArgumentException("redundancy share must be in [0, 1], got " + redundancyShare);
        }
        if (redundancyCopies < MIN_COPIES || redundancyCopies > MAX_COPIES || redundancyCopies % 2 == 0) {
            throw new IllegalArgumentException("redundancy copies must be odd, " + MIN_COPIES + " to " + MAX_COPIES
                    + ", got " + redundancyCopies);
        }
        Objects.requireNonNull(checksPaidBy, "checks paid by");
    }

    /** With a referee deciding the spot checks' mismatches. */
    public Verification(double spotCheckShare, double falsePositiveProbability, double redundancyShare,
                        int redundancyCopies, CheckPayer checksPaidBy) {
        this(spotCheckShare, falsePositiveProbability, redundancyShare, redundancyCopies, checksPaidBy, true);
    }

    /** Spot checks alone, paid by the customer, mismatches refereed. */
    public Verification(double spotCheckShare, double falsePositiveProbability) {
        this(spotCheckShare, falsePositiveProbability, 0, MIN_COPIES, CheckPayer.CUSTOMER);
    }
}
