package org.depinlab.simulator.study;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

import org.depinlab.simulator.output.OutputFolder;
import org.depinlab.simulator.output.OutputKind;
import org.depinlab.simulator.output.Staging;
import org.depinlab.simulator.report.Column;
import org.depinlab.simulator.report.Columns;
import org.depinlab.simulator.report.NestedMap;
import org.depinlab.simulator.scenario.StudyFile;
import org.depinlab.simulator.scenario.SweepPlan;
import org.depinlab.simulator.sweep.RunRecord;
import org.depinlab.simulator.sweep.SweepExecutor;
import org.depinlab.simulator.sweep.SweepMerge;
import org.depinlab.simulator.sweep.SweepRunner;

/**
 * Runs a study: its design becomes a sweep (one point per design point, the shared horizon and
 * warm-up set at every one) that the sweep's runner executes into the sweep folder {@code runs/}
 * inside the study folder, with everything a sweep guarantees (points.jsonl appended run by run,
 * {@code --resume}, the lock and the fingerprint, failures kept apart); then the runs are analysed
 * and {@code study.json}, {@code summary.md} and {@code report.html} are written whole beside it. A study
 * may run in shards, as a sweep does, each into a folder of its own, which {@link #merge} joins.
 */
public final class StudyRunner {

    /** The sweep folder of a study's runs, inside the study folder. */
    public static final String RUNS = "runs";

    private static final String COMMAND = "depinlab study";

    private final SweepRunner sweeps;
    private final Consumer<String> warnings;

    public StudyRunner(SweepRunner sweeps, Consumer<String> warnings) {
        this.sweeps = sweeps;
        this.warnings = warnings;
    }

    /**
     * The numeric run.json keys a study may read: every top-level figure a run can have but its seed,
     * then a pattern per figure of each nested map, {@code latency_by_class.<job class>.wait_p99_seconds},
     * {@code value_capture.<stakeholder group>}.
     */
    public static List<String> runKeys() {
        List<String> keys = new ArrayList<>(Columns.RUN_ALL.stream().map(Column::name)
                .filter(name -> !name.equals("seed")).toList());
        for (NestedMap map : Columns.NESTED) {
            String levels = map.levels().stream().map(level -> ".<" + level + ">").collect(Collectors.joining());
            if (map.figures().isEmpty()) {
                keys.add(map.name() + levels);
            }
            map.figures().forEach(figure -> keys.add(map.name() + levels + "." + figure));
        }
        return keys;
    }

    /** The sweep that runs {@code study}'s design points. */
    public static SweepPlan sweep(StudyFile study) {
        List<SweepPlan.Point> points = new ArrayList<>();
        for (Map<String, JsonNode> values : StudyDesign.of(study).points()) {
            Map<String, JsonNode> all = new LinkedHashMap<>(study.shared());
            for (StudyFile.Factor factor : study.factors()) {
                all.putAll(factor.fields(values.get(factor.path())));
            }
            points.add(new SweepPlan.Point(points.size(), all));
        }
        return new SweepPlan(study.file(), study.name(), study.base(), study.replications(), study.seed(), points,
                study.runKeys(), study.inputs());
    }

    /**
     * Runs what {@code out} does not hold yet of {@code study} on {@code executor}, then analyses every
     * run and writes the study's outputs.
     *
     * @throws org.depinlab.simulator.sweep.SweepFailedException  when some runs failed (the others kept)
     * @throws org.depinlab.simulator.sweep.SweepStoppedException when the executor stopped
     */
    public StudyResult run(StudyFile study, Path out, SweepExecutor executor, boolean resume, IntConsumer progress)
            throws IOException {
        claimMarked(out);
        sweeps.run(sweep(study), out.resolve(RUNS), executor, new SweepRunner.Shard(0, 1), resume, progress);
        return analyse(study, out);
    }

    /**
     * Runs what {@code out} does not hold yet of {@code shard}'s slice of {@code study}'s design points, with a
     * sweep's guarantees, into a study folder marked as that shard; no analysis (see {@link #merge}).
     *
     * @return how many runs this call made
     * @throws org.depinlab.simulator.sweep.SweepFailedException  when some runs failed (the others kept)
     * @throws org.depinlab.simulator.sweep.SweepStoppedException when the executor stopped
     */
    public int runShard(StudyFile study, Path out, SweepExecutor executor, SweepRunner.Shard shard, boolean resume,
                        IntConsumer progress) throws IOException {
        OutputFolder folder = OutputFolder.claim(out, OutputKind.STUDY);
        StudyShards.requireFor(folder, shard);
        try (Staging staging = folder.stage(COMMAND)) {
            staging.write(StudyShards.MARKER, StudyShards.marker(shard));
            staging.commit();
        }
        return sweeps.run(sweep(study), out.resolve(RUNS), executor, shard, resume, progress);
    }

    /**
     * Joins the folders of every shard of {@code study} into the study folder {@code out} (new, or one of
     * them) and analyses the runs: the same bytes as the study run whole. Refuses, writing nothing, shards of
     * another study, a shard given twice, a missing or unfinished one.
     */
    public StudyResult merge(StudyFile study, List<Path> shards, Path out) throws IOException {
        SweepPlan plan = sweep(study);
        List<Path> runs = StudyShards.requireWhole(study, plan, shards, warnings);
        claimMarked(out);
        SweepMerge.merge(runs, out.resolve(RUNS), warnings);
        return analyse(study, out);
    }

    /** Claims {@code out} as a study folder, marking a new one as a study's before its runs folder appears in it. */
    private static void claimMarked(Path out) throws IOException {
        OutputFolder folder = OutputFolder.claim(out, OutputKind.STUDY);
        if (folder.manifest().isEmpty()) {
            try (Staging staging = folder.stage(COMMAND)) {
                staging.commit();
            }
        }
    }

    /** Analyses the runs in {@code out}'s runs folder and writes the study's outputs, each whole. */
    private StudyResult analyse(StudyFile study, Path out) throws IOException {
        List<RunRecord> records = SweepRunner.results(out.resolve(RUNS), warnings);
        DottedOutputs.check(study, records);
        StudyResult result = StudyResult.of(study, records);
        try (Staging staging = OutputFolder.claim(out, OutputKind.STUDY).stage(COMMAND)) {
            staging.write("study.json", StudyReport.json(result));
            staging.write("summary.md", StudyReport.markdown(result));
            staging.write("report.html", StudyReport.html(result));
            staging.commit();
        }
        return result;
    }
}
