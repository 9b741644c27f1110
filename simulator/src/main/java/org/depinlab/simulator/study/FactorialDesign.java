package org.depinlab.simulator.study;

import java.util.ArrayList;
import java.util.List;

/**
 * A two-level design of k factors: the full 2^k, or the smallest regular fraction 2^(k-p) of at
 * least a given resolution. The fraction's first k - p factors form a full factorial; each other
 * factor is the product of a set of them (its generator), chosen by a search so that every word of
 * the defining relation has at least {@code resolution} letters. Rows are in standard order: factor
 * 0 alternates fastest, so in the full design row i has factor j high when bit j of i is set.
 *
 * @param factors    k
 * @param resolution 0 for the full design, else the resolution reached
 * @param signs      rows x k, each -1 (low) or +1 (high)
 */
public record FactorialDesign(int factors, int resolution, int[][] signs) {

    /** The full 2^k design. */
    public static FactorialDesign full(int k) {
        return new FactorialDesign(k, 0, rows(k, new int[0]));
    }

    /** The smallest regular fraction of resolution at least {@code resolution}; the full design if none is smaller. */
    public static FactorialDesign fractional(int k, int resolution) {
        for (int base = 1; base < k; base++) {
            int[] generators = search(base, k - base, resolution);
            if (generators != null) {
                return new FactorialDesign(k, resolution, rows(base, generators));
            }
        }
        return full(k);
    }

    /** Whether every design point is a corner of the full factorial (so Shapley attribution is exact). */
    public boolean isFull() {
        return resolution == 0;
    }

    /** Whether two-way interactions are estimable clear of main effects and of each other. */
    public boolean interactionsClear() {
        return resolution == 0 || resolution >= 5;
    }

    private static int[][] rows(int base, int[] generators) {
        int n = 1 << base;
        int[][] signs = new int[n][base + generators.length];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < base; j++) {
                signs[i][j] = (i >> j & 1) == 1 ? 1 : -1;
            }
            for (int g = 0; g < generators.length; g++) {
                int sign = 1;
                for (int j = 0; j < base; j++) {
                    if ((generators[g] >> j & 1) == 1) {
                        sign *= signs[i][j];
                    }
                }
                signs[i][base + g] = sign;
            }
        }
        return signs;
    }

    /** {@code extra} generators over {@code base} factors giving the resolution, or null. */
    private static int[] search(int base, int extra, int resolution) {
        List<Integer> candidates = new ArrayList<>();
        for (int mask = 1; mask < 1 << base; mask++) {
            if (Integer.bitCount(mask) >= resolution - 1) {
                candidates.add(mask);
            }
        }
        if (candidates.size() < extra) {
            return null;
        }
        int[] chosen = new int[extra];
        List<Long> words = new ArrayList<>();
        return choose(candidates, 0, chosen, 0, base, words, resolution) ? chosen : null;
    }

    /** Depth-first: picks generator {@code depth} from {@code candidates} at or after {@code from}. */
    private static boolean choose(List<Integer> candidates, int from, int[] chosen, int depth, int base,
                                  List<Long> group, int resolution) {
        if (depth == chosen.length) {
            return true;
        }
        for (int c = from; c < candidates.size(); c++) {
            long word = candidates.get(c) | 1L << (base + depth);
            // the defining relation grows by the new word times every word already in it
            List<Long> added = new ArrayList<>();
            added.add(word);
            for (long w : group) {
                added.add(w ^ word);
            }
            if (added.stream().allMatch(w -> Long.bitCount(w) >= resolution)) {
                chosen[depth] = candidates.get(c);
                int size = group.size();
                group.addAll(added);
                if (choose(candidates, c + 1, chosen, depth + 1, base, group, resolution)) {
                    return true;
                }
                group.subList(size, group.size()).clear();
            }
        }
        return false;
    }
}
