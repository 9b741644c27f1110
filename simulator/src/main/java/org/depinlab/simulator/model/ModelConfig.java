package org.depinlab.simulator.model;

import java.util.Objects;
import java.util.Optional;

import org.depinlab.simulator.adversary.Adversaries;
import org.depinlab.simulator.market.AskAdjustment;
import org.depinlab.simulator.market.Matching;
import org.depinlab.simulator.network.NetworkConfig;
import org.depinlab.simulator.workload.WorkloadConfig;

/**
 * Everything one run of the network model needs besides its seed.
 *
 * @param network         the GPU network
 * @param workload        the jobs
 * @param matching        the matching policy
 * @param durationSeconds simulated time
 * @param epochSeconds    length of a reporting (and protocol) epoch
 * @param askAdjustment   asks that move with utilization at every epoch end; empty = asks fixed
 * @param adversaries     cheating operators and the protocol's verification; empty = everyone honest
 */
public record ModelConfig(NetworkConfig network, WorkloadConfig workload, Matching matching, double durationSeconds,
                          double epochSeconds, Optional<AskAdjustment> askAdjustment,
                          Optional<Adversaries> adversaries) {

    /** A model where everyone is honest. */
    public ModelConfig(NetworkConfig network, WorkloadConfig workload, Matching matching, double durationSeconds,
                       double epochSeconds, Optional<AskAdjustment> askAdjustment) {
        this(network, workload, matching, durationSeconds, epochSeconds, askAdjustment, Optional.empty());
    }

    /** A model whose asks stay as built. */
    public ModelConfig(NetworkConfig network, WorkloadConfig workload, Matching matching, double durationSeconds,
                       double epochSeconds) {
        this(network, workload, matching, durationSeconds, epochSeconds, Optional.empty());
    }

    public ModelConfig {
        Objects.requireNonNull(askAdjustment, "ask adjustment (empty for fixed asks)");
        Objects.requireNonNull(adversaries, "adversaries (empty for none)");
        if (!(durationSeconds > 0) || Double.isInfinite(durationSeconds)) {
            throw new IllegalArgumentException("duration must be a finite number of seconds > 0, got " + durationSeconds);
        }
        if (!(epochSeconds > 0) || epochSeconds > durationSeconds) {
            throw new IllegalArgumentException("epoch must be > 0 s and at most the duration, got " + epochSeconds);
        }
    }
}
