package org.depinlab.simulator.adversary;

/**
 * One epoch of cheating and verification, as the model saw it.
 *
 * @param epoch              index from 0
 * @param delivered          customers' jobs delivered
 * @param wrongResults       of those, delivered with a wrong or degraded result (faked or lazily run)
 * @param checks             spot checks completed (re-executions on another node)
 * @param checkGpuSeconds    GPU-seconds of those re-executions
 * @param deliveredGpuSeconds GPU-seconds claimed for the jobs delivered
 * @param detections         checks that caught a wrong result
 * @param falseFlags         checks that flagged an honest result
 * @param feesUsd            fees customers paid for the jobs delivered
 * @param unrunFeesUsd       of those, the share paid for work not run
 */
public record AdversaryEpoch(int epoch, long delivered, long wrongResults, long checks, double checkGpuSeconds,
                             double deliveredGpuSeconds, long detections, long falseFlags, double feesUsd,
                             double unrunFeesUsd) {
}
