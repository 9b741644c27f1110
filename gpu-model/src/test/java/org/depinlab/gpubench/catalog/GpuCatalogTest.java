package org.depinlab.gpubench.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.depinlab.gpubench.profile.Figure;
import org.depinlab.gpubench.profile.Label;
import org.junit.jupiter.api.Test;

class GpuCatalogTest {

    private final GpuCatalog catalog = GpuCatalog.builtIn();

    @Test
    void holdsTheDePinGpusAndEveryModelOfTheAlibabaTrace() {
        for (String name : List.of("H100-SXM", "H100-PCIe", "H200", "A100-40GB", "A100-80GB", "L40S", "A10",
                "RTX-A6000", "RTX-5090", "RTX-4090", "RTX-3090", "T4", "V100-16GB", "V100-32GB", "P100",
                "V100M16", "V100M32")) {
            assertTrue(catalog.find(name).isPresent(), name + " missing from the catalogue");
        }
    }

    @Test
    void everyFigureIsLabelledSpecAndNamesItsSource() {
        for (GpuSpec model : catalog.models()) {
            for (Figure figure : List.of(model.fp32Peak(), model.fp16Peak(), model.memoryBandwidth(),
                    model.hostLinkBandwidth())) {
                assertEquals(Label.SPEC, figure.label(), model.id());
                assertFalse(figure.provenance().isBlank(), model.id() + " has a figure without source");
                assertTrue(figure.value() > 0, model.id());
            }
            assertTrue(model.releaseYear() >= 2016 && model.releaseYear() <= 2026, model.id());
        }
    }

    @Test
    void h100SxmFiguresMatchItsDatasheet() {
        GpuSpec h100 = catalog.require("h100");
        assertEquals("H100-SXM", h100.id());
        assertEquals(66.9e12, h100.fp32Peak().value(), 1);
        assertEquals(989.4e12, h100.fp16Peak().value(), 1);
        assertEquals(3.35e12, h100.memoryBandwidth().value(), 1);
        assertEquals(80e9, h100.vramBytes());
        assertEquals("NVIDIA H100 Tensor Core GPU Datasheet", h100.memoryBandwidth().provenance());
        assertEquals("NVIDIA H100 Tensor Core GPU Architecture whitepaper", h100.fp32Peak().provenance());
    }

    @Test
    void pcieLinkRatesFollowTheSpecification() {
        // Gen3: 8 GT/s x 128/130 / 8 bits x 16 lanes = 15.754 GB/s; Gen4 doubles it, Gen5 again
        assertEquals(15.754e9, PcieLink.bytesPerSecond(3, 16), 1e6);
        assertEquals(31.508e9, PcieLink.bytesPerSecond(4, 16), 1e6);
        assertEquals(63.015e9, PcieLink.bytesPerSecond(5, 16), 1e6);
        // Gen2 (8b/10b): 5 GT/s x 0.8 / 8 x 16 = 8 GB/s
        assertEquals(8e9, PcieLink.bytesPerSecond(2, 16), 1);
        assertThrows(IllegalArgumentException.class, () -> PcieLink.bytesPerSecond(7, 16));
    }

    @Test
    void unknownModelNamesTheAllowedOnes() {
        UnknownGpuException e = assertThrows(UnknownGpuException.class, () -> catalog.require("GTX-1080"));
        assertTrue(e.getMessage().startsWith("unknown GPU model 'GTX-1080' (allowed: H100-SXM, H100-PCIe, "),
                e.getMessage());
    }

    @Test
    void pricesComeWithDateAndSource() {
        GpuSpec rtx4090 = catalog.require("RTX-4090");
        assertEquals(1599.0, rtx4090.priceUsd());
        assertEquals("2022-09", rtx4090.priceDate());
        assertTrue(rtx4090.priceSource().contains("MSRP"));
    }
}
