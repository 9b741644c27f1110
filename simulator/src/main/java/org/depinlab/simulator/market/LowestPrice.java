package org.depinlab.simulator.market;

import org.depinlab.simulator.workload.Job;

/**
 * Reverse auction (Akash-like): among eligible nodes whose ask is within the job's max price, the
 * lowest ask wins; ties go to the model listed first, then the lower node id.
 */
public final class LowestPrice implements MatchingPolicy {

    @Override
    public int select(Job job, MatchContext context) {
        int models = context.network().models.size();
        int best = -1;
        double bestAsk = Double.POSITIVE_INFINITY;
        for (int m = 0; m < models; m++) {
            if (context.modelFits(job, m)) {
                int node = context.firstFit(job, m);
                if (node >= 0 && context.network().askUsdPerGpuHour[node] < bestAsk) {
                    best = node;
                    bestAsk = context.network().askUsdPerGpuHour[node];
                }
            }
        }
        return best;
    }
}
