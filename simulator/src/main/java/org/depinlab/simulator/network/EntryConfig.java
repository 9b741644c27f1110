package org.depinlab.simulator.network;

/**
 * Entry without a pre-drawn reserve: potential entrants of each class arrive as a Poisson process
 * ({@link OperatorClass#entrantsPerMonth()}), draw their attributes when they arrive, and enter
 * when the income they expect over the payback horizon covers their capital × (1 + hurdle). The
 * network holds a bounded pool of slots for them, allocated up front (memory is bounded).
 *
 * @param maxNodes       node slots in the pool (entrants' nodes and their expansion headroom)
 * @param maxOperators   operator slots in the pool
 * @param paybackMonths  horizon over which an entrant expects to recover its capital (a month is 730 hours)
 * @param hurdleRate     return on capital an entrant requires over the horizon (0: break even)
 */
public record EntryConfig(int maxNodes, int maxOperators, double paybackMonths, double hurdleRate) {

    /** Hours in a month (365 × 24 / 12). */
    public static final double HOURS_PER_MONTH = 730;

    public EntryConfig {
        if (maxNodes < 1 || maxOperators < 1) {
            throw new IllegalArgumentException("the entrant pool needs at least one node and one operator slot");
        }
        if (!(paybackMonths > 0) || !(hurdleRate >= 0)) {
            throw new IllegalArgumentException("payback months must be > 0 and hurdle rate >= 0");
        }
    }
}
