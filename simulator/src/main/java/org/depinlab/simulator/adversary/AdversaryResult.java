package org.depinlab.simulator.adversary;

import java.util.List;

/**
 * What cheating and verification did over a run, as the model saw it.
 *
 * @param epochs                 per epoch
 * @param cheaters               per operator, whether it was drawn a cheater
 * @param cheatersDetected       cheaters caught at least once
 * @param epochsToDetectionSum   over those, epochs from their first cheated job to their first detection, summed
 * @param checksLost             re-executions (checks and copies) dropped on a full queue or lost to failures
 * @param checksPaidBy           who paid the checking nodes
 */
public record AdversaryResult(List<AdversaryEpoch> epochs, List<Boolean> cheaters, long cheatersDetected,
                              double epochsToDetectionSum, long checksLost, CheckPayer checksPaidBy) {

    public AdversaryResult {
        epochs = List.copyOf(epochs);
        cheaters = List.copyOf(cheaters);
    }

    public long votes() {
        return epochs.stream().mapToLong(AdversaryEpoch::votes).sum();
    }

    public long copies() {
        return epochs.stream().mapToLong(AdversaryEpoch::copies).sum();
    }

    public long outvoted() {
        return epochs.stream().mapToLong(AdversaryEpoch::outvoted).sum();
    }

    /** Fees of the spot checks, redundant copies and referee runs completed. */
    public double verificationFeesUsd() {
        return epochs.stream().mapToDouble(AdversaryEpoch::verificationFeesUsd).sum();
    }

    /** Of those, what customers paid (all of it when checks are paid by the customer, else nothing). */
    public double verificationFeesCustomerUsd() {
        return checksPaidBy == CheckPayer.CUSTOMER ? verificationFeesUsd() : 0;
    }

    public long delivered() {
        return epochs.stream().mapToLong(AdversaryEpoch::delivered).sum();
    }

    public long wrongResults() {
        return epochs.stream().mapToLong(AdversaryEpoch::wrongResults).sum();
    }

    /** Wrong results over jobs delivered; 0 with none delivered. */
    public double wrongResultShare() {
        long delivered = delivered();
        return delivered == 0 ? 0 : (double) wrongResults() / delivered;
    }

    public long checks() {
        return epochs.stream().mapToLong(AdversaryEpoch::checks).sum();
    }

    public long detections() {
        return epochs.stream().mapToLong(AdversaryEpoch::detections).sum();
    }

    public long falseFlags() {
        return epochs.stream().mapToLong(AdversaryEpoch::falseFlags).sum();
    }

    /** Wrong results caught by a check over wrong results delivered; NaN with none delivered. */
    public double detectionRate() {
        long wrong = wrongResults();
        return wrong == 0 ? Double.NaN : (double) detections() / wrong;
    }

    /** Mean epochs from a cheater's first cheated job to its first detection; NaN when none was caught. */
    public double meanEpochsToDetection() {
        return cheatersDetected == 0 ? Double.NaN : epochsToDetectionSum / cheatersDetected;
    }

    /**
     * GPU-seconds of spot checks, redundant copies and referee runs over GPU-seconds delivered; 0 with
     * nothing delivered.
     */
    public double verificationOverheadShare() {
        double delivered = epochs.stream().mapToDouble(AdversaryEpoch::deliveredGpuSeconds).sum();
        return delivered == 0 ? 0 : epochs.stream().mapToDouble(e -> e.checkGpuSeconds() + e.copyGpuSeconds()
                + e.refereeGpuSeconds()).sum() / delivered;
    }

    public long refereeRuns() {
        return epochs.stream().mapToLong(AdversaryEpoch::refereeRuns).sum();
    }

    public long refereeWrongVerdicts() {
        return epochs.stream().mapToLong(AdversaryEpoch::refereeWrongVerdicts).sum();
    }

    public long checkersCaught() {
        return epochs.stream().mapToLong(AdversaryEpoch::checkersCaught).sum();
    }

    public double feesUsd() {
        return epochs.stream().mapToDouble(AdversaryEpoch::feesUsd).sum();
    }

    public double unrunFeesUsd() {
        return epochs.stream().mapToDouble(AdversaryEpoch::unrunFeesUsd).sum();
    }
}
