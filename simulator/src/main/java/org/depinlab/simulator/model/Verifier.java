package org.depinlab.simulator.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.depinlab.simulator.adversary.AdversaryEpoch;
import org.depinlab.simulator.adversary.AdversaryResult;
import org.depinlab.simulator.adversary.Cheater;
import org.depinlab.simulator.adversary.FraudBoard;
import org.depinlab.simulator.adversary.RefereeVerdict;
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
 * false-positive probability (stream {@code "verification"}), is a mismatch. With a referee, a
 * mismatch runs the job a third time, the same way, on a node distinct from both, and the parties
 * whose results differ from the referee's are flagged on the {@link FraudBoard} ({@link RefereeVerdict};
 * whether an honest checked result that a cheating checker disputed also failed by a false positive is
 * drawn on stream {@code "referee"}); a referee lost flags nobody. Without one, a mismatch flags the
 * original node. Another share (stream {@code "redundancy"}) is run again as copies on distinct
 * nodes, the same way, and settled by a majority vote of all its runs when the last copy is in:
 * cheaters' wrong results are taken to agree (colluding, the worst case), so the customer's result
 * is wrong only when most runs cheated; the minority is flagged, and an honest run in the majority
 * fails by the false-positive probability (stream {@code "redundancy-verification"}). Re-executions
 * are not customers' jobs: they stay out of the job counts and latencies, and count here.
 */
final class Verifier {

    /** Places a check's re-execution (the model's queue and matching, avoiding the nodes it must not run on). */
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
    private final RandomStream redundancy;
    private final RandomStream voteVerdicts;
    private final RandomStream refereeVerdicts;
    private final Job.Events events;
    private final Checks checks;
    /** Scratch for {@link #avoids}: the nodes a re-execution must not run on. */
    private final int[] avoidedNodes = new int[Verification.MAX_COPIES];
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
    private long votes;
    private long copies;
    private double copyGpuSeconds;
    private long outvoted;
    private double verificationFees;
    private long refereeRuns;
    private double refereeGpuSeconds;
    private long refereeWrong;
    private long checkersCaught;

    Verifier(FraudBoard board, Network network, NodeEpochs nodeEpochs, Function<String, RandomStream> streams,
             Job.Events events, Checks checks) {
        this.board = board;
        this.verification = board.config().verification();
        this.network = network;
        this.nodeEpochs = nodeEpochs;
        this.picks = streams.apply("spot-checks");
        this.verdicts = streams.apply("verification");
        this.redundancy = streams.apply("redundancy");
        this.voteVerdicts = streams.apply("redundancy-verification");
        this.refereeVerdicts = streams.apply("referee");
        this.events = events;
        this.checks = checks;
        firstCheatEpoch = new int[network.operatorCapacity()];
        Arrays.fill(firstCheatEpoch, -1);
        detected = new boolean[network.operatorCapacity()];
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
     * returns true when it was a re-execution (not a customer's job).
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
            verificationFees += fee;
            board.verificationFee(node, fee);
            if (job.verifies.copies != null) {
                copyCompleted(job, gpuSeconds);
            } else if (job.verifies.verifies != null) {
                refereeCompleted(job, gpuSeconds);
            } else {
                checkCompleted(job, gpuSeconds);
            }
            return true;
        }
        delivered++;
        deliveredGpuSeconds += gpuSeconds;
        fees += fee;
        boolean redundant = verification.redundancyShare() > 0
                && redundancy.nextDouble() < verification.redundancyShare();
        if (job.workShare < 1) {
            if (!redundant) {
                wrong++;
            }
            unrunFees += fee * (1 - job.workShare);
        }
        if (redundant) {
            board.delivered(o, true);
            runCopies(job);
            return false;
        }
        boolean pick = verification.spotCheckShare() > 0 && picks.nextDouble() < verification.spotCheckShare();
        board.delivered(o, pick);
        if (pick) {
            submit(reexecution(job));
        }
        return false;
    }

