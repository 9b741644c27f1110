package org.depinlab.simulator.market;

import java.util.Arrays;

import org.depinlab.simulator.network.Network;

/**
 * Free capacity by GPU model, so that matching never scans all nodes. Per model, the nodes are
 * laid out in ascending order of their ask (ties by node id) under two 8-ary segment trees over
 * primitive arrays: the maximum free milli-GPUs (0 for an offline node) and the sum of selection
 * weights of nodes with any free capacity. Queries and updates are O(log n) and allocate nothing:
 * <ul>
 *   <li>the first node (in ask order) with at least {@code need} milli-GPUs free, optionally
 *       among the first {@code limit} nodes only (the asks within a job's max price);</li>
 *   <li>a node drawn with probability proportional to its weight among the first {@code limit};</li>
 *   <li>how many nodes of a model ask at most a price (binary search over the sorted asks).</li>
 * </ul>
 * Eight children per tree node: the eight are contiguous (one cache line of ints), and the tree is
 * a third as deep as a binary one; first fit makes a model's cheap nodes full, so every start and
 * every release changes the maximum all the way up, and the depth is what that costs (measured
 * 1.2x faster on {@code bench scale} than binary). Node k's children sit at 8k + 8 .. 8k + 15; the
 * root is 0.
 * The model keeps it current: {@link #update(int)} after any change to a node's free capacity or
 * availability.
 */
public final class CapacityIndex {

    private static final int ARITY = 8;

    private final Network network;
    private final double[] weights;
    private int[][] nodesOf;
    private double[][] asksOf;
    /** Per model: index of the first leaf (leaves are the last level). */
    private int[] firstLeaf;
    private int[][] maxFree;
    private double[][] weightSum;
    /** Per node: model in the high 32 bits, its leaf in that model's trees in the low 32 (one read). */
    private long[] locator;

    /**
     * @param network the nodes
     * @param weights per-node selection weight (stake, reputation), or null when no policy samples
     */
    public CapacityIndex(Network network, double[] weights) {
        this.network = network;
        this.weights = weights;
        rebuild();
    }

    /**
     * Lays the nodes out again from their current models and asks, and re-reads every node. The
     * model calls it between epochs after asks moved or nodes changed model (an entrant's drawn
     * hardware); it sorts all nodes, so it is never called per job.
     */
    public void rebuild() {
        int models = network.models.size();
        int nodes = network.nodeCount();
        int[] counts = new int[models];
        for (int n = 0; n < nodes; n++) {
            counts[network.model[n]]++;
        }
        Integer[] order = new Integer[nodes];
        for (int n = 0; n < nodes; n++) {
            order[n] = n;
        }
        Arrays.sort(order, (a, b) -> {
            int byAsk = Double.compare(network.askUsdPerGpuHour[a], network.askUsdPerGpuHour[b]);
            return byAsk != 0 ? byAsk : Integer.compare(a, b);
        });
        nodesOf = new int[models][];
        asksOf = new double[models][];
        firstLeaf = new int[models];
        maxFree = new int[models][];
        weightSum = new double[models][];
        locator = new long[nodes];
        for (int m = 0; m < models; m++) {
            nodesOf[m] = new int[counts[m]];
            asksOf[m] = new double[counts[m]];
            int level = 0;
            long width = 1;
            while (width < counts[m]) {
                level = ARITY * level + ARITY;
                width *= ARITY;
            }
            firstLeaf[m] = level;
            maxFree[m] = new int[level + (int) width];
            weightSum[m] = weights == null ? null : new double[level + (int) width];
        }
        int[] filled = new int[models];
        for (int n : order) {
            int m = network.model[n];
            int p = filled[m]++;
            nodesOf[m][p] = n;
            asksOf[m][p] = network.askUsdPerGpuHour[n];
            locator[n] = ((long) m << 32) | (firstLeaf[m] + p);
        }
        for (int n = 0; n < nodes; n++) {
            update(n);
        }
    }

    /** Number of nodes of model {@code m}. */
    public int size(int m) {
        return nodesOf[m].length;
    }

    /** The node at position {@code p} of model {@code m} (ask order). */
    public int node(int m, int p) {
        return nodesOf[m][p];
    }

