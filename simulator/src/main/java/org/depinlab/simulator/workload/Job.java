package org.depinlab.simulator.workload;

import org.depinlab.simulator.engine.Simulation;
import org.depinlab.simulator.engine.Steppable;

/**
 * One job in the running model. Mutable, owned by the model; one object per job and no other
 * per-job allocation: the job is itself the event the schedule fires for its completion, and it
 * links itself into its node's list of running jobs.
 */
public final class Job implements Steppable {

    /** Where a job is in its life. */
    public enum State { QUEUED, RUNNING, COMPLETED, RENEGED, DROPPED, LOST }

    public final long id;
    public final int jobClass;
    public final double arrivalTime;
    public final double flop;
    public final double bytesIn;
    public final double bytesMoved;
    /** Demand in thousandths of a GPU. */
    public final int milliGpus;
    /** VRAM needed per GPU (bytes), or in total for a fraction of one GPU. */
    public final long vramBytes;
    /** Bit i set: catalogue model index i allowed; all bits set: any. */
    public final long allowedModels;
    public final double maxPriceUsdPerGpuHour;
    /** Latest time the job may start (arrival + patience), or +∞. */
    public final double startDeadline;
    /** Service time recorded by a trace on its reference model, or NaN when computed from the work. */
    public final double traceSeconds;
    /** Catalogue index of the model the trace duration was measured on, or -1. */
    public final int traceModel;

    /** Receives the job's event: its completion. */
    public interface Events {
        void fire(Job job);
    }

    private final Events events;
    public State state = State.QUEUED;
    public int node = -1;
    public double startTime = Double.NaN;
    public double serviceSeconds = Double.NaN;
    /** Handle of the pending completion event, or -1. */
    public long eventHandle = -1;
    public int attempts;
    /** Share of the job's FLOP its last run computed: 1 honest, less when its node cheated (0: faked). */
    public double workShare = 1;
    /**
     * For a verification re-execution: the delivered job it checks (for a referee, the check whose
     * mismatch it decides); null for a customer's job.
     */
    public Job verifies;
    /** For a customer's job run redundantly: its copies until the vote is settled; null otherwise. */
    public Job[] copies;
    /** Intrusive list of the jobs running on one node. */
    public Job nextOnNode;
    public Job previousOnNode;

    public Job(long id, int jobClass, double arrivalTime, double flop, double bytesIn, double bytesMoved, int milliGpus,
               long vramBytes, long allowedModels, double maxPriceUsdPerGpuHour, double startDeadline,
               double traceSeconds, int traceModel, Events events) {
        this.events = events;
        this.id = id;
        this.jobClass = jobClass;
        this.arrivalTime = arrivalTime;
        this.flop = flop;
        this.bytesIn = bytesIn;
        this.bytesMoved = bytesMoved;
        this.milliGpus = milliGpus;
        this.vramBytes = vramBytes;
        this.allowedModels = allowedModels;
        this.maxPriceUsdPerGpuHour = maxPriceUsdPerGpuHour;
        this.startDeadline = startDeadline;
        this.traceSeconds = traceSeconds;
        this.traceModel = traceModel;
    }

    @Override
    public void step(Simulation sim) {
        events.fire(this);
    }

    /** Whole GPUs the job occupies (1 for a fraction of one GPU). */
    public int wholeGpus() {
        return Math.max(1, milliGpus / 1000);
    }

    /** True when catalogue model {@code model} may run the job. */
    public boolean allows(int model) {
        return (allowedModels & (1L << model)) != 0;
    }
}
