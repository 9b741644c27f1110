package org.depinlab.simulator.adversary;

/**
 * What the protocol does, at the epoch end, to every node flagged for fraud in the epoch.
 *
 * @param fraudSlashShare  share of the node's bonded stake slashed (burned), [0, 1]
 * @param resetReputation  whether the node's reputation returns to no evidence at its lowest prior
 * @param ejectionEpochs   epochs the node is taken out of service; 0 none, {@link #PERMANENT} for good
 */
public record Penalties(double fraudSlashShare, boolean resetReputation, int ejectionEpochs) {

    /** Ejection for good. */
    public static final int PERMANENT = Integer.MAX_VALUE;

    public Penalties {
        if (!(fraudSlashShare >= 0 && fraudSlashShare <= 1)) {
            throw new IllegalArgumentException("fraud slash share must be in [0, 1], got " + fraudSlashShare);
        }
        if (ejectionEpochs < 0) {
            throw new IllegalArgumentException("ejection epochs must be >= 0, got " + ejectionEpochs);
        }
    }

    /** No penalty. */
    public static final Penalties NONE = new Penalties(0, false, 0);
}