    /** How many nodes of model {@code m} ask at most {@code price} per GPU-hour: they come first. */
    public int withinPrice(int m, double price) {
        double[] asks = asksOf[m];
        int low = 0;
        int high = asks.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (asks[mid] <= price) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }

    /** Largest free milli-GPUs on any online node of model {@code m}. */
    public int maxFree(int m) {
        return maxFree[m][0];
    }

    /** Re-reads node {@code n}'s free capacity and availability. */
    public void update(int n) {
        long located = locator[n];
        int m = (int) (located >>> 32);
        int leaf = (int) located;
        int free = network.freeMilli[n];
        if (free > 0 && !network.online(n)) {
            free = 0;
        }
        int[] tree = maxFree[m];
        tree[leaf] = free;
        for (int i = leaf; i > 0; ) {
            int first = (i & -ARITY);
            int parent = first / ARITY - 1;
            int max = tree[first];
            for (int c = first + 1; c < first + ARITY; c++) {
                max = Math.max(max, tree[c]);
            }
            if (tree[parent] == max) {
                // unchanged here, so unchanged above
                break;
            }
            tree[parent] = max;
            i = parent;
        }
        if (weights != null) {
            double[] sums = weightSum[m];
            sums[leaf] = free > 0 ? weights[n] : 0;
            for (int i = leaf; i > 0; ) {
                int first = (i & -ARITY);
                int parent = first / ARITY - 1;
                double sum = 0;
                for (int c = first; c < first + ARITY; c++) {
                    sum += sums[c];
                }
                sums[parent] = sum;
                i = parent;
            }
        }
    }

    /**
     * The first position at or after {@code from}, and before {@code limit}, whose node has at
     * least {@code need} milli-GPUs free; -1 if none.
     */
    public int firstFit(int m, int need, int from, int limit) {
        int[] tree = maxFree[m];
        if (from >= limit || from >= nodesOf[m].length || tree[0] < need) {
            return -1;
        }
        int i = firstLeaf[m] + from;
        if (tree[i] < need) {
            i = nextRight(tree, i, need);
            if (i < 0) {
                return -1;
            }
            while (i < firstLeaf[m]) {
                int c = ARITY * i + ARITY;
                while (tree[c] < need) {
                    c++;
                }
                i = c;
            }
        }
        int found = i - firstLeaf[m];
        return found < limit ? found : -1;
    }

    /** The first tree node to the right of {@code i} (on its level or above) whose value is at least {@code need}. */
    private static int nextRight(int[] tree, int i, int need) {
        while (i > 0) {
            int end = (i & -ARITY) + ARITY;
            for (int c = i + 1; c < end; c++) {
                if (tree[c] >= need) {
                    return c;
                }
            }
            i = (i & -ARITY) / ARITY - 1;
        }
        return -1;
    }

    /** Sum of weights of nodes with free capacity among the first {@code limit} positions of model {@code m}. */
    public double weightWithin(int m, int limit) {
        double[] sums = weightSum[m];
        int leaves = sums.length - firstLeaf[m];
        if (limit >= leaves) {
            return sums[0];
        }
        double total = 0;
        // walk up from the first excluded leaf, adding the siblings left of it on every level
        for (int i = firstLeaf[m] + limit; i > 0; i = (i & -ARITY) / ARITY - 1) {
            for (int c = i & -ARITY; c < i; c++) {
                total += sums[c];
            }
        }
        return total;
    }

    /** The position whose cumulative weight interval holds {@code r}, r in [0, weightWithin(m, limit)). */
    public int positionAtWeight(int m, double r) {
        double[] sums = weightSum[m];
        int i = 0;
        while (i < firstLeaf[m]) {
            int c = ARITY * i + ARITY;
            int last = c + ARITY - 1;
            while (c < last && r >= sums[c]) {
                r -= sums[c];
                c++;
            }
            i = c;
        }
        return i - firstLeaf[m];
    }

    /** Weight of node {@code n} as the index holds it (0 when it has no free capacity). */
    public double weightOf(int n) {
        long located = locator[n];
        return weightSum[(int) (located >>> 32)][(int) located];
    }
}
