package org.depinlab.simulator.adversary;

import java.util.Arrays;

import org.depinlab.simulator.engine.RandomStream;
import org.depinlab.simulator.network.Network;

/**
 * The seam between the running model and the protocol for fraud, beside
 * {@link org.depinlab.simulator.network.NodeEpochs}: which operators are cheaters (drawn once per
 * operator, on stream {@code "adversaries"}, entrants when they enter) and which cheat now; each
 * operator's delivered and checked jobs (what a rational cheater learns from); every node's fraud
 * flags of the epoch just closed, false ones (an honest result that failed a check) counted apart;
 * every node's fees for checks and copies of that epoch (for who pays them).
 * The model fills it, the protocol reads it at the epoch end and sets which rational cheaters cheat
 * next. Fraud flags are never faults.
 */
public final class FraudBoard {

    private static final int UNDRAWN = -2;
    private static final int HONEST = -1;

    private final Adversaries config;
    private final Network network;
    private final RandomStream draws;
    /** Per operator slot: index of its {@link Cheater} entry, {@link #HONEST}, or {@link #UNDRAWN}. */
    private final int[] cheater;
    private final boolean[] cheating;
    private final long[] delivered;
    private final long[] checked;
    private final int[] flags;
    private final int[] falseFlags;
    private final double[] verificationFeesUsd;
    private int remainingEpochs;

    public FraudBoard(Adversaries config, Network network, RandomStream draws) {
        this.config = config;
        this.network = network;
        this.draws = draws;
        int operators = network.operatorCapacity();
        cheater = new int[operators];
        Arrays.fill(cheater, UNDRAWN);
        cheating = new boolean[operators];
        delivered = new long[operators];
        checked = new long[operators];
        flags = new int[network.nodeCount()];
        falseFlags = new int[network.nodeCount()];
        verificationFeesUsd = new double[network.nodeCount()];
        drawNewOperators();
    }

    public Adversaries config() {
        return config;
    }

    /** Draws whether each operator not drawn yet cheats (the initial ones, then entrants as they enter). */
    public void drawNewOperators() {
        for (int o = 0; o < network.operatorCount(); o++) {
            if (cheater[o] != UNDRAWN) {
                continue;
            }
            cheater[o] = HONEST;
            String className = network.operatorClasses.get(network.operatorClass[o]);
            for (int c = 0; c < config.cheaters().size(); c++) {
                Cheater entry = config.cheaters().get(c);
                if (entry.operatorClass().equals(className)) {
                    if (draws.nextDouble() < entry.share()) {
                        cheater[o] = c;
                        // a rational one starts honest and cheats once it has seen that it pays
                        cheating[o] = !entry.rational();
                    }
                    break;
                }
            }
        }
    }

    /** Whether operator {@code o} is a cheater (whether or not it cheats this epoch). */
    public boolean isCheater(int o) {
        return cheater[o] >= 0;
    }

    /** Operator {@code o}'s cheater entry; call only when {@link #isCheater}. */
    public Cheater cheaterOf(int o) {
        return config.cheaters().get(cheater[o]);
    }

    /** Whether operator {@code o} cheats on the jobs it runs now. */
    public boolean cheatingNow(int o) {
        return cheating[o];
    }

    /** The protocol: rational cheater {@code o} cheats in the next epoch or not. */
    public void setCheating(int o, boolean cheats) {
        cheating[o] = cheats;
    }

    /** The model: operator {@code o} delivered a job; {@code wasChecked} when it was picked for a check. */
    public void delivered(int o, boolean wasChecked) {
        delivered[o]++;
        if (wasChecked) {
            checked[o]++;
        }
    }

    /** Jobs operator {@code o} delivered over the run. */
    public long deliveredJobs(int o) {
        return delivered[o];
    }

    /** Of those, jobs picked for a check. */
    public long checkedJobs(int o) {
        return checked[o];
    }

    /** The model: node {@code n} failed a check; {@code falsely} when its result was honest. */
    public void flag(int n, boolean falsely) {
        flags[n]++;
        if (falsely) {
            falseFlags[n]++;
        }
    }

    /** Fraud flags of node {@code n} in the epoch just closed. */
    public int flags(int n) {
        return flags[n];
    }

    /** Of those, flags of honest results (false positives, or a cheating checker's wrong result). */
    public int falseFlags(int n) {
        return falseFlags[n];
    }

    /** The model: node {@code n} was paid {@code fee} for a spot check or a redundant copy. */
    public void verificationFee(int n, double fee) {
        verificationFeesUsd[n] += fee;
    }

    /** Fees node {@code n} was paid for checks and copies in the epoch just closed (part of its fees). */
    public double verificationFeesUsd(int n) {
        return verificationFeesUsd[n];
    }

    /** Epochs of the run left after the one just closed. */
    public int remainingEpochs() {
        return remainingEpochs;
    }

    /** The model: a new epoch starts with {@code remaining} epochs left after it; flags and check fees return to zero. */
    public void reset(int remaining) {
        remainingEpochs = remaining;
        Arrays.fill(flags, 0);
        Arrays.fill(falseFlags, 0);
        Arrays.fill(verificationFeesUsd, 0);
    }
}
