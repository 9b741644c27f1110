package org.depinlab.simulator.study;

import java.util.List;

import org.depinlab.simulator.report.NestedFigures;
import org.depinlab.simulator.report.NestedMap;
import org.depinlab.simulator.scenario.ScenarioException;
import org.depinlab.simulator.scenario.StudyFile;
import org.depinlab.simulator.scenario.StudyLoader;
import org.depinlab.simulator.sweep.RunRecord;

/**
 * Checks a study's dotted outputs ({@code value_capture.team}) against what its runs recorded: a
 * class, model, region or group that no run has is a mistake in the study file, told with the keys
 * the runs have in that map. A figure that only some runs have is missing in the others, as any
 * figure a run does not have.
 */
final class DottedOutputs {

    private static final int SHOWN = 40;

    private DottedOutputs() {
    }

    /** @throws ScenarioException at the first output reading a nested figure no run of {@code records} has */
    static void check(StudyFile study, List<RunRecord> records) {
        if (records.isEmpty()) {
            return;
        }
        for (int i = 0; i < study.outputs().size(); i++) {
            for (String key : StudyFile.keys(study.outputs().get(i))) {
                NestedMap map = NestedFigures.map(key);
                if (map != null && records.stream().noneMatch(r -> r.figures().containsKey(key))) {
                    throw StudyLoader.outputError(study, i, "'" + key + "' is not among the figures the runs have"
                            + " (allowed: " + had(map, records) + ")");
                }
            }
        }
    }

    /** The keys the first run has in {@code map}, the first {@value #SHOWN} of them. */
    private static String had(NestedMap map, List<RunRecord> records) {
        List<String> keys = records.get(0).figures().keySet().stream()
                .filter(k -> k.startsWith(map.name() + ".")).toList();
        if (keys.isEmpty()) {
            return "none: the runs have no " + map.name();
        }
        String shown = String.join(", ", keys.subList(0, Math.min(SHOWN, keys.size())));
        return keys.size() > SHOWN ? shown + ", … (" + keys.size() + " in all)" : shown;
    }
}
