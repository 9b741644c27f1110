package org.depinlab.simulator.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

import org.depinlab.gpubench.bench.BenchPlan;
import org.depinlab.gpubench.bench.Microbenchmarks;
import org.depinlab.gpubench.bench.ProfileBuilder;
import org.depinlab.gpubench.catalog.GpuSpec;
import org.depinlab.gpubench.cpu.CpuMicrobenchmarks;
import org.depinlab.gpubench.cuda.CudaAvailability;
import org.depinlab.gpubench.cuda.CudaMicrobenchmarks;
import org.depinlab.gpubench.profile.CalibrationPoint;
import org.depinlab.gpubench.profile.Figure;
import org.depinlab.gpubench.profile.GpuProfile;
import org.depinlab.gpubench.profile.ProfileJson;
import org.depinlab.gpubench.profile.ServiceFigures;
import org.depinlab.simulator.output.AtomicFiles;
import org.depinlab.simulator.output.OutputException;
import org.depinlab.simulator.output.OutputFile;

/**
 * {@code bench gpu} and {@code bench cpu}: runs a bench plan on a device, writes the profile and
 * prints what a user reads: figures, % of spec, calibration.
 */
public final class ProfileBench {

    /** Calibration target of the roofline model on held-out sizes, percent. */
    static final double CALIBRATION_TARGET_PERCENT = 15;

    private final PrintWriter out;

    public ProfileBench(PrintWriter out) {
        this.out = out;
    }

    /**
     * Measures CUDA device {@code ordinal} ({@code spec}: the catalogue model it is, or null) into
     * {@code file}; without a usable GPU, says why and measures the CPU into {@code cpuFile}.
     */
    public int gpu(GpuSpec spec, int ordinal, boolean quick, Path file, Path cpuFile) {
        if (ordinal < 0) {
            throw new BenchOptionException("--device: " + ordinal + " is out of range (allowed: a CUDA device ordinal,"
                    + " 0 or more)");
        }
        CudaAvailability availability = CudaAvailability.probe();
        if (!availability.available()) {
            line("No GPU: " + availability.reason() + ". Falling back to the CPU path.");
            return cpu(quick, cpuFile);
        }
        if (ordinal >= availability.devices()) {
            throw new BenchOptionException("--device: no CUDA device " + ordinal + " (allowed: 0 to "
                    + (availability.devices() - 1) + ")");
        }
        try (CudaMicrobenchmarks gpu = new CudaMicrobenchmarks(ordinal)) {
            return run(gpu, BenchPlan.gpu(quick), spec, file);
        }
    }

    /** Measures this machine's CPU into {@code file}. */
    public int cpu(boolean quick, Path file) {
        try (CpuMicrobenchmarks cpu = new CpuMicrobenchmarks()) {
            return run(cpu, BenchPlan.cpu(quick), null, file);
        }
    }

    private void line(String text) {
        out.println(text);
        out.flush();
    }

    private static boolean isProfile(Path file) {
        try {
            ProfileJson.read(file);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }

    /** Measures, writes the profile to {@code file}, prints the summary; exit code 0. */
    private int run(Microbenchmarks device, BenchPlan plan, GpuSpec spec, Path file) {
        try {
            OutputFile.check(file, ProfileBench::isProfile, "a profile that depinlab bench wrote");
        } catch (OutputException e) {
            throw new BenchOptionException("--out: " + e.getMessage());
        }
        line("Device: " + device.device().name() + " (" + device.device().kind() + ", " + device.device().cores()
                + (device.device().kind().equals("gpu") ? " SMs)" : " hardware threads)"));
        String model = spec != null ? spec.id() : device.device().name();
        GpuProfile profile = new ProfileBuilder(device, plan, this::line).build(model,
                LocalDate.now(ZoneOffset.UTC).toString(), "depinlab bench " + device.device().kind());
        try {
            AtomicFiles.write(file, ProfileJson.toJson(profile));
        } catch (IOException e) {
            throw new BenchOptionException("--out: cannot write " + file + ": " + e.getMessage());
        }
        line("");
        line("Figures (measured):");
        ServiceFigures f = profile.figures();
        figure("launch latency", f.launchLatency(), 1e6, "us", null);
        figure("memory bandwidth", f.memoryBandwidth(), 1e-9, "GB/s", spec == null ? null : spec.memoryBandwidth());
        figure("host to device", f.hostToDevice(), 1e-9, "GB/s", spec == null ? null : spec.hostLinkBandwidth());
        figure("device to host", f.deviceToHost(), 1e-9, "GB/s", spec == null ? null : spec.hostLinkBandwidth());
        boolean gpu = device.device().kind().equals("gpu");
        double flopScale = gpu ? 1e-12 : 1e-9;
        String flopUnit = gpu ? "TFLOP/s" : "GFLOP/s";
        figure("FP32 matmul", f.fp32Peak(), flopScale, flopUnit, spec == null ? null : spec.fp32Peak());
        figure("FP16 matmul", f.fp16Peak(), flopScale, flopUnit, spec == null ? null : spec.fp16Peak());
        figure("hash rate", f.hashRate(), 1e-9, "Ghash/s", null);
        line("");
        line(String.format(Locale.ROOT, "Calibration check (roofline prediction on sizes not used to build the"
                + " profile; target within +/-%.0f %%):", CALIBRATION_TARGET_PERCENT));
        for (CalibrationPoint point : profile.calibration()) {
            line(String.format(Locale.ROOT, "  %-12s %-18s predicted %10.4f ms  measured %10.4f ms  error %+6.1f %%  %s",
                    point.benchmark(), point.parameter(), point.predictedSeconds() * 1e3, point.measuredSeconds() * 1e3,
                    point.errorPercent(), Math.abs(point.errorPercent()) <= CALIBRATION_TARGET_PERCENT ? "within target"
                            : "OUTSIDE target"));
        }
        line("");
        line("Profile written to " + file);
        return 0;
    }

    private void figure(String name, Figure figure, double scale, String unit, Figure spec) {
        if (figure == null) {
            line(String.format(Locale.ROOT, "  %-17s not applicable on this device", name));
            return;
        }
        String ofSpec = spec == null ? "" : String.format(Locale.ROOT, "  (%.1f %% of spec %.4g %s)",
                figure.value() / spec.value() * 100, spec.value() * scale, unit);
        line(String.format(Locale.ROOT, "  %-17s %12.4g %-8s%s", name, figure.value() * scale, unit, ofSpec));
    }
}
