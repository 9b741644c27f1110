package org.depinlab.gpubench.cpu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.depinlab.gpubench.bench.BenchPlan;
import org.depinlab.gpubench.bench.ProfileBuilder;
import org.depinlab.gpubench.profile.CalibrationPoint;
import org.depinlab.gpubench.profile.GpuProfile;
import org.depinlab.gpubench.profile.Label;
import org.depinlab.gpubench.profile.Measurement;
import org.depinlab.gpubench.profile.ProfileJson;
import org.depinlab.gpubench.profile.ServiceTimeModel;
import org.junit.jupiter.api.Test;

/** The whole calibration pipeline, run through the CPU path on any machine. */
class CpuProfilePipelineTest {

    private static final BenchPlan TINY = new BenchPlan(1, 0.01, 3, List.of(256L << 10, 2L << 20), List.of(), 50,
            List.of(64, 128), List.of(), 1L << 18, 3L << 20, 96);

    @Test
    void cpuPathProducesACompleteMeasuredProfileWithCalibration() {
        List<String> progress = new ArrayList<>();
        GpuProfile profile;
        try (CpuMicrobenchmarks cpu = new CpuMicrobenchmarks()) {
            profile = new ProfileBuilder(cpu, TINY, progress::add).build("cpu-test", "2026-11-25", "test");
        }
        assertEquals(Label.MEASURED, profile.label());
        assertEquals("cpu", profile.device().kind());
        Set<String> benchmarks = profile.measurements().stream().map(Measurement::benchmark).collect(Collectors.toSet());
        assertEquals(Set.of("device_copy", "triad", "launch_sync", "launch_async", "matmul_fp32", "hash",
                "calibration_device_copy", "calibration_matmul_fp32"), benchmarks);
        assertEquals(profile.measurements().size(), progress.size(), "one progress line per measurement");
        for (Measurement m : profile.measurements()) {
            assertEquals(3, m.samplesSeconds().size(), m.benchmark());
            double min = m.samplesSeconds().stream().mapToDouble(Double::doubleValue).min().orElseThrow();
            double max = m.samplesSeconds().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
            assertTrue(m.medianSeconds() >= min && m.medianSeconds() <= max, m.benchmark());
            assertEquals(m.work() / m.medianSeconds(), m.rate(), 1e-9 * m.rate());
        }
        assertEquals(Label.MEASURED, profile.figures().memoryBandwidth().label());
        assertNull(profile.figures().hostToDevice(), "the CPU has no host link");
        assertNull(profile.figures().fp16Peak(), "no FP16 on the CPU path");
        Measurement largestCopy = profile.measurements().stream()
                .filter(m -> m.benchmark().equals("device_copy") && m.parameter().equals((2L << 20) + " bytes"))
                .findFirst().orElseThrow();
        assertEquals(largestCopy.rate(), profile.figures().memoryBandwidth().value(),
                "memory bandwidth is the largest copy's rate");
        assertEquals(2, profile.calibration().size());
        CalibrationPoint copy = profile.calibration().get(0);
        double expected = new ServiceTimeModel(profile.figures())
                .seconds(0, 0, 2.0 * (3L << 20), ServiceTimeModel.Precision.FP32, 1);
        assertEquals(expected, copy.predictedSeconds(), 1e-15);
        assertTrue(Double.isFinite(copy.errorPercent()));
        String json = ProfileJson.toJson(profile);
        assertEquals(profile, ProfileJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "x"));
    }
}
