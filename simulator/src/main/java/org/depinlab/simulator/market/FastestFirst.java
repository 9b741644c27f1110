package org.depinlab.simulator.market;

import org.depinlab.simulator.workload.Job;

/**
 * Fastest first: the free node with the least predicted completion time for this job. Nodes of
 * one model run a job equally fast, so it compares models by predicted service time and takes the
 * first node with room in the fastest model that has one (ties: the network's model order).
 */
public final class FastestFirst implements MatchingPolicy {

    @Override
    public int select(Job job, MatchContext context) {
        int models = context.network().models.size();
        int best = -1;
        double bestSeconds = Double.POSITIVE_INFINITY;
        for (int m = 0; m < models; m++) {
            if (context.modelFits(job, m)) {
                double seconds = context.serviceTimes().seconds(job, m);
                if (seconds < bestSeconds) {
                    int node = context.firstFit(job, m);
                    if (node >= 0) {
                        best = node;
                        bestSeconds = seconds;
                    }
                }
            }
        }
        return best;
    }
}
