package org.depinlab.gpubench.profile;

import java.util.Objects;

/**
 * One number with its unit, its label and where it came from.
 *
 * @param value      the value, in {@code unit}
 * @param unit       e.g. {@code B/s}, {@code FLOP/s}, {@code s}
 * @param label      measured, spec, derived or assumed
 * @param provenance the datasheet, the measurement and its statistic, or the derivation formula
 */
public record Figure(double value, String unit, Label label, String provenance) {

    public Figure {
        if (!Double.isFinite(value) || value < 0) {
            throw new IllegalArgumentException("a figure must be a finite number >= 0, got " + value + " " + unit);
        }
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(provenance, "provenance");
    }
}
