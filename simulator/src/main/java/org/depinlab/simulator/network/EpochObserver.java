package org.depinlab.simulator.network;

/**
 * Hears the end of every epoch, with each node's contributions (the protocol pays rewards from
 * them) and a handle to change the network (operators putting capacity in or out of service).
 */
public interface EpochObserver {

    /**
     * @param epoch   index from 0
     * @param nodes   contributions of every node in the epoch
     * @param control changes to the network, applied at once
     */
    void epochEnded(int epoch, NodeEpochs nodes, NetworkControl control);
}
