package org.depinlab.simulator.network;

/** What an epoch observer may change: capacity in service, asks, the weights matching samples by. */
public interface NetworkControl {

    /** The network (read its arrays; change it only through this interface). */
    Network network();

    /** Puts a reserve node in service; its capacity is offered to the waiting jobs. */
    void activate(int node);

    /** Takes a node out of service; the jobs it runs are interrupted (retried or lost, as configured). */
    void deactivate(int node);

    /**
     * Re-reads every node's model and ask into matching (after asks moved, or an entrant's
     * hardware was drawn). It sorts all nodes: call it at most once an epoch, and only when
     * something changed.
     */
    void reindex();

    /** Sets node {@code node}'s stake as matching weighs it (the stake bonded now); O(log nodes). */
    void setStake(int node, double tokens);

    /** Sets node {@code node}'s reputation as matching weighs it; O(log nodes). */
    void setReputation(int node, double reputation);
}
