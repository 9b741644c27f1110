package org.depinlab.gpubench.cuda;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;

import org.depinlab.gpubench.bench.BenchPlan;
import org.depinlab.gpubench.bench.ProfileBuilder;
import org.depinlab.gpubench.profile.GpuProfile;
import org.depinlab.gpubench.profile.Label;
import org.junit.jupiter.api.Test;

/** Runs on a machine with an NVIDIA GPU; elsewhere skips, saying why. */
class CudaMicrobenchmarksTest {

    @Test
    void probeNeverThrowsAndExplainsAnAbsentGpu() {
        CudaAvailability availability = CudaAvailability.probe();
        assertEquals(availability.available(), availability.reason().isEmpty(), availability.reason());
        if (!availability.available()) {
            assertFalse(availability.reason().contains("\n"), "one line for the user: " + availability.reason());
        }
    }

    @Test
    void gpuPathProducesAMeasuredProfile() {
        CudaAvailability availability = CudaAvailability.probe();
        assumeTrue(availability.available(), () -> "no GPU: " + availability.reason());
        BenchPlan plan = new BenchPlan(1, 0.01, 3, List.of(1L << 20, 16L << 20), List.of(1L << 20), 100, List.of(256, 512),
                List.of(256, 512), 1L << 26, 24L << 20, 384);
        GpuProfile profile;
        try (CudaMicrobenchmarks gpu = new CudaMicrobenchmarks(0)) {
            profile = new ProfileBuilder(gpu, plan, line -> { }).build("gpu-test", "2026-11-25", "test");
        }
        assertEquals("gpu", profile.device().kind());
        assertEquals(Label.MEASURED, profile.figures().hostToDevice().label());
        assertTrue(profile.figures().memoryBandwidth().value() > 1e10, "a GPU copies faster than 10 GB/s");
        assertTrue(profile.figures().fp16Peak().value() > 0);
    }
}
