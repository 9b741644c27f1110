package org.depinlab.gpubench.profile;

/**
 * A prediction of the roofline model for a size the profile was not built from, against its
 * measured time.
 *
 * @param benchmark        e.g. {@code device_copy}
 * @param parameter        the held-out size
 * @param predictedSeconds what {@link ServiceTimeModel} predicts from the profile's figures
 * @param measuredSeconds  median measured time at that size
 */
public record CalibrationPoint(String benchmark, String parameter, double predictedSeconds, double measuredSeconds) {

    /** (predicted − measured) / measured, in percent. */
    public double errorPercent() {
        return (predictedSeconds - measuredSeconds) / measuredSeconds * 100;
    }
}
