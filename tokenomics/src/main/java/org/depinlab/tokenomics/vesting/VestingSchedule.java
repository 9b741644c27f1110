package org.depinlab.tokenomics.vesting;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The vesting of a set of grants, by holder.
 *
 * <p>Convention: epochs are 0-based and vesting is counted at the END of each epoch, so by the end
 * of epoch e, e + 1 epochs have elapsed. A grant of T tokens with cliff C and vesting V has vested
 * <pre>
 *   vested(e) = T * clamp((e + 1 - C) / V, 0, 1)      for V > 0
 *   vested(e) = (e + 1 >= C) ? T : 0                   for V = 0
 *   vested(e) = 0                                      for e &lt; 0
 * </pre>
 * So with V > 0 nothing vests in epochs 0..C-1 (the cliff), T/V vests in each of the epochs
 * C..C+V-1, and the grant is whole at the end of epoch C + V - 1. With V = 0 all of T vests at the
 * end of epoch C - 1 (epoch 0 when C is 0 or 1: nothing vests before epoch 0). A fully vested grant
 * reads exactly T.
 *
 * <p>A holder may have several grants; their vesting adds up. Immutable.
 */
public final class VestingSchedule {

    private final Map<String, List<Grant>> grantsByHolder;
    private final double total;

    /**
     * @param grants the grants, none null; may be empty
     */
    public VestingSchedule(List<Grant> grants) {
        Objects.requireNonNull(grants, "grants");
        Map<String, List<Grant>> byHolder = new LinkedHashMap<>();
        double sum = 0;
        for (int i = 0; i < grants.size(); i++) {
            Grant grant = grants.get(i);
            if (grant == null) {
                throw new IllegalArgumentException("grant at index " + i + " is null");
            }
            byHolder.computeIfAbsent(grant.holder(), holder -> new ArrayList<>()).add(grant);
            sum += grant.tokens();
        }
        byHolder.replaceAll((holder, holderGrants) -> List.copyOf(holderGrants));
        this.grantsByHolder = byHolder;
        this.total = sum;
    }

    /**
     * The tokens of {@code holder} vested by the end of {@code epoch}; 0 for every epoch &lt; 0.
     *
     * @throws IllegalArgumentException if the holder has no grant
     */
    public double vestedBy(String holder, int epoch) {
        return vested(grantsOf(holder), epoch);
    }

    /**
     * The tokens of {@code holder} that vest during {@code epoch}: {@code vestedBy(epoch) -
     * vestedBy(epoch - 1)}, ≥ 0; 0 for every epoch &lt; 0. Summed over all epochs, the holder's
     * tokens.
     *
     * @throws IllegalArgumentException if the holder has no grant
     */
    public double releasedIn(String holder, int epoch) {
        List<Grant> grants = grantsOf(holder);
        return vested(grants, epoch) - vested(grants, epoch - 1L);
    }

    /** Every holder with a grant, in the order of their first grant. */
    public List<String> holders() {
        return List.copyOf(grantsByHolder.keySet());
    }

    /** The tokens of all grants. */
    public double total() {
        return total;
    }

    private static double vested(List<Grant> grants, long epoch) {
        double vested = 0;
        for (Grant grant : grants) {
            vested += grant.vestedBy(epoch);
        }
        return vested;
    }

    private List<Grant> grantsOf(String holder) {
        List<Grant> grants = grantsByHolder.get(holder);
        if (grants == null) {
            throw new IllegalArgumentException(
                    "no grant for holder " + holder + "; holders are " + holders());
        }
        return grants;
    }
}
