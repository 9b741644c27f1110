package org.depinlab.simulator.cli;

import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

import org.depinlab.gpubench.catalog.GpuCatalog;
import org.depinlab.gpubench.catalog.GpuSpec;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code depinlab catalog}: the GPU catalogue as a table, with its sources. */
@Command(name = "catalog",
        mixinStandardHelpOptions = true,
        description = "Prints the GPU catalogue: spec-sheet figures of the GPUs that matter for DePIN networks "
                + "and the Alibaba trace, every figure labelled spec, with its source.")
final class CatalogCommand implements Runnable {

    @Spec
    private CommandSpec spec;

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        GpuCatalog catalog = GpuCatalog.builtIn();
        out.println("GPU catalogue: all figures are spec (vendor datasheets); FP16 is the dense tensor peak with FP32"
                + " accumulate.");
        out.println();
        String format = "%-15s %-30s %8s %9s %9s %6s %-10s %6s %5s %-16s%n";
        out.printf(Locale.ROOT, format, "id", "name", "FP32", "FP16", "memory", "VRAM", "host link", "TDP", "year",
                "price (date)");
        out.printf(Locale.ROOT, format, "", "", "TFLOP/s", "TFLOP/s", "GB/s", "GB", "", "W", "", "USD");
        for (GpuSpec gpu : catalog.models()) {
            String price = gpu.priceUsd() == null ? "-" : String.format(Locale.ROOT, "%,.0f (%s)", gpu.priceUsd(),
                    gpu.priceDate());
            out.printf(Locale.ROOT, format, gpu.id(), gpu.name(), number(gpu.fp32Tflops()),
                    number(gpu.fp16TensorTflops()), number(gpu.memoryBandwidthGbps()), number(gpu.vramGb()),
                    "PCIe" + gpu.pcieGen() + " x" + gpu.pcieLanes(), number(gpu.tdpW()), gpu.releaseYear(), price);
        }
        out.println();
        out.println("Sources:");
        for (GpuSpec gpu : catalog.models()) {
            out.printf(Locale.ROOT, "  %-15s %s%n", gpu.id(), gpu.source());
            gpu.sources().forEach((field, source) -> out.printf(Locale.ROOT, "  %-15s   %s: %s%n", "", field, source));
            if (gpu.priceSource() != null) {
                out.printf(Locale.ROOT, "  %-15s   price: %s%n", "", gpu.priceSource());
            }
            if (gpu.notes() != null) {
                out.printf(Locale.ROOT, "  %-15s   note: %s%n", "", gpu.notes());
            }
            if (!gpu.aliases().isEmpty()) {
                out.printf(Locale.ROOT, "  %-15s   also known as: %s%n", "", String.join(", ", gpu.aliases()));
            }
        }
    }

    private static String number(double value) {
        return new BigDecimal(value).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }
}
