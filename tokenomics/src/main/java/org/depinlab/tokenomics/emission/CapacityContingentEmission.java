package org.depinlab.tokenomics.emission;

/**
 * A schedule whose emission depends on the network's capacity as well as on time: the caller keeps
 * the capped cumulative capacity R (the sum of {@link #cappedCapacity(int, double)} over the epochs so
 * far) and asks {@link #emission(int, double, double)} for the epoch's tokens. Stateless like every
 * schedule, so one instance serves any number of runs.
 *
 * <p>{@link #emission(int, double)} of the plain interface answers for a network whose capacity
 * keeps pace with the schedule's target in every epoch: the most the schedule can mint.
 */
public interface CapacityContingentEmission extends EmissionSchedule {

    /**
     * The capacity that counts in {@code epoch}, integrated over it (capacity × epochs).
     *
     * @param epoch    the epoch, 0-based
     * @param capacity the network's capacity during the epoch, finite and >= 0
     */
    double cappedCapacity(int epoch, double capacity);

    /**
     * The tokens to mint in {@code epoch}.
     *
     * @param epoch        the epoch, 0-based
     * @param cappedBefore the capped capacity of epochs 0 to {@code epoch - 1}
     * @param cappedAfter  that plus this epoch's {@link #cappedCapacity(int, double)}
     * @return finite and >= 0
     */
    double emission(int epoch, double cappedBefore, double cappedAfter);

    /**
     * The effective time, epochs, of a capped cumulative capacity: the time by which a network exactly
     * at the schedule's target would have accumulated {@code capped}.
     */
    double effectiveTime(double capped);
}
