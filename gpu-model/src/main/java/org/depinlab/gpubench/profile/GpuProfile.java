package org.depinlab.gpubench.profile;

import java.util.List;

/**
 * A calibration profile: one device, its labelled service figures, and, for a measured profile,
 * every measurement behind them and the calibration check on held-out sizes.
 *
 * @param schema       file format version ({@value #SCHEMA})
 * @param model        catalogue model this profile stands for (e.g. {@code H100-SXM}), or a name
 *                     of the device's own for a CPU
 * @param label        measured, spec or derived: how the profile as a whole was made
 * @param device       the device
 * @param date         ISO date the profile was made
 * @param tool         what made it
 * @param figures      the figures the service-time model uses
 * @param measurements raw measurements (empty for spec and derived profiles)
 * @param calibration  held-out predictions against measurements (empty unless measured)
 */
public record GpuProfile(int schema, String model, Label label, DeviceInfo device, String date, String tool,
                         ServiceFigures figures, List<Measurement> measurements, List<CalibrationPoint> calibration) {

    /** The profile file format version this code writes and reads. */
    public static final int SCHEMA = 1;

    public GpuProfile {
        measurements = measurements == null ? List.of() : List.copyOf(measurements);
        calibration = calibration == null ? List.of() : List.copyOf(calibration);
    }
}
