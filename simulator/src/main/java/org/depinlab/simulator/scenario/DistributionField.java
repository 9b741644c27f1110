package org.depinlab.simulator.scenario;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.depinlab.simulator.workload.Distribution;

/**
 * Reads a distribution field: a plain number (always that value) or a mapping with one kind:
 * {@code constant: v}, {@code exponential: {mean}}, {@code lognormal: {mean, scv}},
 * {@code uniform: {min, max}}, {@code pareto: {scale, shape}}, {@code weibull: {shape, scale}},
 * {@code empirical: [v, …]}. Values are in the unit the field's name gives; {@code unit} converts
 * them to the model's (e.g. 3600 for a field in hours).
 */
final class DistributionField {

    static final String KINDS = "a number, constant, exponential, lognormal, uniform, pareto, weibull, empirical";

    /**
     * The largest value or scale parameter: far above any FLOP count, byte count, token amount or
     * time a scenario means, and far enough below the largest double that draws and their sums
     * stay finite.
     */
    static final double MAX_VALUE = 1e30;

    /**
     * The smallest Pareto or Weibull shape: below it a draw from the tail overflows to infinity
     * (Pareto: scale · u^(−1/shape); Weibull: scale · (−ln u)^(1/shape), for u down to 2^−53).
     */
    static final double MIN_SHAPE = 0.1;

    /** The parameters of each kind given as a mapping of them. */
    private static final Map<String, List<String>> PARAMETERS = Map.of("exponential", List.of("mean"),
            "lognormal", List.of("mean", "scv"), "uniform", List.of("min", "max"), "pareto", List.of("scale", "shape"),
            "weibull", List.of("shape", "scale"));

    private DistributionField() {
    }

    static Distribution read(Fields parent, String name, double unit) {
        JsonNode raw = parent.raw(name);
        String path = parent.child(name);
        if (raw == null || raw.isNull()) {
            throw parent.missing(name, KINDS);
        }
        try {
            return parse(parent, path, raw, unit);
        } catch (IllegalArgumentException e) {
            // a parameter in range whose value in the model's unit is not (e.g. hours overflowing in seconds)
            throw parent.error(path, "out of range: " + e.getMessage());
        }
    }

    private static Distribution parse(Fields parent, String path, JsonNode raw, double unit) {
        if (raw.isNumber()) {
            return new Distribution.Deterministic(nonNegative(parent, path, raw.asDouble()) * unit);
        }
        if (!raw.isObject() || raw.size() != 1) {
            throw parent.error(path, "must be a number or a mapping with one kind (allowed: " + KINDS + ")");
        }
        String kind = raw.fieldNames().next();
        Fields body = PARAMETERS.containsKey(kind) && raw.get(kind).isObject()
                ? new Fields(parent.source(), path + "." + kind, raw.get(kind), PARAMETERS.get(kind)) : null;
        Distribution distribution = switch (kind) {
            case "constant" -> new Distribution.Deterministic(
                    nonNegative(parent, path + ".constant", number(parent, path + ".constant", raw.get(kind))) * unit);
            case "exponential" -> new Distribution.Exponential(require(parent, body, path, kind).number("mean",
                    Double.MIN_VALUE, MAX_VALUE) * unit);
            case "lognormal" -> {
                Fields f = require(parent, body, path, kind);
                yield new Distribution.LogNormal(f.number("mean", Double.MIN_VALUE, MAX_VALUE) * unit,
                        f.number("scv", Double.MIN_VALUE, 1e6));
            }
            case "uniform" -> {
                Fields f = require(parent, body, path, kind);
                double min = f.number("min", 0, MAX_VALUE);
                double max = f.number("max", min, MAX_VALUE);
                yield new Distribution.Uniform(min * unit, max * unit);
            }
            case "pareto" -> {
                Fields f = require(parent, body, path, kind);
                yield new Distribution.Pareto(f.number("scale", Double.MIN_VALUE, MAX_VALUE) * unit,
                        f.number("shape", MIN_SHAPE, 1e3));
            }
            case "weibull" -> {
                Fields f = require(parent, body, path, kind);
                double shape = f.number("shape", MIN_SHAPE, 1e3);
                yield new Distribution.Weibull(shape, f.number("scale", Double.MIN_VALUE, MAX_VALUE) * unit);
            }
            case "empirical" -> {
                Fields holder = new Fields(parent.source(), path, raw, List.of("empirical"));
                yield new Distribution.Empirical(holder.numbers("empirical", 0, MAX_VALUE).stream()
                        .map(v -> v * unit).toList());
            }
            default -> throw parent.error(path + "." + kind, "unknown distribution (allowed: " + KINDS + ")");
        };
        if (body != null) {
            body.done();
        }
        return distribution;
    }

    private static Fields require(Fields parent, Fields body, String path, String kind) {
        if (body == null) {
            throw parent.error(path + "." + kind, "must be a mapping of its parameters");
        }
        return body;
    }

    private static double number(Fields parent, String path, JsonNode value) {
        if (!value.isNumber()) {
            throw parent.error(path, "must be a number, found " + Fields.kind(value));
        }
        return value.asDouble();
    }

    private static double nonNegative(Fields parent, String path, double value) {
        if (!(value >= 0 && value <= MAX_VALUE)) {
            throw parent.error(path, value + " is out of range (allowed: 0 to " + MAX_VALUE + ")");
        }
        return value;
    }
}
