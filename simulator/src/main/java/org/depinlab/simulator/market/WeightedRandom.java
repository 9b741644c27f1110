package org.depinlab.simulator.market;

import java.util.ArrayList;
import java.util.List;

import org.depinlab.simulator.workload.Job;

/**
 * Random selection weighted by stake or by reputation: a node is chosen with
 * probability proportional to its weight among the eligible nodes with room for the job.
 *
 * <p>The index samples in proportion to weight among nodes with any free capacity within the job's
 * price; a draw without room for this job is rejected and drawn again (rejection keeps the
 * proportionality exact). After {@value #TRIES} rejections, it computes the eligible weights
 * exactly over the allowed models. If every eligible weight is zero it falls back to first fit.
 */
public final class WeightedRandom implements MatchingPolicy {

    static final int TRIES = 32;
    private static final FirstFit FIRST_FIT = new FirstFit();

    @Override
    public int select(Job job, MatchContext context) {
        CapacityIndex index = context.index();
        int models = context.network().models.size();
        double total = 0;
        for (int m = 0; m < models; m++) {
            if (context.modelFits(job, m)) {
                total += index.weightWithin(m, index.withinPrice(m, job.maxPriceUsdPerGpuHour));
            }
        }
        if (total <= 0) {
            return FIRST_FIT.select(job, context);
        }
        for (int attempt = 0; attempt < TRIES; attempt++) {
            int node = draw(job, context, total);
            if (node >= 0 && fits(job, context, node)) {
                return node;
            }
        }
        return exact(job, context);
    }

    private static int draw(Job job, MatchContext context, double total) {
        CapacityIndex index = context.index();
        double r = context.random().nextDouble() * total;
        int models = context.network().models.size();
        for (int m = 0; m < models; m++) {
            if (context.modelFits(job, m)) {
                double within = index.weightWithin(m, index.withinPrice(m, job.maxPriceUsdPerGpuHour));
                if (r < within) {
                    return index.node(m, index.positionAtWeight(m, r));
                }
                r -= within;
            }
        }
        return -1;
    }

    private static boolean fits(Job job, MatchContext context, int node) {
        return context.network().online(node) && context.network().freeMilli[node] >= job.milliGpus
                && context.memoryFits(job, node) && context.index().weightOf(node) > 0;
    }

    private static int exact(Job job, MatchContext context) {
        CapacityIndex index = context.index();
        int models = context.network().models.size();
        List<Integer> fitting = new ArrayList<>();
        double total = 0;
        for (int m = 0; m < models; m++) {
            if (context.modelFits(job, m)) {
                int limit = index.withinPrice(m, job.maxPriceUsdPerGpuHour);
                for (int p = 0; p < limit; p++) {
                    int n = index.node(m, p);
                    if (fits(job, context, n)) {
                        fitting.add(n);
                        total += index.weightOf(n);
                    }
                }
            }
        }
        if (total <= 0) {
            return FIRST_FIT.select(job, context);
        }
        double r = context.random().nextDouble() * total;
        for (int n : fitting) {
            r -= index.weightOf(n);
            if (r < 0) {
                return n;
            }
        }
        return fitting.get(fitting.size() - 1);
    }
}
