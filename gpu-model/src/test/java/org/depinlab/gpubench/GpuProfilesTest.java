package org.depinlab.gpubench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.depinlab.gpubench.catalog.GpuCatalog;
import org.depinlab.gpubench.catalog.UnknownGpuException;
import org.depinlab.gpubench.profile.DeviceInfo;
import org.depinlab.gpubench.profile.Figure;
import org.depinlab.gpubench.profile.GpuProfile;
import org.depinlab.gpubench.profile.Label;
import org.depinlab.gpubench.profile.ServiceFigures;
import org.junit.jupiter.api.Test;

class GpuProfilesTest {

    private static final GpuCatalog CATALOG = GpuCatalog.builtIn();

    /** A measured H100 SXM at 90 % of its spec bandwidth, 60 % of its FP32 peak. */
    private static GpuProfile measuredH100() {
        Figure launch = new Figure(4e-6, "s", Label.MEASURED, "launch_sync");
        Figure link = new Figure(55e9, "B/s", Label.MEASURED, "host_to_device_pinned");
        ServiceFigures figures = new ServiceFigures(launch, link, link,
                new Figure(0.9 * 3.35e12, "B/s", Label.MEASURED, "device_copy"),
                new Figure(0.6 * 66.9e12, "FLOP/s", Label.MEASURED, "matmul_fp32"),
                new Figure(0.5 * 989.4e12, "FLOP/s", Label.MEASURED, "matmul_fp16"),
                new Figure(1e12, "hashes/s", Label.MEASURED, "hash"));
        return new GpuProfile(GpuProfile.SCHEMA, "H100-SXM", Label.MEASURED,
                new DeviceInfo("NVIDIA H100 80GB HBM3", "gpu", "9.0", "13.0", "JCuda", "Linux", 132, 80L << 30),
                "2026-11-25", "test", figures, List.of(), List.of());
    }

    @Test
    void withoutMeasurementsAModelGetsItsSpecProfile() {
        GpuProfile a100 = new GpuProfiles(CATALOG, List.of()).forModel("A100-80GB");
        assertEquals(Label.SPEC, a100.label());
        assertEquals(2.039e12, a100.figures().memoryBandwidth().value(), 1);
        assertEquals(Label.SPEC, a100.figures().fp32Peak().label());
        assertEquals(Label.ASSUMED, a100.figures().launchLatency().label());
        assertNull(a100.figures().hashRate());
    }

    @Test
    void derivedProfileCarriesTheReferencesMeasuredEfficiencyAndRecordsTheFormula() {
        GpuProfile a100 = new GpuProfiles(CATALOG, List.of(measuredH100())).forModel("A100-80GB");
        assertEquals(Label.DERIVED, a100.label());
        Figure bandwidth = a100.figures().memoryBandwidth();
        // 0.9 x 3.35e12 x 2039 / 3350 = 0.9 x 2.039e12
        assertEquals(0.9 * 2.039e12, bandwidth.value(), 1e3);
        assertEquals(Label.DERIVED, bandwidth.label());
        assertTrue(bandwidth.provenance().startsWith("memory_bandwidth = measured memory_bandwidth of measured H100-SXM"
                + " (2026-11-25) x spec(A100-80GB) / spec(H100-SXM)"), bandwidth.provenance());
        assertEquals(0.6 * 19.5e12, a100.figures().fp32Peak().value(), 1e3);
        assertEquals(0.5 * 312e12, a100.figures().fp16Peak().value(), 1e3);
        // PCIe Gen4 / Gen5: half the measured link rate
        assertEquals(55e9 / 2, a100.figures().hostToDevice().value(), 1e3);
        assertEquals(4e-6, a100.figures().launchLatency().value());
    }

    @Test
    void aMeasuredModelGetsItsOwnProfileByAnyOfItsNames() {
        GpuProfile h100 = measuredH100();
        GpuProfiles profiles = new GpuProfiles(CATALOG, List.of(h100));
        assertSame(h100, profiles.forModel("h100"));
        assertSame(h100, profiles.forModel("H100-SXM5"));
    }

    @Test
    void unknownModelIsRefusedWithTheAllowedNames() {
        assertThrows(UnknownGpuException.class, () -> GpuProfiles.builtIn().forModel("G2"));
    }

    @Test
    void bundledProfilesAreAllMeasuredAndNameCatalogueModels() {
        for (GpuProfile profile : GpuProfiles.bundledProfiles()) {
            assertEquals(Label.MEASURED, profile.label(), profile.model());
            CATALOG.require(profile.model());
        }
    }
}
