package org.depinlab.spark;

import java.io.Serializable;
import java.util.ArrayList;

import org.depinlab.simulator.sweep.PointRun;
import org.depinlab.simulator.sweep.RunOutcome;
import org.depinlab.simulator.sweep.RunTask;

import scala.collection.Iterator;
import scala.runtime.AbstractFunction1;

/** On a worker: runs a partition's tasks with the built-in GPU profiles, one outcome per task. */
final class RunPartition extends AbstractFunction1<Iterator<RunTask>, ArrayList<RunOutcome>>
        implements Serializable {

    private static final long serialVersionUID = 1L;

    @Override
    public ArrayList<RunOutcome> apply(Iterator<RunTask> tasks) {
        ArrayList<RunOutcome> outcomes = new ArrayList<>();
        while (tasks.hasNext()) {
            outcomes.add(PointRun.builtIn().run(tasks.next()));
        }
        return outcomes;
    }
}
