package org.depinlab.gpubench.catalog;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.depinlab.gpubench.profile.Figure;
import org.depinlab.gpubench.profile.Label;

/**
 * One catalogue entry: a GPU model's spec-sheet figures with their sources.
 *
 * @param id                   the catalogue id scenarios use, e.g. {@code H100-SXM}
 * @param name                 full product name
 * @param aliases              other names accepted for it (e.g. the Alibaba trace's {@code V100M16})
 * @param source               vendor document the figures come from
 * @param sources              per-field source where it differs from {@code source} (keys are field names)
 * @param notes                caveats, or null
 * @param fp32Tflops           FP32 (non-tensor) peak, TFLOP/s
 * @param fp16TensorTflops     FP16/BF16 tensor peak, dense, FP32 accumulate, TFLOP/s
 * @param memoryBandwidthGbps  device memory bandwidth, GB/s (10⁹ bytes)
 * @param vramGb               memory, GB
 * @param pcieGen              PCIe generation of the host link
 * @param pcieLanes            PCIe lanes of the host link
 * @param tdpW                 board power (TDP/TGP), W
 * @param releaseYear          year of release
 * @param priceUsd             indicative price, USD, or null when none was found
 * @param priceDate            month the price refers to (YYYY-MM), or null
 * @param priceSource          where the price comes from, or null
 */
public record GpuSpec(String id, String name, List<String> aliases, String source, Map<String, String> sources,
                      String notes, double fp32Tflops, double fp16TensorTflops, double memoryBandwidthGbps,
                      double vramGb, int pcieGen, int pcieLanes, double tdpW, int releaseYear, Double priceUsd,
                      String priceDate, String priceSource) {

    public GpuSpec {
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        // sorted, so that anything printed from it is the same on every run
        sources = sources == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(sources));
    }

    /** The source of one field: its own entry in {@code sources}, else the model's {@code source}. */
    public String sourceOf(String field) {
        return sources.getOrDefault(field, source);
    }

    /** FP32 peak as a labelled figure, FLOP/s. */
    public Figure fp32Peak() {
        return new Figure(fp32Tflops * 1e12, "FLOP/s", Label.SPEC, sourceOf("fp32_tflops"));
    }

    /** FP16 tensor peak as a labelled figure, FLOP/s. */
    public Figure fp16Peak() {
        return new Figure(fp16TensorTflops * 1e12, "FLOP/s", Label.SPEC, sourceOf("fp16_tensor_tflops"));
    }

    /** Memory bandwidth as a labelled figure, B/s. */
    public Figure memoryBandwidth() {
        return new Figure(memoryBandwidthGbps * 1e9, "B/s", Label.SPEC, sourceOf("memory_bandwidth_gbps"));
    }

    /** Host link bandwidth per direction as a labelled figure, B/s (from PCIe generation and lanes). */
    public Figure hostLinkBandwidth() {
        return new Figure(PcieLink.bytesPerSecond(pcieGen, pcieLanes), "B/s", Label.SPEC,
                "PCIe Gen" + pcieGen + " x" + pcieLanes + " per-direction rate (PCI-SIG); link from "
                        + sourceOf("pcie_gen"));
    }

    /** VRAM, bytes. */
    public long vramBytes() {
        return Math.round(vramGb * 1e9);
    }
}
