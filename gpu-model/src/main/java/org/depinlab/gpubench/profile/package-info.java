/**
 * Calibration profiles and the service-time model built on them.
 *
 * <p>A {@link GpuProfile} describes one device ({@link DeviceInfo}) by its {@link ServiceFigures},
 * each a {@link Figure} with its unit and {@link Label} (measured, spec, derived or assumed); a
 * measured profile keeps every {@link Measurement} behind them and the {@link CalibrationPoint}s
 * of its check on held-out sizes. {@link ServiceTimeModel} is the roofline service time of a piece
 * of GPU work from those figures. {@link ProfileJson} reads and writes profile files
 * ({@link ProfileFormatException} names the file and what is wrong). The package imports the JDK
 * and Jackson; nothing else of gpu-bench.
 */
package org.depinlab.gpubench.profile;
