package org.depinlab.spark;

import java.util.ArrayList;
import java.util.function.Consumer;

import org.depinlab.simulator.sweep.RunOutcome;

import scala.runtime.AbstractFunction2;
import scala.runtime.BoxedUnit;

/**
 * On the driver: hears each partition's outcomes as its task finishes (Spark calls it one at a
 * time) and passes them to the sweep's sink. A sink failure (say, a full disk) is kept, reported
 * through {@code onFailure} (which cancels the job) and thrown after the job, not into Spark's
 * scheduler thread.
 */
final class DriverSink extends AbstractFunction2<Object, ArrayList<RunOutcome>, BoxedUnit> {

    private final Consumer<RunOutcome> sink;
    private final Runnable onFailure;
    private RuntimeException failure;

    DriverSink(Consumer<RunOutcome> sink, Runnable onFailure) {
        this.sink = sink;
        this.onFailure = onFailure;
    }

    @Override
    public BoxedUnit apply(Object partition, ArrayList<RunOutcome> outcomes) {
        if (failure == null) {
            try {
                outcomes.forEach(sink);
            } catch (RuntimeException e) {
                failure = e;
                onFailure.run();
            }
        }
        return BoxedUnit.UNIT;
    }

    void rethrow() {
        if (failure != null) {
            throw failure;
        }
    }
}
