package org.depinlab.simulator.sweep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.depinlab.gpubench.GpuProfiles;
import org.depinlab.simulator.engine.RandomStreams;
import org.depinlab.simulator.output.AtomicFiles;
import org.depinlab.simulator.output.OutputException;
import org.depinlab.simulator.output.SweepIdentity;
import org.depinlab.simulator.report.NestedFigures;
import org.depinlab.simulator.report.NestedMap;
import org.depinlab.simulator.scenario.ScenarioLoader;
import org.depinlab.simulator.scenario.StudyFile;
import org.depinlab.simulator.scenario.SweepPlan;

/**
 * Runs a sweep's (point, replication) pairs on an executor (local threads by default). Each finished pair is appended at
 * once as one line of {@code points.jsonl}, so a sweep killed at any moment loses at most the runs
 * in flight: {@code resume} reads the file (dropping a line cut short), skips what is there and runs
 * the rest. {@code summary.csv} is rebuilt from all lines, sorted, so it is the same with 1 or N
 * threads and with or without interruptions, and so are {@code report.html} and, once the sweep
 * has finished, {@code points.jsonl} (rewritten in (point, replication) order). A shard runs only the
 * points whose index ≡ i (mod N). The folder is locked while the sweep runs and records the sweep's
 * fingerprint ({@link SweepFolder}): a second command on it, or a resume after the sweep changed, is
 * refused.
 */
public final class SweepRunner {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Which slice of the points to run: index i of n (0-based). */
    public record Shard(int index, int count) {
        public Shard {
            if (count < 1 || index < 0 || index >= count) {
                throw new IllegalArgumentException("a shard is i/N with 0 <= i < N, got " + index + "/" + count);
            }
        }

