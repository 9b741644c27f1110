package org.depinlab.simulator.workload;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.depinlab.simulator.data.CsvTable;

/**
 * Reads the Alibaba GPU cluster trace v2023 ("openb") formats: the pod list (the jobs) and the
 * GPU node list. Any file in these formats works; columns are found by name.
 *
 * <p>How rows map to jobs, decided here once:
 * <ul>
 *   <li>arrival = {@code creation_time}; service time = {@code deletion_time − scheduled_time}
 *       (pods still running when the trace ended are censored at its end; they are replayed with
 *       the duration the trace saw);</li>
 *   <li>GPU demand = {@code num_gpu} whole GPUs, or {@code gpu_milli}/1000 of one GPU when
 *       {@code num_gpu} is 1;</li>
 *   <li>{@code gpu_spec} ('|'-separated models, empty = any) constrains where the job may run;</li>
 *   <li>skipped and counted, not errors: pods with {@code num_gpu} 0 (CPU only), pods never
 *       scheduled (no {@code scheduled_time}: the trace has no duration for them), pods deleted
 *       before they were scheduled;</li>
 *   <li>errors ({@code file:line: what is wrong}): a missing column, a wrong field count, a
 *       number that is not a whole number or is out of range, {@code gpu_milli} 0 on a GPU pod.</li>
 * </ul>
 */
public final class AlibabaTrace {

    static final List<String> POD_COLUMNS = List.of("name", "num_gpu", "gpu_milli", "gpu_spec", "creation_time",
            "deletion_time", "scheduled_time");
    static final List<String> NODE_COLUMNS = List.of("sn", "gpu", "model");
    private static final long MAX_TIME = 100L * 365 * 86_400;

    private AlibabaTrace() {
    }

    /**
     * One replayable pod.
     *
     * @param name         pod name
     * @param line         line in the file
     * @param arrival      creation time, seconds
     * @param duration     deletion − scheduled, seconds
     * @param milliGpus    demand in thousandths of a GPU
     * @param gpuSpec      allowed model names as the trace writes them; empty = any
     */
    public record Pod(String name, int line, double arrival, double duration, int milliGpus, List<String> gpuSpec) {

        /** GPU-seconds this pod requests: demand in GPUs times its duration. */
        public double gpuSeconds() {
            return milliGpus / 1000.0 * duration;
        }
    }

    /**
     * A pod list: the replayable pods in arrival order, and what was skipped.
     *
     * @param file            where it came from
     * @param pods            replayable pods, by arrival (ties in file order)
     * @param skippedNoGpu    pods with num_gpu 0
     * @param skippedNeverRan pods with no scheduled_time
     * @param skippedNegative pods deleted before they were scheduled
     */
    public record PodList(Path file, List<Pod> pods, int skippedNoGpu, int skippedNeverRan, int skippedNegative) {

        public PodList {
            pods = List.copyOf(pods);
        }

        /** Σ GPU demand × duration over the replayable pods. */
        public double requestedGpuSeconds() {
            return pods.stream().mapToDouble(Pod::gpuSeconds).sum();
        }
    }

    /**
     * One GPU node of the trace's cluster.
     *
     * @param name  serial name
     * @param line  line in the file
     * @param gpus  GPU count
     * @param model GPU model as the trace names it
     */
    public record Node(String name, int line, int gpus, String model) {
    }

    /** Reads a pod list. */
    public static PodList readPods(Path file) {
        CsvTable table = CsvTable.read(file, POD_COLUMNS);
        List<Pod> pods = new ArrayList<>();
        int noGpu = 0;
        int neverRan = 0;
        int negative = 0;
        for (CsvTable.Row row : table.rows()) {
            int gpus = (int) table.integer(row, "num_gpu", 0, 8);
            int milli = (int) table.integer(row, "gpu_milli", 0, 1000);
            long created = table.integer(row, "creation_time", 0, MAX_TIME);
            long scheduled = table.integerOrEmpty(row, "scheduled_time", 0, MAX_TIME, -1);
            long deleted = table.integerOrEmpty(row, "deletion_time", 0, MAX_TIME, -1);
            String spec = table.text(row, "gpu_spec");
            if (gpus == 0) {
                noGpu++;
                continue;
            }
            if (milli == 0) {
                throw table.error(row, "gpu_milli is 0 on a pod with num_gpu " + gpus + " (allowed: 1 to 1000)");
            }
            if (scheduled < 0 || deleted < 0) {
                neverRan++;
                continue;
            }
            if (deleted < scheduled) {
                negative++;
                continue;
            }
            int demand = gpus == 1 ? milli : gpus * 1000;
            List<String> models = spec.isEmpty() ? List.of()
                    : Arrays.stream(spec.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            pods.add(new Pod(table.text(row, "name"), row.line(), created, deleted - scheduled, demand, models));
        }
        pods.sort(Comparator.comparingDouble(Pod::arrival));
        return new PodList(file, pods, noGpu, neverRan, negative);
    }

    /** Reads a GPU node list. */
    public static List<Node> readNodes(Path file) {
        CsvTable table = CsvTable.read(file, NODE_COLUMNS);
        List<Node> nodes = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            int gpus = (int) table.integer(row, "gpu", 1, 64);
            String model = table.text(row, "model");
            if (model.isEmpty()) {
                throw table.error(row, "model is empty (a GPU model name such as T4 or V100M16 is required)");
            }
            nodes.add(new Node(table.text(row, "sn"), row.line(), gpus, model));
        }
        if (nodes.isEmpty()) {
            throw table.headerError("no nodes (the file has a header only)");
        }
        return nodes;
    }
}
