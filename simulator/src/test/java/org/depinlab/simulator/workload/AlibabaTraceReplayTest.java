package org.depinlab.simulator.workload;

import org.depinlab.simulator.data.DataFormatException;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.DoubleAdder;

import org.depinlab.simulator.market.Matching;
import org.depinlab.simulator.model.LatencySummary;
import org.depinlab.simulator.model.ModelConfig;
import org.depinlab.simulator.model.NetworkModel;
import org.depinlab.simulator.model.RunResult;
import org.depinlab.simulator.model.TestNetworks;
import org.depinlab.simulator.network.NetworkConfig;
import org.depinlab.simulator.network.NodeSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Replays the Alibaba GPU v2023 default pod list on the trace's own node list: an excerpt in the
 * test resources on every machine, the whole shared file where the shared data folder is present.
 */
class AlibabaTraceReplayTest {

    static final Path EXCERPT = Path.of("src/test/resources/alibaba");
    static final Path SHARED = Path.of("../../shared/data/alibaba-gpu-v2023");

    /** An independent reading of the CSV: plain splitting, the README's rules. */
    private static double[] independentCount(Path pods) throws IOException {
        List<String> lines = Files.readAllLines(pods);
        List<String> header = List.of(lines.get(0).split(","));
        int gpus = header.indexOf("num_gpu");
        int milli = header.indexOf("gpu_milli");
        int scheduled = header.indexOf("scheduled_time");
        int deleted = header.indexOf("deletion_time");
        double count = 0;
        double gpuSeconds = 0;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            int g = Integer.parseInt(f[gpus]);
            if (g == 0 || f[scheduled].isEmpty() || f[deleted].isEmpty()) {
                continue;
            }
            long duration = Long.parseLong(f[deleted]) - Long.parseLong(f[scheduled]);
            if (duration < 0) {
                continue;
            }
            count++;
            gpuSeconds += (g == 1 ? Integer.parseInt(f[milli]) / 1000.0 : g) * duration;
        }
        return new double[] {count, gpuSeconds};
    }

    @Test
    void replayOfTheExcerptMatchesAnIndependentCountOfItsCsv() throws IOException {
        replayMatchesIndependentCount(EXCERPT.resolve("openb_pod_list_default_first1200.csv"),
                EXCERPT.resolve("openb_node_list_gpu_node.csv"));
    }

    @Test
    void replayOfTheWholeSharedPodListMatchesAnIndependentCountOfTheCsv() throws IOException {
        Path pods = SHARED.resolve("openb_pod_list_default.csv");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(pods),
                () -> "the shared data folder is not beside this checkout: " + pods.toAbsolutePath().normalize());
        replayMatchesIndependentCount(pods, SHARED.resolve("openb_node_list_gpu_node.csv"));
    }

    private static void replayMatchesIndependentCount(Path podFile, Path nodeFile) throws IOException {
        double[] expected = independentCount(podFile);
        assertTrue(expected[0] > 500, "the file holds replayable pods: " + expected[0]);
        AlibabaTrace.PodList pods = AlibabaTrace.readPods(podFile);
        assertEquals(expected[0], pods.pods().size());
        assertEquals(expected[1], pods.requestedGpuSeconds(), 1e-6 * expected[1]);

        List<NodeSpec> nodes = new ArrayList<>();
        for (AlibabaTrace.Node node : AlibabaTrace.readNodes(nodeFile)) {
            String model = Map.of("G2", "A10", "G3", "A10").getOrDefault(node.model(), node.model());
            nodes.add(new NodeSpec("alibaba", model, node.gpus(), "cn", 0.1, 1, 1, 1));
        }
        TraceReplay replay = new TraceReplay(pods, Map.of("G2", "A10", "G3", "A10"), "T4", 100, null);
        double horizon = pods.pods().get(pods.pods().size() - 1).arrival() + 1;
        ModelConfig config = new ModelConfig(TestNetworks.explicit(nodes),
                new WorkloadConfig.Trace(replay, Integer.MAX_VALUE), Matching.FIRST_FIT, horizon, 86_400);
        NetworkModel model = new NetworkModel(config, 1, TestNetworks.exactProfiles());
        DoubleAdder requested = new DoubleAdder();
        model.setCompletionListener((job, node, now) -> requested.add(job.milliGpus / 1000.0 * job.traceSeconds));
        RunResult result = model.run();
        assertEquals((long) expected[0], result.arrived(), "every replayable pod arrives");
        assertEquals(nodes.size(), result.nodes());
        assertEquals(0, result.droppedNoEligibleNode(), "the trace's own cluster can run every pod");
        double replayed = requested.sum();
        assertTrue(replayed <= expected[1] * (1 + 1e-9), "completed pods request no more than the trace");
        assertEquals(result.arrived(), result.completed() + result.queuedAtEnd() + result.runningAtEnd());
        assertEquals(List.of("trace"), result.latency().stream().map(LatencySummary::jobClass).toList(),
                "a replay's jobs are reported as one class, with no job class to draw them from");
        assertEquals(result.completed(), result.latency().get(0).completed());
    }

    @Test
    void badLineStopsWithFileLineAndWhatIsWrong() throws IOException {
        Path file = Files.createTempFile("pods", ".csv");
        try {
            Files.writeString(file, "name,cpu_milli,memory_mib,num_gpu,gpu_milli,gpu_spec,qos,pod_phase,creation_time,"
                    + "deletion_time,scheduled_time\n"
                    + "p0,1000,1024,1,1000,,LS,Running,0,100,0\n"
                    + "p1,1000,1024,two,1000,,LS,Running,5,100,5\n");
            DataFormatException e = org.junit.jupiter.api.Assertions.assertThrows(DataFormatException.class,
                    () -> AlibabaTrace.readPods(file));
            assertEquals(file + ":3: num_gpu is 'two', not a whole number (allowed: 0 to 8)", e.getMessage());
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void aNodeListWithAHeaderOnlyIsRefusedAtItsHeaderLine(@TempDir Path folder) throws IOException {
        Path file = Files.writeString(folder.resolve("nodes.csv"), "sn,gpu,model\n\n");
        assertEquals(file + ":1: no nodes (the file has a header only)", org.junit.jupiter.api.Assertions
                .assertThrows(DataFormatException.class, () -> AlibabaTrace.readNodes(file)).getMessage());
    }

    @Test
    void missingColumnAndWrongFieldCountAreReported() throws IOException {
        Path file = Files.createTempFile("pods", ".csv");
        try {
            Files.writeString(file, "name,num_gpu,gpu_milli,creation_time\np0,1,1000,0\n");
            assertEquals(file + ":1: missing column 'gpu_spec' (required: name, num_gpu, gpu_milli, gpu_spec, "
                    + "creation_time, deletion_time, scheduled_time)",
                    org.junit.jupiter.api.Assertions.assertThrows(DataFormatException.class,
                            () -> AlibabaTrace.readPods(file)).getMessage());
            Files.writeString(file, "name,num_gpu,gpu_milli,gpu_spec,creation_time,deletion_time,scheduled_time\n"
                    + "p0,1,1000,,0,10\n");
            assertEquals(file + ":2: 6 fields, the header has 7", org.junit.jupiter.api.Assertions.assertThrows(
                    DataFormatException.class, () -> AlibabaTrace.readPods(file)).getMessage());
        } finally {
            Files.delete(file);
        }
    }

    @Test
    void oddRowsAreSkippedAndCountedNotReplayed() throws IOException {
        Path file = Files.createTempFile("pods", ".csv");
        try {
            Files.writeString(file, "name,num_gpu,gpu_milli,gpu_spec,creation_time,deletion_time,scheduled_time\n"
                    + "cpu,0,0,,0,10,0\n"
                    + "pending,1,500,,1,9,\n"
                    + "backwards,1,500,,2,3,5\n"
                    + "ok,2,1000,T4|P100,4,14,6\n");
            AlibabaTrace.PodList pods = AlibabaTrace.readPods(file);
            assertEquals(1, pods.skippedNoGpu());
            assertEquals(1, pods.skippedNeverRan());
            assertEquals(1, pods.skippedNegative());
            assertEquals(List.of(new AlibabaTrace.Pod("ok", 5, 4, 8, 2000, List.of("T4", "P100"))), pods.pods());
            assertEquals(16, pods.requestedGpuSeconds(), 1e-12);
        } finally {
            Files.delete(file);
        }
    }
}
