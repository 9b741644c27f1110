package org.depinlab.simulator.sweep;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.depinlab.simulator.output.FolderLock;
import org.depinlab.simulator.output.OutputException;
import org.depinlab.simulator.output.OutputFolder;
import org.depinlab.simulator.output.OutputKind;
import org.depinlab.simulator.output.SweepIdentity;
import org.depinlab.simulator.scenario.SweepPlan;

/**
 * Joins the outputs of sweep shards (or of interrupted and resumed sweeps) into one: every
 * (point, replication) once, sorted, and the summary rebuilt. Only folders of the same sweep (the
 * same fingerprint) merge; each is locked while it is read.
 */
public final class SweepMerge {

    private SweepMerge() {
    }

    /**
     * @return how many distinct runs the merged sweep holds
     */
    public static int merge(List<Path> folders, Path out, Consumer<String> warnings) throws IOException {
        List<OutputFolder> claimed = new ArrayList<>();
        for (Path given : folders) {
            OutputFolder folder = OutputFolder.claim(given, OutputKind.SWEEP);
            if (folder.manifest().isEmpty()) {
                throw new OutputException(given + ": no such sweep folder");
            }
            if (!Files.isReadable(folder.path().resolve(SweepFolder.RESULTS))) {
                throw new OutputException(given + ": holds no " + SweepFolder.RESULTS + " yet (no run has finished)");
            }
            if (claimed.stream().noneMatch(c -> c.path().equals(folder.path()))) {
                claimed.add(folder);
            }
        }
        SweepIdentity first = SweepFolder.identityOf(claimed.get(0), claimed.get(0).given());
        for (OutputFolder folder : claimed.subList(1, claimed.size())) {
            List<String> differences = SweepFolder.identityOf(folder, folder.given()).differences(first,
                    folder.given().toString(), claimed.get(0).given().toString());
            if (!differences.isEmpty()) {
                throw new OutputException(folder.given() + " and " + claimed.get(0).given() + " hold runs of different"
                        + " sweeps (" + String.join("; ", differences) + "); only shards of one sweep merge");
            }
        }
        Path target = OutputFolder.claim(out, OutputKind.SWEEP).path();
        List<FolderLock> locks = new ArrayList<>();
        try {
            // the folders read are locked first, so that a refusal leaves no new destination behind
            for (OutputFolder folder : claimed) {
                if (!folder.path().equals(target)) {
                    locks.add(folder.lock());
                }
            }
            return mergeInto(out, first, claimed, warnings);
        } finally {
            for (FolderLock lock : locks) {
                lock.close();
            }
        }
    }

    /**
     * Refuses, before anything is written, any of {@code folders} that holds no runs of {@code plan} or runs of
     * another {@code what} (a sweep, a study: the word the message uses) than {@code plan}'s.
     */
    public static void requireRunsOf(SweepPlan plan, List<Path> folders, String what) {
        SweepIdentity expected = SweepFingerprint.of(plan);
        for (Path given : folders) {
            OutputFolder folder = OutputFolder.claim(given, OutputKind.SWEEP);
            if (folder.manifest().isEmpty() || !Files.isReadable(folder.path().resolve(SweepFolder.RESULTS))) {
                throw new OutputException(given + ": holds no runs of a " + what + " yet");
            }
            List<String> differences = SweepFolder.identityOf(folder, given).differences(expected, given.toString(),
                    plan.file().toString());
            if (!differences.isEmpty()) {
                throw new OutputException(given + ": holds runs of another " + what + " than " + plan.file() + " ("
                        + String.join("; ", differences) + "); only shards of this " + what + " merge");
            }
        }
    }

    private static int mergeInto(Path out, SweepIdentity identity, List<OutputFolder> claimed,
                                 Consumer<String> warnings) throws IOException {
        List<Path> merged = claimed.stream().map(OutputFolder::path).toList();
        try (SweepFolder destination = SweepFolder.forMerge(out, identity, merged)) {
            Map<String, RunRecord> results = new LinkedHashMap<>();
            for (OutputFolder folder : claimed) {
                for (RunRecord r : PointsFile.read(folder.path().resolve(SweepFolder.RESULTS), warnings)) {
                    results.putIfAbsent(r.point() + "/" + r.replication(), r);
                }
            }
            List<RunRecord> sorted = new ArrayList<>(results.values());
            PointsFile.writeSorted(destination.results(), sorted);
            SweepRunner.writeOutputs(destination, sorted);
            return sorted.size();
        }
    }
}
