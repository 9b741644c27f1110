package org.depinlab.simulator.network;

/** A {@link NetworkControl} for observer tests: applies stake and reputation, counts what it was asked. */
public final class RecordingControl implements NetworkControl {

    private final Network network;
    public int reindexed;
    public int weightsSet;

    public RecordingControl(Network network) {
        this.network = network;
    }

    @Override
    public Network network() {
        return network;
    }

    @Override
    public void activate(int node) {
        network.setActive(node, true);
    }

    @Override
    public void deactivate(int node) {
        network.setActive(node, false);
    }

    @Override
    public void reindex() {
        reindexed++;
    }

    @Override
    public void setStake(int node, double tokens) {
        network.stakeTokens[node] = tokens;
        weightsSet++;
    }

    @Override
    public void setReputation(int node, double reputation) {
        network.reputation[node] = reputation;
        weightsSet++;
    }
}
