package org.depinlab.simulator.market;

import org.depinlab.simulator.network.Network;
import org.depinlab.simulator.workload.DemandEpoch;
import org.depinlab.simulator.workload.DemandLevel;
import org.depinlab.simulator.workload.DemandResponse;

/**
 * Demand's response to the network's price and service, epoch by epoch (see
 * {@link DemandResponse}): from what an epoch showed (fees paid, GPU-hours delivered, jobs served
 * and not served) it sets the multiplier the next epoch's arrivals are thinned by.
 *
 * <p>The network price is the price buyers actually paid: fees over GPU-hours of completed jobs
 * (the volume-weighted mean ask). An epoch that delivered nothing has no such price; then it is the
 * mean ask of the nodes in service weighted by their GPUs (the price a buyer would be quoted), and
 * with no node in service the previous price stands. Per epoch the work is O(nodes) only in the
 * epochs that delivered nothing.
 */
public final class DemandCurve {

    private final DemandResponse response;
    private final Network network;
    private final DemandLevel level;
    private double price;

    /**
     * Demand starting at its target for the asks of the nodes in service at genesis, with full
     * service.
     */
    public DemandCurve(DemandResponse response, Network network) {
        this.response = response;
        this.network = network;
        this.price = meanAsk(response.referenceUsdPerGpuHour());
        this.level = new DemandLevel(response.target(price, 1, 0));
    }

    /** The multiplier the arrivals read. */
    public DemandLevel level() {
        return level;
    }

    /**
     * The epoch {@code epoch} ended: it delivered {@code gpuSeconds} for {@code feesUsd}, completed
     * {@code completed} jobs after a mean wait of {@code meanWaitSeconds} and failed {@code failed}
     * (dropped, reneged, lost). Sets the level for the next epoch and returns what it saw.
     */
    public DemandEpoch epochEnded(int epoch, double feesUsd, double gpuSeconds, long completed, long failed,
                                  double meanWaitSeconds) {
        price = gpuSeconds > 0 ? feesUsd / (gpuSeconds / 3600) : meanAsk(price);
        long ended = completed + failed;
        double share = ended == 0 ? 1 : (double) completed / ended;
        double target = response.target(price, share, meanWaitSeconds);
        level.set(response.smooth(level.multiplier(), target));
        return new DemandEpoch(epoch, price, share, meanWaitSeconds, target, level.multiplier());
    }

    /** GPU-weighted mean ask of the nodes in service, or {@code otherwise} when none is. */
    private double meanAsk(double otherwise) {
        double asked = 0;
        long gpus = 0;
        for (int n = 0; n < network.nodeCount(); n++) {
            if (network.active(n)) {
                asked += network.askUsdPerGpuHour[n] * network.gpus[n];
                gpus += network.gpus[n];
            }
        }
        return gpus == 0 ? otherwise : asked / gpus;
    }
}
