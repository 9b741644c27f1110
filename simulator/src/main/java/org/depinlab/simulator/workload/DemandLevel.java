package org.depinlab.simulator.workload;

/**
 * The running demand multiplier: the model sets it at every epoch end, the arrivals read it. The
 * seam between the market's response to price and quality and the workload.
 */
public final class DemandLevel {

    private double multiplier;

    /** Demand at {@code multiplier} times the arrival process's rate. */
    public DemandLevel(double multiplier) {
        set(multiplier);
    }

    /** The multiplier in force, ≥ 0. */
    public double multiplier() {
        return multiplier;
    }

    /** Sets the multiplier for the arrivals to come. */
    public void set(double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException("demand multiplier must be finite and >= 0, got " + value);
        }
        multiplier = value;
    }
}
