package org.depinlab.simulator.protocol;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.depinlab.tokenomics.concentration.SignedGini;

/**
 * How cumulative profit ({@link OperatorLedger#profitUsd()}) is spread over the operators that
 * took part in the run (at least one epoch active; would-be entrants that never entered are left
 * out): its Gini with losses counted as negative values ({@link SignedGini}: the mean absolute
 * difference over twice the mean absolute profit, in [0, (n − 1)/n], the standard Gini when nobody
 * lost), and the shares of operators in loss (profit &lt; 0) and in profit (profit &gt; 0), overall
 * and per operator class. With no operator taking part the Gini and shares are NaN.
 *
 * @param operators   operators that took part
 * @param gini        Gini of their cumulative profit, losses included
 * @param inLossShare share of them with a loss
 * @param byClass     per operator class (in the order the operators list them): its outcome
 */
public record ProfitSpread(int operators, double gini, double inLossShare, Map<String, ClassOutcome> byClass) {

    public ProfitSpread {
        byClass = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byClass));
    }

    /**
     * One operator class's outcome.
     *
     * @param operators     its operators that took part
     * @param inLossShare   share of them with a loss (NaN for none)
     * @param inProfitShare share of them with a profit (NaN for none)
     */
    public record ClassOutcome(int operators, double inLossShare, double inProfitShare) {
    }

    /** The spread of the ledgers' cumulative profits. */
    public static ProfitSpread of(List<OperatorLedger> ledgers) {
        List<Double> profits = new ArrayList<>();
        Map<String, int[]> counts = new LinkedHashMap<>();
        int losing = 0;
        for (OperatorLedger ledger : ledgers) {
            int[] count = counts.computeIfAbsent(ledger.operatorClass(), c -> new int[3]);
            if (ledger.epochsActive() == 0) {
                continue;
            }
            profits.add(ledger.profitUsd());
            count[0]++;
            if (ledger.profitUsd() < 0) {
                count[1]++;
                losing++;
            } else if (ledger.profitUsd() > 0) {
                count[2]++;
            }
        }
        Map<String, ClassOutcome> byClass = new LinkedHashMap<>();
        counts.forEach((name, c) -> byClass.put(name, new ClassOutcome(c[0], share(c[1], c[0]), share(c[2], c[0]))));
        double gini = profits.isEmpty() ? Double.NaN
                : SignedGini.of(profits.stream().mapToDouble(Double::doubleValue).toArray());
        return new ProfitSpread(profits.size(), gini, share(losing, profits.size()), byClass);
    }

    private static double share(int part, int whole) {
        return whole == 0 ? Double.NaN : (double) part / whole;
    }
}
