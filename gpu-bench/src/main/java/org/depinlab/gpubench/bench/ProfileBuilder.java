package org.depinlab.gpubench.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

import org.depinlab.gpubench.profile.CalibrationPoint;
import org.depinlab.gpubench.profile.Figure;
import org.depinlab.gpubench.profile.GpuProfile;
import org.depinlab.gpubench.profile.Label;
import org.depinlab.gpubench.profile.Measurement;
import org.depinlab.gpubench.profile.ServiceFigures;
import org.depinlab.gpubench.profile.ServiceTimeModel;

/**
 * Runs a {@link BenchPlan} on a device and turns the samples into a measured profile: every raw
 * sample, the figures the service-time model needs, and the calibration check (predictions of the
 * roofline model for sizes the figures were not built from, against their measured times).
 */
public final class ProfileBuilder {

    private final Microbenchmarks device;
    private final BenchPlan plan;
    private final Consumer<String> progress;
    private final List<Measurement> measurements = new ArrayList<>();

    /** @param progress receives one line per finished measurement */
    public ProfileBuilder(Microbenchmarks device, BenchPlan plan, Consumer<String> progress) {
        this.device = device;
        this.plan = plan;
        this.progress = progress;
    }

    /**
     * Measures everything in the plan.
     *
     * @param model the name the profile stands for (a catalogue id, or the device's own name)
     * @param date  ISO date of the run
     * @param tool  what made the profile (name and version)
     */
    public GpuProfile build(String model, String date, String tool) {
        // sizes ascend, so the figures come from the largest copy and transfer sizes
        Measurement copy = null;
        for (long bytes : plan.copySizes()) {
            copy = measure("device_copy", bytes + " bytes", device.copy(bytes), "B/s");
        }
        for (long bytes : plan.copySizes()) {
            measure("triad", bytes + " bytes per array", device.triad(bytes), "B/s");
        }
        Measurement hostToDevice = null;
        Measurement deviceToHost = null;
        if (device.hasHostLink()) {
            for (long bytes : plan.transferSizes()) {
                hostToDevice = measure("host_to_device_pinned", bytes + " bytes", device.hostToDevice(bytes, true), "B/s");
                measure("host_to_device_pageable", bytes + " bytes", device.hostToDevice(bytes, false), "B/s");
                deviceToHost = measure("device_to_host_pinned", bytes + " bytes", device.deviceToHost(bytes, true), "B/s");
                measure("device_to_host_pageable", bytes + " bytes", device.deviceToHost(bytes, false), "B/s");
            }
        }
        Measurement launch = measure("launch_sync", plan.launches() + " launches",
                device.launch(plan.launches(), true), "launches/s");
        measure("launch_async", plan.launches() + " launches", device.launch(plan.launches(), false), "launches/s");
        Measurement fp32 = best(plan.matmulSizes(), false);
        Measurement fp16 = device.hasFp16() && !plan.fp16MatmulSizes().isEmpty() ? best(plan.fp16MatmulSizes(), true) : null;
        Measurement hash = measure("hash", plan.hashes() + " hashes", device.hash(plan.hashes()), "hashes/s");

        ServiceFigures figures = new ServiceFigures(
                new Figure(launch.medianSeconds() / launch.work(), "s", Label.MEASURED,
                        describe(launch) + ", per launch"),
                rateFigure(hostToDevice), rateFigure(deviceToHost), rateFigure(copy), rateFigure(fp32),
                rateFigure(fp16), rateFigure(hash));
        List<CalibrationPoint> calibration = calibrate(new ServiceTimeModel(figures));
        return new GpuProfile(GpuProfile.SCHEMA, model, Label.MEASURED, device.device(), date, tool, figures,
                measurements, calibration);
    }

    private List<CalibrationPoint> calibrate(ServiceTimeModel model) {
        long bytes = plan.heldOutCopyBytes();
        Measurement copy = measure("calibration_device_copy", bytes + " bytes", device.copy(bytes), "B/s");
        int n = plan.heldOutMatmulN();
        Measurement matmul = measure("calibration_matmul_fp32", "n=" + n, device.matmul(n, false), "FLOP/s");
        double matmulBytes = 3.0 * n * n * Float.BYTES;
        return List.of(
                new CalibrationPoint("device_copy", bytes + " bytes",
                        model.seconds(0, 0, 2.0 * bytes, ServiceTimeModel.Precision.FP32, 1), copy.medianSeconds()),
                new CalibrationPoint("matmul_fp32", "n=" + n,
                        model.seconds(matmul.work(), 0, matmulBytes, ServiceTimeModel.Precision.FP32, 1),
                        matmul.medianSeconds()));
    }

    private Measurement best(List<Integer> sizes, boolean fp16) {
        Measurement best = null;
        for (int n : sizes) {
            Measurement m = measure(fp16 ? "matmul_fp16" : "matmul_fp32", "n=" + n, device.matmul(n, fp16), "FLOP/s");
            if (best == null || m.rate() > best.rate()) {
                best = m;
            }
        }
        return best;
    }

    private Measurement measure(String benchmark, String parameter, TimedOperation operation, String rateUnit) {
        try (operation) {
            long warmupEnd = System.nanoTime() + (long) (plan.warmupSeconds() * 1e9);
            for (int i = 0; i < plan.warmup() || System.nanoTime() < warmupEnd; i++) {
                operation.runSeconds();
            }
            double[] samples = new double[plan.repetitions()];
            for (int i = 0; i < samples.length; i++) {
                samples[i] = operation.runSeconds();
            }
            SampleStats stats = SampleStats.of(samples);
            List<Double> raw = new ArrayList<>(samples.length);
            for (double sample : samples) {
                raw.add(sample);
            }
            Measurement measurement = new Measurement(benchmark, parameter, operation.work(), operation.workUnit(), raw,
                    stats.median(), stats.iqr(), operation.work() / stats.median(), rateUnit, operation.method());
            measurements.add(measurement);
            progress.accept(String.format(Locale.ROOT, "%-26s %-24s %12.4g %-10s (median of %d, IQR %.1f %%)",
                    benchmark, parameter, measurement.rate(), rateUnit, samples.length,
                    measurement.relativeSpread() * 100));
            return measurement;
        }
    }

    private static Figure rateFigure(Measurement m) {
        return m == null ? null : new Figure(m.rate(), m.rateUnit(), Label.MEASURED, describe(m));
    }

    private static String describe(Measurement m) {
        return String.format(Locale.ROOT, "%s at %s: median of %d samples (IQR %.1f %% of median); %s", m.benchmark(),
                m.parameter(), m.samplesSeconds().size(), m.relativeSpread() * 100, m.method());
    }
}
