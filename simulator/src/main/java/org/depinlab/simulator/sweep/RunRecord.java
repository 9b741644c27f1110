package org.depinlab.simulator.sweep;

import java.io.Serializable;
import java.util.Comparator;
import java.util.Map;

/**
 * One finished run of a sweep, as recorded: one line of {@code points.jsonl} (its property names
 * and order are the file's format).
 *
 * @param point       point index
 * @param replication replication index
 * @param seed        the seed it ran with
 * @param values      the swept fields' values at the point (as text)
 * @param figures     the run's numeric key figures (run.json names)
 */
public record RunRecord(int point, int replication, long seed, Map<String, String> values,
                          Map<String, Double> figures) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** By (point, replication): the order of every sweep output, whatever order the runs finished in. */
    static final Comparator<RunRecord> ORDER = Comparator.comparingInt(RunRecord::point)
            .thenComparingInt(RunRecord::replication);
}
