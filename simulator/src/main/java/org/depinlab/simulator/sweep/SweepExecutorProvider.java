package org.depinlab.simulator.sweep;

import java.util.Optional;
import java.util.ServiceLoader;

/**
 * An executor that lives in an optional module (the Spark one in {@code spark-sweep}), found on the
 * class path through {@link ServiceLoader}.
 */
public interface SweepExecutorProvider {

    /**
     * What the executor needs to start.
     *
     * @param appName the sweep's name (shown by a cluster's UI)
     * @param threads threads per worker or local slots, where the executor uses them
     * @param master  the cluster to run on (executor-specific URL); null: the executor's default
     */
    record Settings(String appName, int threads, String master) {
    }

    /** The name users select it by ({@code --executor NAME}). */
    String name();

    /** Starts an executor. */
    SweepExecutor open(Settings settings);

    /** The provider named {@code name} on the class path, if any. */
    static Optional<SweepExecutorProvider> find(String name) {
        return ServiceLoader.load(SweepExecutorProvider.class).stream()
                .map(ServiceLoader.Provider::get)
                .filter(p -> p.name().equals(name))
                .findFirst();
    }
}
