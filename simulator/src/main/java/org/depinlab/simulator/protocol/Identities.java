package org.depinlab.simulator.protocol;

import java.util.Arrays;
import java.util.Optional;

import org.depinlab.simulator.network.Network;
import org.depinlab.simulator.network.NodeEpochs;
import org.depinlab.tokenomics.reward.Contributions;
import org.depinlab.tokenomics.staking.StakeBook;

/**
 * Who the chain sees: each operator runs its nodes under 1 to {@code maxIdentities} identities,
 * node i of the operator under identity i mod count. Identity {@code o·max + k} is operator o's
 * k-th; the simulation always knows the true owner.
 */
final class Identities {

    private final Network network;
    private final int max;
    private final int[] count;
    private final double[] work;
    private final double[] uptime;
    private final double[] stake;
    /** Device-weighted GPU-seconds online of staked nodes; null when no rule reads capacity. */
    private final double[] capacity;
    /** Per network model: the earning multiplier and the stake per GPU a node needs; null with capacity. */
    private final double[] multiplier;
    private final double[] stakePerGpu;
    /** What nodes claim, and per identity the claimed uptime and capacity that did not exist; null without spoofing. */
    private final SpoofedClaims claims;
    private final double[] spoofedUptime;
    private final double[] spoofedCapacity;

    Identities(Network network, int maxIdentities) {
        this(network, maxIdentities, Optional.empty());
    }

    /** @param devices the weighting of capacity; empty: capacity is not measured */
    Identities(Network network, int maxIdentities, Optional<DeviceWeights> devices) {
        this(network, maxIdentities, devices, null);
    }

    /**
     * @param devices the weighting of capacity; empty: capacity is not measured
     * @param claims  what nodes claim, read for uptime and capacity; null: they are measured
     */
    Identities(Network network, int maxIdentities, Optional<DeviceWeights> devices, SpoofedClaims claims) {
        this.network = network;
        this.claims = claims;
        this.max = maxIdentities;
        this.count = new int[network.operatorCapacity()];
        Arrays.fill(count, 1);
        int slots = network.operatorCapacity() * maxIdentities;
        work = new double[slots];
        uptime = new double[slots];
        stake = new double[slots];
        capacity = devices.isPresent() ? new double[slots] : null;
        spoofedUptime = claims != null ? new double[slots] : null;
        spoofedCapacity = claims != null && devices.isPresent() ? new double[slots] : null;
        multiplier = devices.isPresent() ? new double[network.models.size()] : null;
        stakePerGpu = devices.isPresent() ? new double[network.models.size()] : null;
        devices.ifPresent(weights -> {
            for (int m = 0; m < network.models.size(); m++) {
                String model = network.models.get(m).id();
                multiplier[m] = weights.multiplier(model);
                stakePerGpu[m] = weights.requiredStake(model, 1);
            }
        });
    }

    /** Identity slots in all (operator slots, the entrant pool's included, × max identities). */
    int slots() {
        return work.length;
    }

    int max() {
        return max;
    }

    int count(int operator) {
        return count[operator];
    }

    void setCount(int operator, int identities) {
        count[operator] = identities;
    }

    int owner(int identity) {
        return identity / max;
    }

    /** The identity node {@code node} runs under. */
    int of(int node) {
        int o = network.operator[node];
        return o * max + (node - network.firstNode[o]) % count[o];
    }

    /**
     * Each identity's contributions in the epoch: work in GPU-seconds or FLOP of completed jobs, uptime in
     * GPU-seconds online, stake bonded by its nodes and, when device weights are given, capacity: the
     * GPU-seconds online of its nodes whose bonded stake meets the device requirement, each times its
     * model's multiplier. With spoofing, uptime and capacity are what the nodes claim (see
     * {@link SpoofedClaims}), and a node's stake must cover the GPUs it claims.
     */
    Contributions aggregate(NodeEpochs nodes, StakeBook stakes, ProtocolConfig.WorkMeasure measure) {
        Arrays.fill(work, 0);
        Arrays.fill(uptime, 0);
        Arrays.fill(stake, 0);
        for (int n = 0; n < network.nodeCount(); n++) {
            int i = of(n);
            work[i] += measure == ProtocolConfig.WorkMeasure.FLOP ? nodes.flop(n) : nodes.workGpuSeconds(n);
            uptime[i] += claims == null ? nodes.uptimeSeconds(n) * network.gpus[n] : claims.claimedGpuSeconds(n, nodes);
            stake[i] += stakes.bonded(n);
        }
        if (claims != null) {
            Arrays.fill(spoofedUptime, 0);
            for (int n = 0; n < network.nodeCount(); n++) {
                spoofedUptime[of(n)] += claims.spoofedGpuSeconds(n, nodes);
            }
        }
        if (capacity != null) {
            measureCapacity(nodes, stakes);
        }
        return new Contributions(work, uptime, stake, capacity);
    }

    private void measureCapacity(NodeEpochs nodes, StakeBook stakes) {
        Arrays.fill(capacity, 0);
        if (claims != null) {
            measureClaimedCapacity(nodes, stakes);
            return;
        }
        for (int n = 0; n < network.nodeCount(); n++) {
            int m = network.model[n];
            int gpus = network.gpus[n];
            if (stakes.bonded(n) >= stakePerGpu[m] * gpus) {
                capacity[of(n)] += multiplier[m] * gpus * nodes.uptimeSeconds(n);
            }
        }
    }

    private void measureClaimedCapacity(NodeEpochs nodes, StakeBook stakes) {
        Arrays.fill(spoofedCapacity, 0);
        for (int n = 0; n < network.nodeCount(); n++) {
            int m = network.model[n];
            if (stakes.bonded(n) >= stakePerGpu[m] * claims.claimedGpus(n)) {
                capacity[of(n)] += multiplier[m] * claims.claimedGpuSeconds(n, nodes);
                spoofedCapacity[of(n)] += multiplier[m] * claims.spoofedGpuSeconds(n, nodes);
            }
        }
    }

    /** Claimed uptime (GPU-seconds) of identity {@code i} in the last epoch that did not exist; spoofing only. */
    double spoofedUptime(int i) {
        return spoofedUptime[i];
    }

    /** Claimed capacity of identity {@code i} in the last epoch that did not exist; spoofing with capacity only. */
    double spoofedCapacity(int i) {
        return spoofedCapacity[i];
    }
}
