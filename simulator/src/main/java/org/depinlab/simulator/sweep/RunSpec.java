package org.depinlab.simulator.sweep;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What one run of a sweep is (point, replication, seed, scenario and values), as plain data that can
 * travel to a worker; the run is a pure function of it (see {@link RunFunction}).
 *
 * @param point       point index
 * @param replication replication index
 * @param seed        the seed the run uses
 * @param scenario    the base scenario file, absolute (on a cluster: a path every worker can read)
 * @param overrides   the point's field values as a JSON object (field path → value)
 * @param values      the same values as text, for the results and for messages
 * @param maps        run.json's nested maps whose figures the run records by dotted path (what a study's
 *                    outputs read, {@link org.depinlab.simulator.report.Columns#NESTED}); usually none
 */
public record RunSpec(int point, int replication, long seed, String scenario, String overrides,
                      LinkedHashMap<String, String> values, ArrayList<String> maps) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The point and its parameters, for messages: {@code point 3, replication 1 (a = 0.5, b = x)}. */
    public String describe() {
        StringBuilder text = new StringBuilder("point " + point + ", replication " + replication);
        if (!values.isEmpty()) {
            text.append(" (");
            String separator = "";
            for (Map.Entry<String, String> value : values.entrySet()) {
                text.append(separator).append(value.getKey()).append(" = ").append(value.getValue());
                separator = ", ";
            }
            text.append(')');
        }
        return text.toString();
    }
}
