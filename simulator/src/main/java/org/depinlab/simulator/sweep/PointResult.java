package org.depinlab.simulator.sweep;

import java.io.Serializable;
import java.util.Comparator;
import java.util.Map;

/**
 * One finished (point, replication) of a sweep: one line of {@code points.jsonl}.
 *
 * @param point       point index
 * @param replication replication index
 * @param seed        the seed it ran with
 * @param values      the swept fields' values at the point (as text)
 * @param figures     the run's numeric key figures (run.json names)
 */
public record PointResult(int point, int replication, long seed, Map<String, String> values,
                          Map<String, Double> figures) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** By (point, replication): the order of every sweep output, whatever order the runs finished in. */
    static final Comparator<PointResult> ORDER = Comparator.comparingInt(PointResult::point)
            .thenComparingInt(PointResult::replication);
}
