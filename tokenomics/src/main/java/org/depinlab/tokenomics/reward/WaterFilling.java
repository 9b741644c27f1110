package org.depinlab.tokenomics.reward;

import java.util.Arrays;

import org.depinlab.tokenomics.numeric.CompensatedSum;

/**
 * Caps amounts a_1..a_n >= 0 at c while keeping their total A, by water-filling: the result is
 * {@code r_i = min(c, lambda * a_i)} with lambda chosen so that sum r_i = A, or every positive
 * amount at c when {@code c * (number of positive amounts) <= A}.
 *
 * <p>Why it is cheap: k recipients capped at c take k c < A, so at most {@code K = floor(A / c)} of
 * them are capped, and they are the K largest. Only those K are selected (a min-heap, O(n log K),
 * O(n) for data in random order) and sorted; everything else is one sum. With the amounts sorted
 * ascending x_1..x_N and P_m = x_1 + ... + x_m, keeping the m smallest uncapped needs
 * lambda_m = (A - (N - m) c) / P_m, and it is consistent when lambda_m x_m <= c. That condition
 * holds for every m up to some m* and for none above (P_m / x_m + N - m does not increase with m),
 * so the largest consistent m is found by scanning the K candidates from the top.
 */
final class WaterFilling {

    private WaterFilling() {
    }

    /**
     * Caps {@code amounts} at {@code cap} in place.
     *
     * @param amounts finite and >= 0
     * @param cap >= 0
     * @return the part of the total the caps leave over: {@code A - N cap} when every positive amount
     *     is capped, else 0
     */
    static double capInPlace(double[] amounts, double cap) {
        int payees = 0;
        double largest = 0;
        for (double amount : amounts) {
            if (amount > 0) {
                payees++;
                largest = Math.max(largest, amount);
            }
        }
        if (largest <= cap) {
            return 0.0;
        }
        double total = CompensatedSum.of(amounts);
        if (payees * cap <= total) {
            for (int i = 0; i < amounts.length; i++) {
                if (amounts[i] > 0) {
                    amounts[i] = cap;
                }
            }
            return total - payees * cap;
        }
        int candidates = (int) Math.min(payees - 1, Math.floor(total / cap));
        double lambda = scale(amounts, cap, total, largestAscending(amounts, candidates));
        for (int i = 0; i < amounts.length; i++) {
            if (amounts[i] > 0) {
                amounts[i] = Math.min(cap, lambda * amounts[i]);
            }
        }
        return 0.0;
    }

    /**
     * The lambda of the largest consistent set of uncapped amounts, given the {@code top.length}
     * largest amounts ascending; everything below them is known to stay uncapped.
     */
    private static double scale(double[] amounts, double cap, double total, double[] top) {
        int k = top.length;
        double[] prefix = new double[k + 1];
        CompensatedSum sum = new CompensatedSum();
        sum.add(sumBelow(amounts, top));
        prefix[0] = sum.value();
        for (int j = 0; j < k; j++) {
            sum.add(top[j]);
            prefix[j + 1] = sum.value();
        }
        for (int j = k; j >= 1; j--) {
            double lambda = (total - (k - j) * cap) / prefix[j];
            if (lambda * top[j - 1] <= cap) {
                return lambda;
            }
        }
        return (total - k * cap) / prefix[0];
    }

    /**
     * The sum of the positive amounts outside {@code top}: those below its smallest value t, plus
     * the copies of t that did not make it into {@code top}.
     */
    private static double sumBelow(double[] amounts, double[] top) {
        double threshold = top[0];
        int tiesInTop = 0;
        while (tiesInTop < top.length && top[tiesInTop] == threshold) {
            tiesInTop++;
        }
        int ties = 0;
        CompensatedSum below = new CompensatedSum();
        for (double amount : amounts) {
            if (amount == threshold) {
                ties++;
            } else if (amount > 0 && amount < threshold) {
                below.add(amount);
            }
        }
        below.add((ties - tiesInTop) * threshold);
        return below.value();
    }

    /** The k largest positive amounts (k >= 1, fewer than the positive amounts), ascending. */
    private static double[] largestAscending(double[] amounts, int k) {
        double[] heap = new double[k];
        int size = 0;
        for (double amount : amounts) {
            if (amount <= 0) {
                continue;
            }
            if (size < k) {
                heap[size] = amount;
                siftUp(heap, size++);
            } else if (amount > heap[0]) {
                heap[0] = amount;
                siftDown(heap);
            }
        }
        Arrays.sort(heap);
        return heap;
    }

    private static void siftUp(double[] heap, int index) {
        int child = index;
        while (child > 0) {
            int parent = (child - 1) >>> 1;
            if (heap[parent] <= heap[child]) {
                return;
            }
            swap(heap, parent, child);
            child = parent;
        }
    }

    private static void siftDown(double[] heap) {
        int parent = 0;
        while (true) {
            int child = 2 * parent + 1;
            if (child >= heap.length) {
                return;
            }
            if (child + 1 < heap.length && heap[child + 1] < heap[child]) {
                child++;
            }
            if (heap[parent] <= heap[child]) {
                return;
            }
            swap(heap, parent, child);
            parent = child;
        }
    }

    private static void swap(double[] heap, int i, int j) {
        double swap = heap[i];
        heap[i] = heap[j];
        heap[j] = swap;
    }
}
