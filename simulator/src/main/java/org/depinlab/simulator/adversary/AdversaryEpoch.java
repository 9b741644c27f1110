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
 * @param falseFlags         checks and votes that flagged an honest result
 * @param feesUsd            fees customers paid for the jobs delivered
 * @param unrunFeesUsd       of those, the share paid for work not run
 * @param votes              redundant jobs settled by a majority vote of their runs
 * @param copies             redundant copies completed (runs beyond the first)
 * @param copyGpuSeconds     GPU-seconds of those copies
 * @param outvoted           cheated runs of redundant jobs flagged by the vote (in the minority)
 * @param verificationFeesUsd fees of the spot checks, copies and referee runs completed
 * @param refereeRuns        referee runs completed (a third run deciding a spot check's mismatch)
 * @param refereeGpuSeconds  GPU-seconds of those runs
 * @param refereeWrongVerdicts of those, runs by a cheating referee (it clears the cheating parties and
 *                           flags the honest ones)
 * @param checkersCaught     cheating checkers flagged by a referee
 */
public record AdversaryEpoch(int epoch, long delivered, long wrongResults, long checks, double checkGpuSeconds,
                             double deliveredGpuSeconds, long detections, long falseFlags, double feesUsd,
                             double unrunFeesUsd, long votes, long copies, double copyGpuSeconds, long outvoted,
                             double verificationFeesUsd, long refereeRuns, double refereeGpuSeconds,
                             long refereeWrongVerdicts, long checkersCaught) {
}
