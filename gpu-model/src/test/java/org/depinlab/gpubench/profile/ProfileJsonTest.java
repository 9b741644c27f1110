package org.depinlab.gpubench.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileJsonTest {

    static GpuProfile sample() {
        Figure launch = new Figure(4.5e-6, "s", Label.MEASURED, "launch_sync");
        Figure bandwidth = new Figure(2.9e12, "B/s", Label.MEASURED, "device_copy at 4 GiB");
        Figure fp32 = new Figure(40e12, "FLOP/s", Label.MEASURED, "matmul_fp32 n=8192");
        Measurement copy = new Measurement("device_copy", "1048576 bytes", 2097152, "bytes", List.of(1e-6, 1.1e-6, 1.2e-6),
                1.1e-6, 0.1e-6, 2097152 / 1.1e-6, "B/s", "cuMemcpyDtoD");
        return new GpuProfile(GpuProfile.SCHEMA, "H100-SXM", Label.MEASURED,
                new DeviceInfo("NVIDIA H100 80GB HBM3", "gpu", "9.0", "13.0", "JCuda 12.6.0", "Linux", 132, 85_000_000_000L),
                "2026-11-25", "depinlab gpu-bench", new ServiceFigures(launch, bandwidth, bandwidth, bandwidth, fp32, null, null),
                List.of(copy), List.of(new CalibrationPoint("device_copy", "1.5 GiB", 1.1, 1.0)));
    }

    @Test
    void profileSurvivesAJsonRoundTrip() {
        GpuProfile profile = sample();
        String json = ProfileJson.toJson(profile);
        assertTrue(json.contains("\"samples_seconds\""), json);
        assertTrue(json.contains("\"label\" : \"measured\""), json);
        assertEquals(profile, ProfileJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "x"));
    }

    @Test
    void aProfileFileReadsBackAsTheProfileItsTextCameFrom(@TempDir Path folder) throws IOException {
        Path file = folder.resolve("h100.json");
        Files.writeString(file, ProfileJson.toJson(sample()));
        assertEquals(sample(), ProfileJson.read(file));
    }

    @Test
    void malformedProfileNamesFileAndPosition() {
        ProfileFormatException e = assertThrows(ProfileFormatException.class, () -> ProfileJson.read(
                new ByteArrayInputStream("{\"schema\": 1,\n \"modle\": 3}".getBytes(StandardCharsets.UTF_8)), "p.json"));
        assertTrue(e.getMessage().startsWith("p.json:2:"), e.getMessage());
        assertTrue(e.getMessage().contains("modle"), e.getMessage());
    }

    @Test
    void unsupportedSchemaIsRefused() {
        String json = ProfileJson.toJson(sample()).replace("\"schema\" : 1", "\"schema\" : 99");
        ProfileFormatException e = assertThrows(ProfileFormatException.class,
                () -> ProfileJson.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "p.json"));
        assertEquals("p.json: profile schema 99 is not supported (allowed: 1)", e.getMessage());
    }

    @Test
    void calibrationErrorIsRelativeToTheMeasurement() {
        assertEquals(10.0, new CalibrationPoint("x", "y", 1.1, 1.0).errorPercent(), 1e-9);
        assertEquals(-20.0, new CalibrationPoint("x", "y", 0.8, 1.0).errorPercent(), 1e-9);
    }
}