    private Job reexecution(Job job) {
        Job check = new Job(nextCheckId--, job.jobClass, job.arrivalTime, job.flop, job.bytesIn, job.bytesMoved,
                job.milliGpus, job.vramBytes, job.allowedModels, Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY,
                job.traceSeconds, job.traceModel, events);
        check.verifies = job;
        return check;
    }

    private void submit(Job check) {
        inFlight++;
        if (!checks.submit(check)) {
            check.state = Job.State.DROPPED;
            lost(check);
        }
    }

    /** Runs {@code job} again on distinct nodes; all copies exist before the first is placed, so each avoids the others. */
    private void runCopies(Job job) {
        job.copies = new Job[verification.redundancyCopies() - 1];
        for (int i = 0; i < job.copies.length; i++) {
            job.copies[i] = reexecution(job);
        }
        for (Job copy : job.copies) {
            submit(copy);
        }
    }

    /**
     * Fills {@code nodes} with the nodes {@code check} must not run on, returning how many: the node of
     * the job it checks (for a referee, the checked job's and the checker's), and for a copy those of its
     * siblings placed so far.
     */
    int avoided(Job check, int[] nodes) {
        Job original = check.verifies;
        nodes[0] = original.node;
        int count = 1;
        if (original.verifies != null) {
            nodes[count++] = original.verifies.node;
        }
        if (original.copies != null) {
            for (Job sibling : original.copies) {
                if (sibling != check && placed(sibling)) {
                    nodes[count++] = sibling.node;
                }
            }
        }
        return count;
    }

    /** Whether {@code check} must not run on {@code node}. */
    boolean avoids(Job check, int node) {
        int count = avoided(check, avoidedNodes);
        for (int i = 0; i < count; i++) {
            if (avoidedNodes[i] == node) {
                return true;
            }
        }
        return false;
    }

    private static boolean placed(Job job) {
        return job.state == Job.State.RUNNING || job.state == Job.State.COMPLETED;
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
        if (verification.referee()) {
            Job referee = reexecution(original);
            referee.verifies = check;
            submit(referee);
            return;
        }
        board.flag(original.node, !originalWrong);
        if (!originalWrong) {
            falseFlags++;
            return;
        }
        detections++;
        caught(network.operator[original.node]);
    }

    /**
     * The referee's run of a disputed check is in: flags the parties whose results differ from its own.
     * The dispute came from a false positive when both other runs were honest; when the checker cheated,
     * whether the honest checked result failed by one too is drawn.
     */
    private void refereeCompleted(Job referee, double gpuSeconds) {
        inFlight--;
        refereeRuns++;
        refereeGpuSeconds += gpuSeconds;
        Job check = referee.verifies;
        Job original = check.verifies;
        boolean originalWrong = original.workShare < 1;
        boolean checkerWrong = check.workShare < 1;
        boolean off = !originalWrong && (!checkerWrong || verification.falsePositiveProbability() > 0
                && refereeVerdicts.nextDouble() < verification.falsePositiveProbability());
        boolean refereeCheated = referee.workShare < 1;
        if (refereeCheated) {
            refereeWrong++;
        }
        RefereeVerdict verdict = RefereeVerdict.of(originalWrong, off, checkerWrong, refereeCheated);
        if (verdict.flagsChecked()) {
            board.flag(original.node, !originalWrong);
            if (originalWrong) {
                detections++;
                caught(network.operator[original.node]);
            } else {
                falseFlags++;
            }
        }
        if (verdict.flagsChecker()) {
            board.flag(check.node, !checkerWrong);
            if (checkerWrong) {
                checkersCaught++;
                caught(network.operator[check.node]);
            } else {
                falseFlags++;
            }
        }
    }

    private void caught(int o) {
        if (!detected[o]) {
            detected[o] = true;
            cheatersDetected++;
            epochsToDetection += epoch - firstCheatEpoch[o];
        }
    }