        /** Parses {@code i/N}. */
        public static Shard parse(String text) {
            String[] parts = text.split("/");
            try {
                if (parts.length == 2) {
                    return new Shard(Integer.parseInt(parts[0].strip()), Integer.parseInt(parts[1].strip()));
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException("a shard is i/N with 0 <= i < N (e.g. 0/4), got '" + text + "'");
        }
    }

    private final ScenarioLoader loader;
    private final GpuProfiles profiles;
    private final Consumer<String> warnings;

    /** A runner that prints its warnings (a bad line of points.jsonl) to standard error. */
    public SweepRunner(ScenarioLoader loader, GpuProfiles profiles) {
        this(loader, profiles, System.err::println);
    }

    public SweepRunner(ScenarioLoader loader, GpuProfiles profiles, Consumer<String> warnings) {
        this.loader = loader;
        this.profiles = profiles;
        this.warnings = warnings;
    }

    /** Runs what is not yet in {@code out} of {@code plan}'s slice on {@code threads} local threads. */
    public int run(SweepPlan plan, Path out, int threads, Shard shard, boolean resume, IntConsumer progress)
            throws IOException {
        try (SweepExecutor executor = new LocalSweepExecutor(threads, new RunFunction(loader, profiles))) {
            return run(plan, out, executor, shard, resume, progress);
        }
    }

    /**
     * Runs what is not yet in {@code out} of {@code plan}'s slice on {@code executor}. Failed runs do
     * not stop the others: every finished run is kept and summarised, then the failures are thrown.
     * An executor other than local threads runs {@link RunFunction#builtIn()}, not this runner's loader
     * and profiles (a cluster worker has only the built-in ones).
     *
     * @param progress hears the number of runs to make (first), then each run finished (1 each)
     *
     * @return how many runs this call made
     * @throws SweepFailedException  after writing the outputs, when some runs failed
     * @throws SweepStoppedException after writing the outputs of the runs that finished, when the
     *                               executor itself stopped (a lost cluster, a full disk)
     */
    public int run(SweepPlan plan, Path out, SweepExecutor executor, Shard shard, boolean resume,
                   IntConsumer progress) throws IOException {
        try (SweepFolder folder = SweepFolder.forSweep(out, SweepFingerprint.of(plan), resume)) {
            Path results = folder.results();
            Set<String> done = new HashSet<>();
            for (RunRecord r : PointsFile.read(results, warnings)) {
                done.add(r.point() + "/" + r.replication());
            }
            List<RunSpec> specs = specs(plan, shard, done);
            progress.accept(specs.size());
            List<RunOutcome.Failed> failures = new ArrayList<>();
            int[] finished = {0};
            RuntimeException stopped = null;
            try {
                executor.execute(specs, outcome -> {
                    if (outcome instanceof RunOutcome.Completed completed) {
                        append(results, completed.record());
                    } else {
                        failures.add((RunOutcome.Failed) outcome);
                    }
                    finished[0]++;
                    progress.accept(1);
                });
            } catch (RuntimeException e) {
                stopped = e;
            }
            // what finished is summarised even when the executor stopped early; bad lines were reported above
            List<RunRecord> all = PointsFile.read(results, problem -> { });
            PointsFile.writeSorted(results, all);
            writeOutputs(folder, all);
            if (stopped != null) {
                throw new SweepStoppedException(finished[0], specs.size(), stopped);
            }
            if (!failures.isEmpty()) {
                throw new SweepFailedException(failures, specs.size());
            }
            return specs.size();
        }
    }

    /** The runs of {@code plan}'s slice not in {@code done} ("point/replication"), in order. */
    private static List<RunSpec> specs(SweepPlan plan, Shard shard, Set<String> done) {
        String scenario = plan.scenario().toAbsolutePath().toString();
        ArrayList<String> maps = new ArrayList<>(plan.outputs().stream().flatMap(o -> StudyFile.keys(o).stream())
                .map(NestedFigures::map).filter(Objects::nonNull).map(NestedMap::name).distinct().toList());
        List<RunSpec> specs = new ArrayList<>();
        for (SweepPlan.Point point : plan.points()) {
            if (point.index() % shard.count() != shard.index()) {
                continue;
            }
            LinkedHashMap<String, String> values = new LinkedHashMap<>();
            point.values().forEach((path, value) -> values.put(path, text(value)));
            String overrides;
            try {
                overrides = JSON.writeValueAsString(point.values());
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("cannot write the values of point " + point.index(), e);
            }
            for (int r = 0; r < plan.replications(); r++) {
                if (!done.contains(point.index() + "/" + r)) {
                    specs.add(new RunSpec(point.index(), r, RandomStreams.childSeed(plan.seed(), r), scenario,
                            overrides, values, maps));
                }
            }
        }
        return specs;
    }

    private static void append(Path results, RunRecord result) {
        try {
            PointsFile.append(results, result);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to " + results, e);
        }
    }

    /**
     * Rebuilds {@code summary.csv} and {@code report.html} of the sweep in {@code given} from its
     * {@code points.jsonl}, with the sweep's own name and chosen outputs: a finished sweep's summary
     * keeps its bytes.
     *
     * @return the number of runs it holds
     */
    public static int rebuild(Path given, Consumer<String> warnings) throws IOException {
        try (SweepFolder folder = SweepFolder.existing(given, "depinlab report")) {
            if (!Files.isReadable(folder.results())) {
                throw new OutputException(given + ": holds no " + SweepFolder.RESULTS + " yet (no run has finished)");
            }
            List<RunRecord> results = PointsFile.read(folder.results(), warnings);
            writeOutputs(folder, results);
            return results.size();
        }
    }

    /** The runs recorded in the sweep folder {@code out}'s points.jsonl, in (point, replication) order. */
    public static List<RunRecord> results(Path out, Consumer<String> warnings) throws IOException {
        List<RunRecord> results = new ArrayList<>(PointsFile.read(out.resolve(SweepFolder.RESULTS), warnings));
        results.sort(RunRecord.ORDER);
        return results;
    }

    /** Writes the sweep's {@code summary.csv} and {@code report.html}, each whole, from {@code results}. */
    static void writeOutputs(SweepFolder folder, List<RunRecord> results) throws IOException {
        SweepIdentity identity = folder.identity();
        AtomicFiles.write(folder.path().resolve(SweepFolder.SUMMARY), SweepSummary.csv(results, identity.outputs()));
        AtomicFiles.write(folder.path().resolve(SweepFolder.REPORT), SweepReport.page(identity.name(), results,
                identity.outputs()));
    }

    private static String text(JsonNode value) {
        return value.isTextual() ? value.asText() : value.toString();
    }
}
