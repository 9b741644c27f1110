package org.depinlab.simulator.protocol;

/**
 * Where job fees go besides the operator and the protocol's take.
 *
 * @param burnShare     share of every job fee that buys tokens on the market which are burned (Render's
 *                      burn-and-mint: RNP-001 burns 95 % of what customers pay); the operator gets the fee less
 *                      this and the take. In [0, 1]
 * @param takeToStakers true: the protocol's take is paid to the identities pro rata to their bonded stake
 *                      (Akash: the take rate on leases goes to AKT stakers) instead of being kept
 */
public record FeePolicy(double burnShare, boolean takeToStakers) {

    /** Fees to the operator and the take, nothing burned, nothing paid to stakers. */
    public static final FeePolicy NONE = new FeePolicy(0, false);

    public FeePolicy {
        if (!(burnShare >= 0 && burnShare <= 1)) {
            throw new IllegalArgumentException("fee burn share must be in [0, 1], got " + burnShare);
        }
    }

    /** Whether any of this changes what the fees do. */
    boolean active() {
        return burnShare > 0 || takeToStakers;
    }
}
