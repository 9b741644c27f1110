package org.depinlab.simulator.sweep;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.function.IntConsumer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.depinlab.gpubench.GpuProfiles;
import org.depinlab.simulator.engine.RandomStreams;
import org.depinlab.simulator.scenario.ScenarioLoader;
import org.depinlab.simulator.scenario.SweepPlan;

/**
 * Runs a sweep's (point, replication) pairs on an executor (local threads by default). Each finished pair is appended at
 * once as one line of {@code points.jsonl}, so a sweep killed at any moment loses at most the runs
 * in flight: {@code resume} reads the file (dropping a line cut short), skips what is there and runs
 * the rest. {@code summary.csv} is rebuilt from all lines, sorted, so it is the same with 1 or N
 * threads and with or without interruptions, and so are {@code report.html} and, once the sweep
 * has finished, {@code points.jsonl} (rewritten in (point, replication) order). A shard runs only the points whose index ≡ i (mod N).
 */
public final class SweepRunner {

    static final String RESULTS = "points.jsonl";
    static final String SUMMARY = "summary.csv";
    static final String REPORT = "report.html";
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

    public SweepRunner(ScenarioLoader loader, GpuProfiles profiles) {
        this.loader = loader;
        this.profiles = profiles;
    }

    /** Runs what is not yet in {@code out} of {@code plan}'s slice on {@code threads} local threads. */
    public int run(SweepPlan plan, Path out, int threads, Shard shard, boolean resume, IntConsumer progress)
            throws IOException {
        try (SweepExecutor executor = new LocalSweepExecutor(threads, new PointRun(loader, profiles))) {
            return run(plan, out, executor, shard, resume, progress);
        }
    }

    /**
     * Runs what is not yet in {@code out} of {@code plan}'s slice on {@code executor}. Failed runs do
     * not stop the others: every finished run is kept and summarised, then the failures are thrown.
     * An executor other than local threads runs {@link PointRun#builtIn()}, not this runner's loader
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
        Files.createDirectories(out);
        Path results = out.resolve(RESULTS);
        if (Files.exists(results) && !resume) {
            throw new IllegalArgumentException(results + " exists: add --resume to continue that sweep, or give"
                    + " another --out");
        }
        Set<String> done = new HashSet<>();
        for (PointResult r : read(results)) {
            done.add(r.point() + "/" + r.replication());
        }
        List<RunTask> tasks = tasks(plan, shard, done);
        progress.accept(tasks.size());
        List<RunOutcome> failures = new ArrayList<>();
        int[] finished = {0};
        RuntimeException stopped = null;
        try {
            executor.execute(tasks, outcome -> {
                if (outcome.isFailure()) {
                    failures.add(outcome);
                } else {
                    append(results, outcome.result());
                }
                finished[0]++;
                progress.accept(1);
            });
        } catch (RuntimeException e) {
            stopped = e;
        }
        // what finished is summarised even when the executor stopped early
        List<PointResult> all = read(results);
        writeSorted(results, all);
        writeSummary(out, all, plan.outputs());
        writeReport(out, plan.name(), all, plan.outputs());
        if (stopped != null) {
            throw new SweepStoppedException(finished[0], tasks.size(), stopped);
        }
        if (!failures.isEmpty()) {
            throw new SweepFailedException(failures, tasks.size());
        }
        return tasks.size();
    }

    /** The runs of {@code plan}'s slice not in {@code done} ("point/replication"), in order. */
    private static List<RunTask> tasks(SweepPlan plan, Shard shard, Set<String> done) {
        String scenario = plan.scenario().toAbsolutePath().toString();
        List<RunTask> tasks = new ArrayList<>();
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
                    tasks.add(new RunTask(point.index(), r, RandomStreams.childSeed(plan.seed(), r), scenario,
                            overrides, values));
                }
            }
        }
        return tasks;
    }

    private static void append(Path results, PointResult result) {
        try {
            Files.writeString(results, JSON.writeValueAsString(result) + "\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE,
                    StandardOpenOption.SYNC);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to " + results, e);
        }
    }

    /**
     * The results in {@code file}, dropping a last line cut short by an interruption (and cutting it
     * from the file, so that appending goes on from a whole line).
     */
    static List<PointResult> read(Path file) throws IOException {
        List<PointResult> results = new ArrayList<>();
        if (!Files.exists(file)) {
            return results;
        }
        String text = Files.readString(file);
        int good = 0;
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                break;
            }
            try {
                results.add(JSON.readValue(text.substring(start, end), PointResult.class));
                good = end + 1;
            } catch (JsonProcessingException e) {
                break;
            }
            start = end + 1;
        }
        if (good < text.length()) {
            Files.writeString(file, text.substring(0, good));
        }
        return results;
    }

    /**
     * Rewrites {@code file} with {@code results} sorted by (point, replication): runs finish in any
     * order, the finished sweep's file is the same whatever the thread count.
     */
    static void writeSorted(Path file, List<PointResult> results) throws IOException {
        results.sort(PointResult.ORDER);
        StringBuilder lines = new StringBuilder();
        for (PointResult r : results) {
            lines.append(JSON.writeValueAsString(r)).append('\n');
        }
        replace(file, lines);
    }

    /** Writes {@code summary.csv} (through a temporary file) from every result. */
    static void writeSummary(Path out, List<PointResult> results, List<String> outputs) throws IOException {
        replace(out.resolve(SUMMARY), SweepSummary.csv(results, outputs));
    }

    /**
     * Rebuilds {@code summary.csv} and {@code report.html} of the sweep in {@code folder} from its
     * {@code points.jsonl} (every numeric output).
     *
     * @return the number of runs it holds
     */
    public static int rebuild(Path folder) throws IOException {
        Path file = folder.resolve(RESULTS);
        if (!Files.isReadable(file)) {
            throw new IllegalArgumentException(folder + ": no " + RESULTS + " (report rebuilds a sweep's report; a run"
                    + " writes its own)");
        }
        List<PointResult> results = read(file);
        writeSummary(folder, results, List.of());
        writeReport(folder, folder.toAbsolutePath().getFileName().toString(), results, List.of());
        return results.size();
    }

    /** Writes the sweep's {@code report.html} (through a temporary file). */
    static void writeReport(Path out, String name, List<PointResult> results, List<String> outputs) throws IOException {
        replace(out.resolve(REPORT), SweepReport.page(name, results, outputs));
    }

    /** Replaces {@code file} with {@code text} through a temporary file, so it is never seen half written. */
    private static void replace(Path file, CharSequence text) throws IOException {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temporary, text);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String text(JsonNode value) {
        return value.isTextual() ? value.asText() : value.toString();
    }
}
