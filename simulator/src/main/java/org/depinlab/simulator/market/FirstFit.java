package org.depinlab.simulator.market;

import org.depinlab.simulator.workload.Job;

/**
 * First fit: models in the network's order, and within a model the first node with room (nodes of
 * a model are indexed in ascending ask, so that is also the cheapest of the model).
 */
public final class FirstFit implements MatchingPolicy {

    @Override
    public int select(Job job, MatchContext context) {
        int models = context.network().models.size();
        for (int m = 0; m < models; m++) {
            if (context.modelFits(job, m)) {
                int node = context.firstFit(job, m);
                if (node >= 0) {
                    return node;
                }
            }
        }
        return -1;
    }
}
