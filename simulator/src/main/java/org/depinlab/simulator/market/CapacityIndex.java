package org.depinlab.simulator.market;

import java.util.Arrays;

import org.depinlab.simulator.network.Network;

/**
 * Free capacity by GPU model, so that matching never scans all nodes. Per model, the nodes are
 * laid out in ascending order of their ask (ties by node id) under two segment trees over primitive
 * arrays: the maximum free milli-GPUs (0 for an offline node) and the sum of selection weights of
 * nodes with any free capacity. Queries and updates are O(log n) and allocate nothing:
 * <ul>
 *   <li>the first node (in ask order) with at least {@code need} milli-GPUs free, optionally
 *       among the first {@code limit} nodes only (the asks within a job's max price);</li>
 *   <li>a node drawn with probability proportional to its weight among the first {@code limit};</li>
 *   <li>how many nodes of a model ask at most a price (binary search over the sorted asks).</li>
 * </ul>
 * The model keeps it current: {@link #update(int)} after any change to a node's free capacity or
 * availability.
 */
public final class CapacityIndex {

    private final Network network;
    private final double[] weights;
    private final int[][] nodesOf;
    private final double[][] asksOf;
    private final int[] position;
    private final int[] leaves;
    private final int[][] maxFree;
    private final double[][] weightSum;

    /**
     * @param network the nodes
     * @param weights per-node selection weight (stake, reputation), or null when no policy samples
     */
    public CapacityIndex(Network network, double[] weights) {
        this.network = network;
        this.weights = weights;
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
        leaves = new int[models];
        maxFree = new int[models][];
        weightSum = new double[models][];
        position = new int[nodes];
        int[] filled = new int[models];
        for (int m = 0; m < models; m++) {
            nodesOf[m] = new int[counts[m]];
            asksOf[m] = new double[counts[m]];
            leaves[m] = Integer.highestOneBit(Math.max(1, counts[m]) * 2 - 1);
            maxFree[m] = new int[2 * leaves[m]];
            weightSum[m] = weights == null ? null : new double[2 * leaves[m]];
        }
        for (int n : order) {
            int m = network.model[n];
            int p = filled[m]++;
            nodesOf[m][p] = n;
            asksOf[m][p] = network.askUsdPerGpuHour[n];
            position[n] = p;
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
        return maxFree[m][1];
    }

    /** Re-reads node {@code n}'s free capacity and availability. */
    public void update(int n) {
        int m = network.model[n];
        int free = network.online(n) ? network.freeMilli[n] : 0;
        int[] tree = maxFree[m];
        int i = leaves[m] + position[n];
        tree[i] = free;
        for (i >>= 1; i >= 1; i >>= 1) {
            tree[i] = Math.max(tree[2 * i], tree[2 * i + 1]);
        }
        if (weights != null) {
            double[] sums = weightSum[m];
            i = leaves[m] + position[n];
            sums[i] = free > 0 ? weights[n] : 0;
            for (i >>= 1; i >= 1; i >>= 1) {
                sums[i] = sums[2 * i] + sums[2 * i + 1];
            }
        }
    }

    /**
     * The first position at or after {@code from}, and before {@code limit}, whose node has at
     * least {@code need} milli-GPUs free; -1 if none.
     */
    public int firstFit(int m, int need, int from, int limit) {
        int[] tree = maxFree[m];
        int size = leaves[m];
        if (from >= limit || from >= nodesOf[m].length) {
            return -1;
        }
        int i = size + from;
        if (tree[i] < need) {
            while (i > 1 && ((i & 1) == 1 || tree[i + 1] < need)) {
                i >>= 1;
            }
            if (i <= 1) {
                return -1;
            }
            i++;
            while (i < size) {
                i = tree[2 * i] >= need ? 2 * i : 2 * i + 1;
            }
        }
        int found = i - size;
        return found < limit ? found : -1;
    }

    /** Sum of weights of nodes with free capacity among the first {@code limit} positions of model {@code m}. */
    public double weightWithin(int m, int limit) {
        double[] sums = weightSum[m];
        int size = leaves[m];
        if (limit >= size) {
            return sums[1];
        }
        double total = 0;
        int i = size + limit;
        // walk up from the first excluded leaf, adding every left sibling on the way
        while (i > 1) {
            if ((i & 1) == 1) {
                total += sums[i - 1];
            }
            i >>= 1;
        }
        return total;
    }

    /** The position whose cumulative weight interval holds {@code r}, r in [0, weightWithin(m, limit)). */
    public int positionAtWeight(int m, double r) {
        double[] sums = weightSum[m];
        int size = leaves[m];
        int i = 1;
        while (i < size) {
            if (r < sums[2 * i]) {
                i = 2 * i;
            } else {
                r -= sums[2 * i];
                i = 2 * i + 1;
            }
        }
        return i - size;
    }

    /** Weight of node {@code n} as the index holds it (0 when it has no free capacity). */
    public double weightOf(int n) {
        return weightSum[network.model[n]][leaves[network.model[n]] + position[n]];
    }
}
