package org.depinlab.simulator.market;

import org.depinlab.simulator.engine.RandomStream;
import org.depinlab.simulator.network.Network;
import org.depinlab.simulator.network.ServiceTimes;
import org.depinlab.simulator.workload.Job;

/**
 * What a matching policy sees: the network, its free-capacity index, predicted service times and
 * the matching random stream. Also the checks every policy shares (model allowed, memory fits).
 */
public final class MatchContext {

    private final Network network;
    private final CapacityIndex index;
    private final ServiceTimes serviceTimes;
    private final RandomStream random;

    public MatchContext(Network network, CapacityIndex index, ServiceTimes serviceTimes, RandomStream random) {
        this.network = network;
        this.index = index;
        this.serviceTimes = serviceTimes;
        this.random = random;
    }

    public Network network() {
        return network;
    }

    public CapacityIndex index() {
        return index;
    }

    public ServiceTimes serviceTimes() {
        return serviceTimes;
    }

    public RandomStream random() {
        return random;
    }

    /** True when model {@code m} may run the job: allowed, enough memory per GPU, enough GPUs per node. */
    public boolean modelFits(Job job, int m) {
        return job.allows(m) && index.maxFree(m) >= job.milliGpus
                && network.models.get(m).vramGb() * 1e9 >= job.vramBytes;
    }

    /** True when node {@code n} has the memory the job needs free (its GPUs were found by the index). */
    public boolean memoryFits(Job job, int n) {
        return network.freeVram[n] >= job.vramBytes * job.wholeGpus();
    }

    /**
     * The first node of model {@code m} in ask order with room for the job within its max price;
     * -1 if none.
     */
    public int firstFit(Job job, int m) {
        int limit = index.withinPrice(m, job.maxPriceUsdPerGpuHour);
        int p = index.firstFit(m, job.milliGpus, 0, limit);
        while (p >= 0 && !memoryFits(job, index.node(m, p))) {
            p = index.firstFit(m, job.milliGpus, p + 1, limit);
        }
        return p < 0 ? -1 : index.node(m, p);
    }
}
