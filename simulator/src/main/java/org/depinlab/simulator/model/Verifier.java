package org.depinlab.simulator.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.depinlab.simulator.adversary.AdversaryEpoch;
import org.depinlab.simulator.adversary.AdversaryResult;
import org.depinlab.simulator.adversary.Cheater;
import org.depinlab.simulator.adversary.FraudBoard;
import org.depinlab.simulator.adversary.Verification;
import org.depinlab.simulator.engine.RandomStream;
import org.depinlab.simulator.network.Network;
import org.depinlab.simulator.network.NodeEpochs;
import org.depinlab.simulator.workload.Job;

/**
 * The job side of cheating and verification in the running model. A cheating operator's run of a
 * job holds its GPUs for a share of the service time (a fake one at idle power) and computes a
 * share of its FLOP, while it claims, and is paid for, the whole. After delivery a share of jobs
 * (stream {@code "spot-checks"}) is re-executed as a real job on another node through the same
 * matching and queue, paid its ask; a wrong result on either side, or an honest one failing by the
 * false-positive probability (stream {@code "verification"}), flags the original node on the
 * {@link FraudBoard}. Re-executions are not customers' jobs: they stay out of the job counts and
 * latencies, and count here.
 */
final class Verifier {

    /** Places a check's re-execution (the model's queue and matching, avoiding the checked node). */
    interface Checks {
        /** False when the queue was full and the check was dropped. */
        boolean submit(Job check);
    }

    private final FraudBoard board;
    private final Verification verification;
    private final Network network;
    private final NodeEpochs nodeEpochs;
    private final RandomStream picks;
    private final RandomStream verdicts;
    private final Job.Events events;
    private Checks checks;
    private long nextCheckId = -1;
    private int inFlight;
    private int epoch;
    private final int[] firstCheatEpoch;
    private final boolean[] detected;
    private long cheatersDetected;
    private double epochsToDetection;
    private long checksLost;
    private final List<AdversaryEpoch> epochs = new ArrayList<>();
    private long delivered;
    private long wrong;
    private long checked;
    private double checkGpuSeconds;
    private double deliveredGpuSeconds;
    private long detections;
    private long falseFlags;
    private double fees;
    private double unrunFees;

    Verifier(FraudBoard board, Network network, NodeEpochs nodeEpochs, RandomStream picks, RandomStream verdicts,
             Job.Events events) {
        this.board = board;
        this.verification = board.config().verification();
        this.network = network;
        this.nodeEpochs = nodeEpochs;
        this.picks = picks;
        this.verdicts = verdicts;
        this.events = events;
        firstCheatEpoch = new int[network.operatorCapacity()];
        Arrays.fill(firstCheatEpoch, -1);
        detected = new boolean[network.operatorCapacity()];
    }

    void setChecks(Checks checks) {
        this.checks = checks;
    }

    /** A run of {@code job} starts on {@code node}: how long it holds the GPUs; sets its work share. */
    double holdSeconds(Job job, int node) {
        int o = network.operator[node];
        if (board.cheatingNow(o)) {
            Cheater cheater = board.cheaterOf(o);
            job.workShare = cheater.workShare();
            return job.serviceSeconds * cheater.holdShare();
        }
        job.workShare = 1;
        return job.serviceSeconds;
    }

    /**
     * {@code job} completed on {@code node} for {@code fee}, claiming its whole service time;
     * returns true when it was a check (not a customer's job).
     */
    boolean completed(Job job, int node, double fee) {
        double gpuSeconds = job.milliGpus / 1000.0 * job.serviceSeconds;
        int o = network.operator[node];
        if (job.workShare < 1) {
            nodeEpochs.unrun(node, gpuSeconds * (1 - job.workShare));
            if (firstCheatEpoch[o] < 0) {
                firstCheatEpoch[o] = epoch;
            }
        }
        if (job.verifies != null) {
            checkCompleted(job, gpuSeconds);
            return true;
        }
        delivered++;
        deliveredGpuSeconds += gpuSeconds;
        fees += fee;
        if (job.workShare < 1) {
            wrong++;
            unrunFees += fee * (1 - job.workShare);
        }
        boolean pick = verification.spotCheckShare() > 0 && picks.nextDouble() < verification.spotCheckShare();
        board.delivered(o, pick);
        if (pick) {
            Job check = new Job(nextCheckId--, job.jobClass, job.arrivalTime, job.flop, job.bytesIn, job.bytesMoved,
                    job.milliGpus, job.vramBytes, job.allowedModels, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY,
                    job.traceSeconds, job.traceModel, events);
            check.verifies = job;
            inFlight++;
            if (!checks.submit(check)) {
                lost();
            }
        }
        return false;
    }

    private void checkCompleted(Job check, double gpuSeconds) {
        inFlight--;
        checked++;
        checkGpuSeconds += gpuSeconds;
        Job original = check.verifies;
        boolean originalWrong = original.workShare < 1;
        boolean mismatch = originalWrong || check.workShare < 1 || verification.falsePositiveProbability() > 0
                && verdicts.nextDouble() < verification.falsePositiveProbability();
        if (!mismatch) {
            return;
        }
        board.flag(original.node, !originalWrong);
        if (!originalWrong) {
            falseFlags++;
            return;
        }
        detections++;
        int o = network.operator[original.node];
        if (!detected[o]) {
            detected[o] = true;
            cheatersDetected++;
            epochsToDetection += epoch - firstCheatEpoch[o];
        }
    }

    /** A check was dropped or lost to failures before it completed. */
    void lost() {
        inFlight--;
        checksLost++;
    }

    /** Checks waiting or running now (the model's queue and running counts include them). */
    int inFlight() {
        return inFlight;
    }

    /** The epoch closed: records its figures. */
    void epochEnded() {
        epochs.add(new AdversaryEpoch(epoch, delivered, wrong, checked, checkGpuSeconds, deliveredGpuSeconds,
                detections, falseFlags, fees, unrunFees));
        delivered = 0;
        wrong = 0;
        checked = 0;
        checkGpuSeconds = 0;
        deliveredGpuSeconds = 0;
        detections = 0;
        falseFlags = 0;
        fees = 0;
        unrunFees = 0;
        epoch++;
    }

    AdversaryResult result() {
        List<Boolean> cheaters = new ArrayList<>(network.operatorCount());
        for (int o = 0; o < network.operatorCount(); o++) {
            cheaters.add(board.isCheater(o));
        }
        return new AdversaryResult(epochs, cheaters, cheatersDetected, epochsToDetection, checksLost);
    }
}
