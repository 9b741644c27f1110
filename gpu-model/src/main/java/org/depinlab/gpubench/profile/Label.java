package org.depinlab.gpubench.profile;

import com.fasterxml.jackson.annotation.JsonValue;

/** Where a figure comes from; every figure that reaches a report carries one. */
public enum Label {
    /** Timed on the device by a microbenchmark of this module. */
    MEASURED("measured"),
    /** Read from the vendor's datasheet (the source is named with the figure). */
    SPEC("spec"),
    /** Scaled from a measured reference device by spec ratios (the formula is recorded). */
    DERIVED("derived"),
    /**
     * A default that no datasheet gives and nothing measured (e.g. kernel launch latency of a
     * device never benchmarked); the provenance says why the value was chosen.
     */
    ASSUMED("assumed");

    private final String text;

    Label(String text) {
        this.text = text;
    }

    @JsonValue
    public String text() {
        return text;
    }

    @Override
    public String toString() {
        return text;
    }
}
