package org.depinlab.simulator.protocol;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who captured the value the network distributed: per stakeholder group (each allocation holder,
 * then each operator class), its share of all the value distributed so far. The value a group
 * receives in an epoch is, for an operator class, the job fees its operators kept after the
 * protocol's take plus their reward tokens at the epoch's price of receipt; for an allocation
 * holder, its vested tokens at the epoch's price of receipt. The price of receipt is the token price
 * standing when the epoch settles, before its sales (the price rewards are valued at in
 * {@link OperatorLedger}).
 *
 * @param groups the groups, allocation holders first, then operator classes
 * @param kinds  per group, {@link #ALLOCATION_HOLDER} or {@link #OPERATOR_CLASS}
 * @param epochs per epoch
 */
public record ValueCaptureSeries(List<String> groups, List<String> kinds, List<ValueCaptureEpoch> epochs) {

    /** A group that is an allocation holder. */
    public static final String ALLOCATION_HOLDER = "allocation holder";
    /** A group that is an operator class. */
    public static final String OPERATOR_CLASS = "operator class";

    public ValueCaptureSeries {
        groups = List.copyOf(groups);
        kinds = List.copyOf(kinds);
        epochs = List.copyOf(epochs);
    }

    /**
     * Each group's share of the value distributed over the run, in group order; they sum to 1 (null
     * values when nothing was distributed).
     */
    public Map<String, Double> shares() {
        Map<String, Double> shares = new LinkedHashMap<>();
        List<Double> last = epochs.isEmpty() ? null : epochs.get(epochs.size() - 1).cumulativeShare();
        for (int g = 0; g < groups.size(); g++) {
            Double share = last == null ? null : last.get(g);
            shares.put(groups.get(g), share == null || share.isNaN() ? null : share);
        }
        return shares;
    }

    /**
     * One epoch of the series.
     *
     * @param epoch           index
     * @param valueUsd        per group, the value it received in the epoch
     * @param cumulativeShare per group, its share of all value distributed up to the epoch's end
     *                        (NaN while nothing has been distributed)
     */
    public record ValueCaptureEpoch(int epoch, List<Double> valueUsd, List<Double> cumulativeShare) {

        public ValueCaptureEpoch {
            valueUsd = List.copyOf(valueUsd);
            cumulativeShare = List.copyOf(cumulativeShare);
        }
    }
}
