package org.depinlab.simulator.study;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.depinlab.simulator.output.OutputException;
import org.depinlab.simulator.output.OutputFolder;
import org.depinlab.simulator.output.OutputKind;
import org.depinlab.simulator.scenario.StudyFile;
import org.depinlab.simulator.scenario.SweepPlan;
import org.depinlab.simulator.sweep.RunRecord;
import org.depinlab.simulator.sweep.SweepMerge;
import org.depinlab.simulator.sweep.SweepRunner;

/**
 * A study run in slices: {@code study --shard i/N} runs the design points whose index is i modulo N into a study
 * folder of its own, marked by {@code shard.json}; the N folders join into one study folder only when they are
 * every shard of one split, each once and each finished, all of this study (the fingerprint of their runs).
 */
final class StudyShards {

    /** The mark of a shard's study folder: which slice it holds. */
    static final String MARKER = "shard.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private StudyShards() {
    }

    /** The marker's text for {@code shard}. */
    static String marker(SweepRunner.Shard shard) throws IOException {
        return JSON.writeValueAsString(shard) + "\n";
    }

    /** The shard the claimed study folder {@code folder} holds; empty for a whole study or a new folder. */
    static Optional<SweepRunner.Shard> of(OutputFolder folder) {
        if (folder.manifest().isEmpty() || !folder.manifest().get().files().contains(MARKER)) {
            return Optional.empty();
        }
        Path file = folder.path().resolve(MARKER);
        try {
            return Optional.of(JSON.readValue(file.toFile(), SweepRunner.Shard.class));
        } catch (IOException e) {
            throw new OutputException(file + ": not a readable shard mark (" + e.getMessage() + "); run the shard"
                    + " again into a new folder");
        }
    }

    /**
     * Refuses to run {@code shard} into {@code folder} when it holds a whole study or another shard.
     */
    static void requireFor(OutputFolder folder, SweepRunner.Shard shard) {
        if (folder.manifest().isEmpty()) {
            return;
        }
        Optional<SweepRunner.Shard> held = of(folder);
        if (held.isEmpty() && folder.manifest().get().files().contains("study.json")) {
            throw new OutputException(folder.given() + ": holds a whole study; a shard goes to a folder of its own");
        }
        if (held.isPresent() && !held.get().equals(shard)) {
            throw new OutputException(folder.given() + ": holds shard " + text(held.get()) + " of a study, not "
                    + text(shard) + "; give --shard " + text(held.get()) + " to continue it, or another --out");
        }
    }

    /**
     * Checks that {@code given} are every shard of one split of {@code study}, each once and finished, before
     * anything is written; the runs folders to merge, in shard order.
     */
    static List<Path> requireWhole(StudyFile study, SweepPlan plan, List<Path> given, Consumer<String> warnings)
            throws IOException {
        Map<Integer, Path> byIndex = new TreeMap<>();
        Set<Path> seen = new HashSet<>();
        int count = -1;
        Path first = null;
        for (Path path : given) {
            OutputFolder folder = OutputFolder.claim(path, OutputKind.STUDY);
            if (folder.manifest().isEmpty()) {
                throw new OutputException(path + ": no such study folder");
            }
            if (!seen.add(folder.path())) {
                throw new OutputException(path + ": is given twice; give each shard's folder once");
            }
            SweepRunner.Shard shard = of(folder).orElseThrow(() -> new OutputException(path + ": holds no shard of a"
                    + " study (it was not made by study --shard i/N)"));
            if (count >= 0 && shard.count() != count) {
                throw new OutputException(path + " is shard " + text(shard) + " but " + first + " is a shard of "
                        + count + "; give the shards of one split");
            }
            count = shard.count();
            first = first == null ? path : first;
            Path twin = byIndex.putIfAbsent(shard.index(), path);
            if (twin != null) {
                throw new OutputException(twin + " and " + path + " both hold shard " + text(shard)
                        + "; give each shard once");
            }
        }
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (!byIndex.containsKey(i)) {
                missing.add(i + "/" + count);
            }
        }
        if (!missing.isEmpty()) {
            throw new OutputException("shard" + (missing.size() == 1 ? " " : "s ") + String.join(", ", missing)
                    + (missing.size() == 1 ? " is" : " are") + " missing: give the folder of every study --shard i/"
                    + count + " of " + study.file());
        }
        List<Path> runs = byIndex.values().stream().map(p -> p.resolve(StudyRunner.RUNS)).toList();
        SweepMerge.requireRunsOf(plan, runs, "study");
        for (Map.Entry<Integer, Path> entry : byIndex.entrySet()) {
            requireFinished(plan, new SweepRunner.Shard(entry.getKey(), count), entry.getValue(), warnings);
        }
        return runs;
    }

    private static void requireFinished(SweepPlan plan, SweepRunner.Shard shard, Path folder,
                                        Consumer<String> warnings) throws IOException {
        Set<String> held = new HashSet<>();
        for (RunRecord r : SweepRunner.results(folder.resolve(StudyRunner.RUNS), warnings)) {
            held.add(r.point() + "/" + r.replication());
        }
        int expected = 0;
        int lacking = 0;
        for (SweepPlan.Point point : plan.points()) {
            if (point.index() % shard.count() == shard.index()) {
                for (int r = 0; r < plan.replications(); r++) {
                    expected++;
                    lacking += held.contains(point.index() + "/" + r) ? 0 : 1;
                }
            }
        }
        if (lacking > 0) {
            throw new OutputException(folder + " (shard " + text(shard) + ") lacks " + lacking + " of its " + expected
                    + " runs: finish it with study --shard " + text(shard) + " --resume --out " + folder);
        }
    }

    private static String text(SweepRunner.Shard shard) {
        return shard.index() + "/" + shard.count();
    }
}