    private void copyCompleted(Job copy, double gpuSeconds) {
        inFlight--;
        copies++;
        copyGpuSeconds += gpuSeconds;
        settleWhenIn(copy.verifies);
    }

    private void settleWhenIn(Job original) {
        for (Job copy : original.copies) {
            if (copy.state != Job.State.COMPLETED && copy.state != Job.State.LOST
                    && copy.state != Job.State.DROPPED) {
                return;
            }
        }
        settle(original);
    }

    /**
     * The vote over the runs in (copies lost do not vote): the customer's result is the majority's; on
     * a tie (copies lost) there is no majority, the customer keeps the first run's result and nobody is
     * flagged.
     */
    private void settle(Job original) {
        votes++;
        int wrongRuns = original.workShare < 1 ? 1 : 0;
        int honestRuns = 1 - wrongRuns;
        for (Job copy : original.copies) {
            if (copy.state == Job.State.COMPLETED) {
                if (copy.workShare < 1) {
                    wrongRuns++;
                } else {
                    honestRuns++;
                }
            }
        }
        boolean majorityWrong = wrongRuns > honestRuns || wrongRuns == honestRuns && original.workShare < 1;
        if (majorityWrong) {
            wrong++;
        }
        if (wrongRuns != honestRuns) {
            vote(original, majorityWrong);
            for (Job copy : original.copies) {
                if (copy.state == Job.State.COMPLETED) {
                    vote(copy, majorityWrong);
                }
            }
        }
        original.copies = null;
    }

    /** Flags {@code run} when it is in the minority, or, honest in the majority, fails by a false positive. */
    private void vote(Job run, boolean majorityWrong) {
        boolean runWrong = run.workShare < 1;
        if (runWrong != majorityWrong) {
            board.flag(run.node, !runWrong);
            if (runWrong) {
                outvoted++;
                caught(network.operator[run.node]);
            } else {
                falseFlags++;
            }
        } else if (!runWrong && verification.falsePositiveProbability() > 0
                && voteVerdicts.nextDouble() < verification.falsePositiveProbability()) {
            board.flag(run.node, true);
            falseFlags++;
        }
    }

    /** A re-execution was dropped or lost to failures before it completed. */
    void lost(Job check) {
        inFlight--;
        checksLost++;
        if (check.verifies.copies != null) {
            settleWhenIn(check.verifies);
        }
    }

    /** Re-executions waiting or running now (the model's queue and running counts include them). */
    int inFlight() {
        return inFlight;
    }

    /** The epoch closed: records its figures. */
    void epochEnded() {
        epochs.add(new AdversaryEpoch(epoch, delivered, wrong, checked, checkGpuSeconds, deliveredGpuSeconds,
                detections, falseFlags, fees, unrunFees, votes, copies, copyGpuSeconds, outvoted, verificationFees,
                refereeRuns, refereeGpuSeconds, refereeWrong, checkersCaught));
        delivered = 0;
        wrong = 0;
        checked = 0;
        checkGpuSeconds = 0;
        deliveredGpuSeconds = 0;
        detections = 0;
        falseFlags = 0;
        fees = 0;
        unrunFees = 0;
        votes = 0;
        copies = 0;
        copyGpuSeconds = 0;
        outvoted = 0;
        verificationFees = 0;
        refereeRuns = 0;
        refereeGpuSeconds = 0;
        refereeWrong = 0;
        checkersCaught = 0;
        epoch++;
    }

    AdversaryResult result() {
        List<Boolean> cheaters = new ArrayList<>(network.operatorCount());
        for (int o = 0; o < network.operatorCount(); o++) {
            cheaters.add(board.isCheater(o));
        }
        return new AdversaryResult(epochs, cheaters, cheatersDetected, epochsToDetection, checksLost,
                verification.checksPaidBy());
    }
}
