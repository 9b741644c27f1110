package org.depinlab.simulator.adversary;

/** How a cheating operator cheats on the jobs it runs. */
public enum Strategy {
    /** Reports a job done without running it and returns a wrong result. */
    FAKE_COMPLETION,
    /** Runs part of the job's FLOP and returns a degraded result. */
    LAZY
}
