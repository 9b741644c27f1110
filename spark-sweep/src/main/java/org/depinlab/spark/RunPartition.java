package org.depinlab.spark;

import java.io.Serializable;
import java.util.ArrayList;

import org.depinlab.simulator.sweep.RunFunction;
import org.depinlab.simulator.sweep.RunOutcome;
import org.depinlab.simulator.sweep.RunSpec;

import scala.collection.Iterator;
import scala.runtime.AbstractFunction1;

/** On a worker: runs a partition's run specs with the built-in GPU profiles, one outcome per spec. */
final class RunPartition extends AbstractFunction1<Iterator<RunSpec>, ArrayList<RunOutcome>>
        implements Serializable {

    private static final long serialVersionUID = 1L;

    @Override
    public ArrayList<RunOutcome> apply(Iterator<RunSpec> specs) {
        ArrayList<RunOutcome> outcomes = new ArrayList<>();
        while (specs.hasNext()) {
            outcomes.add(RunFunction.builtIn().run(specs.next()));
        }
        return outcomes;
    }
}
