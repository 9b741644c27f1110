package org.depinlab.simulator.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

/** Reads and checks a study file's {@code answer:} section (see docs/studies.md). */
final class StudyAnswers {

    private static final List<String> KINDS = List.of("scaling", "threshold", "extremes");
    private static final List<String> WATCH = List.of("output", "worse");

    private StudyAnswers() {
    }

    static StudyFile.Answer read(Fields answer, StudyFile.Design design, List<StudyFile.Factor> factors,
                                 List<String> outputs) {
        String kind = answer.text("kind");
        if (!KINDS.contains(kind)) {
            throw answer.error(answer.child("kind"), "'" + kind + "' is not an answer (allowed: "
                    + String.join(", ", KINDS) + ")");
        }
        if (!(design instanceof StudyFile.Compare)) {
            throw answer.error(answer.child("kind"), "a " + kind + " answer reads a compare design's levels (allowed:"
                    + " design: {kind: compare}, or leave answer out for the " + design.kind() + " design's own)");
        }
        StudyFile.Answer loaded = switch (kind) {
            case "scaling" -> scaling(answer, factors, outputs);
            case "threshold" -> threshold(answer, factors, outputs);
            default -> extremes(answer, outputs);
        };
        answer.done();
        return loaded;
    }

    private static StudyFile.Scaling scaling(Fields answer, List<StudyFile.Factor> factors, List<String> outputs) {
        String path = answer.text("factor");
        StudyFile.Factor factor = StudyLoader.factor(answer, answer.child("factor"), path, factors);
        List<Double> scales = answer.numbers("scales", 1e-9, 1e12);
        if (scales.size() != factor.levels().size()) {
            throw answer.error(answer.child("scales"), scales.size() + " scales for " + factor.levels().size()
                    + " levels of " + path + " (allowed: one scale per level, in the same order, the first 1)");
        }
        String throughput = output(answer, answer.child("throughput"), answer.text("throughput"), outputs);
        List<StudyFile.Watch> watch = new ArrayList<>();
        JsonNode given = answer.raw("watch");
        if (given != null && !given.isNull()) {
            if (!given.isArray()) {
                throw answer.error(answer.child("watch"), "must be a list of outputs, OUTPUT or {output: OUTPUT,"
                        + " worse: higher|lower}, found " + Fields.kind(given));
            }
            for (int i = 0; i < given.size(); i++) {
                watch.add(watch(answer, answer.child("watch") + "[" + i + "]", given.get(i), outputs));
            }
        }
        return new StudyFile.Scaling(path, scales, throughput, watch);
    }

    private static StudyFile.Watch watch(Fields answer, String at, JsonNode item, List<String> outputs) {
        if (item.isTextual()) {
            String output = output(answer, at, item.asText(), outputs);
            int worse = StudyFile.Watch.worseByName(output);
            if (worse == 0) {
                throw answer.error(at, "which way " + output + " worsens is not known (allowed: {output: " + output
                        + ", worse: higher|lower})");
            }
            return new StudyFile.Watch(output, worse);
        }
        Fields fields = new Fields(answer.source(), at, item, WATCH);
        String output = output(fields, fields.child("output"), fields.text("output"), outputs);
        String worse = fields.text("worse");
        if (!worse.equals("higher") && !worse.equals("lower")) {
            throw fields.error(fields.child("worse"), "'" + worse + "' is not a direction (allowed: higher, lower)");
        }
        fields.done();
        return new StudyFile.Watch(output, worse.equals("higher") ? 1 : -1);
    }

    private static StudyFile.Threshold threshold(Fields answer, List<StudyFile.Factor> factors, List<String> outputs) {
        String output = output(answer, answer.child("output"), answer.text("output"), outputs);
        String path = answer.text("along");
        StudyFile.Factor along = StudyLoader.factor(answer, answer.child("along"), path, factors);
        if (!along.sets().isEmpty() || along.levels().stream().anyMatch(v -> !v.isNumber())
                || along.levels().stream().map(JsonNode::asDouble).distinct().count() < along.levels().size()) {
            throw answer.error(answer.child("along"), path + " must have listed numeric levels, all different"
                    + " (allowed: a factor with levels: [number, ...])");
        }
        String side = answer.text("while", "positive");
        if (!side.equals("positive") && !side.equals("negative")) {
            throw answer.error(answer.child("while"), "'" + side + "' is not a sign (allowed: positive, negative)");
        }
        Optional<String> meaning = Optional.ofNullable(answer.text("meaning", null));
        List<String> also = new ArrayList<>();
        List<String> given = answer.texts("also");
        for (int i = 0; i < given.size(); i++) {
            also.add(output(answer, answer.child("also") + "[" + i + "]", given.get(i), outputs));
        }
        return new StudyFile.Threshold(output, path, side.equals("positive"), meaning, also);
    }

    private static StudyFile.Extremes extremes(Fields answer, List<String> outputs) {
        List<String> patterns = answer.texts("outputs");
        if (patterns.isEmpty()) {
            throw answer.missing("outputs", "a list of dotted outputs with * for a key, e.g."
                    + " energy_by_model_region.*.*.kwh_per_pflop");
        }
        List<List<String>> matches = new ArrayList<>();
        for (int i = 0; i < patterns.size(); i++) {
            String pattern = patterns.get(i);
            String figure = pattern.substring(pattern.lastIndexOf('.') + 1);
            if (!pattern.contains("*") || !pattern.contains(".") || figure.contains("*")) {
                throw answer.error(answer.child("outputs") + "[" + i + "]", "'" + pattern + "' is not a pattern of"
                        + " cells (allowed: a nested map's dotted output with * for a key and the figure last, e.g."
                        + " energy_by_model_region.*.*.kwh_per_pflop)");
            }
            List<String> matched = StudyFile.Extremes.matching(pattern, outputs);
            if (matched.size() < 2) {
                throw answer.error(answer.child("outputs") + "[" + i + "]", "'" + patterns.get(i) + "' matches "
                        + matched.size() + " of the study's outputs (allowed: a pattern, * for one key, matching at"
                        + " least two of: " + String.join(", ", outputs) + ")");
            }
            matches.add(matched);
        }
        String at = answer.text("at", "baseline");
        if (!at.equals("baseline")) {
            throw answer.error(answer.child("at"), "'" + at + "' is not a point the answer reads (allowed: baseline)");
        }
        Optional<String> cost = answer.has("cost")
                ? Optional.of(output(answer, answer.child("cost"), answer.text("cost"), outputs)) : Optional.empty();
        return new StudyFile.Extremes(patterns, matches, cost);
    }

    private static String output(Fields fields, String at, String output, List<String> outputs) {
        if (!outputs.contains(output)) {
            throw fields.error(at, "'" + output + "' is not among the study's outputs (allowed: "
                    + String.join(", ", outputs) + ")");
        }
        return output;
    }
}
