package org.depinlab.spark;

import org.depinlab.simulator.sweep.SweepExecutor;
import org.depinlab.simulator.sweep.SweepExecutorProvider;

/** Makes {@code --executor spark} available when this module is on the class path. */
public final class SparkSweepExecutorProvider implements SweepExecutorProvider {

    @Override
    public String name() {
        return "spark";
    }

    @Override
    public SweepExecutor open(Settings settings) {
        return SparkSweepExecutor.start(settings);
    }
}
