package org.depinlab.simulator.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Joins the outputs of sweep shards (or of interrupted and resumed sweeps) into one: every
 * (point, replication) once, sorted, and the summary rebuilt.
 */
public final class SweepMerge {

    private SweepMerge() {
    }

    /**
     * @return how many distinct runs the merged sweep holds
     */
    public static int merge(List<Path> folders, Path out) throws IOException {
        Map<String, PointResult> results = new LinkedHashMap<>();
        for (Path folder : folders) {
            Path file = folder.resolve(SweepRunner.RESULTS);
            if (!Files.isReadable(file)) {
                throw new IllegalArgumentException(folder + ": no " + SweepRunner.RESULTS + " (not a sweep output folder)");
            }
            for (PointResult r : SweepRunner.read(file)) {
                results.putIfAbsent(r.point() + "/" + r.replication(), r);
            }
        }
        List<PointResult> sorted = new ArrayList<>(results.values());
        Files.createDirectories(out);
        SweepRunner.writeSorted(out.resolve(SweepRunner.RESULTS), sorted);
        SweepRunner.writeSummary(out, sorted, List.of());
        SweepRunner.writeReport(out, out.getFileName().toString(), sorted, List.of());
        return sorted.size();
    }
}
