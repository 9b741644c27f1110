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
import org.depinlab.simulator.sweep.SweepRunner;

/**
 * Runs a study: its design becomes a sweep (one point per design point, the shared horizon and
 * warm-up set at every one) that the sweep's runner executes into the sweep folder {@code runs/}
 * inside the study folder, with everything a sweep guarantees (points.jsonl appended run by run,
 * {@code --resume}, the lock and the fingerprint, failures kept apart); then the runs are analysed
 * and {@code study.json}, {@code summary.md} and {@code report.html} are written whole beside it.
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
        OutputFolder folder = OutputFolder.claim(out, OutputKind.STUDY);
        if (folder.manifest().isEmpty()) {
            // mark the folder as a study's before its runs folder appears inside it
            try (Staging staging = folder.stage(COMMAND)) {
                staging.commit();
            }
        }
        Path runs = out.resolve(RUNS);
        sweeps.run(sweep(study), runs, executor, new SweepRunner.Shard(0, 1), resume, progress);
        List<RunRecord> records = SweepRunner.results(runs, warnings);
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
