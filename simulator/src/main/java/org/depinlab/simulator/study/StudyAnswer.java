package org.depinlab.simulator.study;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.depinlab.simulator.scenario.StudyFile;

/**
 * The answer a study file asks for in its {@code answer:} section, from a compare design's responses.
 * Pure: no run, no file.
 */
sealed interface StudyAnswer permits ScalingAnswer, ThresholdAnswer, ExtremesAnswer {

    /**
     * What an answer found: its estimates, its sentences, and what the reader should know beside
     * the design's threats to validity.
     */
    record Answered(List<Finding> findings, String text, List<String> threats) {
        public Answered {
            findings = List.copyOf(findings);
            threats = List.copyOf(threats);
        }
    }

    /** The answer {@code spec} asks of {@code design}. */
    static StudyAnswer of(StudyFile.Answer spec, StudyFile study, CompareStudy design) {
        if (spec instanceof StudyFile.Scaling scaling) {
            return new ScalingAnswer(scaling, design, study.factors().indexOf(study.factor(scaling.factor())));
        }
        if (spec instanceof StudyFile.Extremes extremes) {
            return new ExtremesAnswer(extremes, design);
        }
        StudyFile.Threshold threshold = (StudyFile.Threshold) spec;
        return new ThresholdAnswer(threshold, design, study.factors().indexOf(study.factor(threshold.along())));
    }

    /**
     * @param responses an output's responses[point][replication]
     */
    Answered answer(Function<String, double[][]> responses);

    /**
     * The reference points of {@code design} along factor {@code f}: every point with f at its first
     * level, each standing for its group (the same levels of the other factors).
     */
    static List<int[]> groups(CompareStudy design, int f) {
        return design.indices().stream().filter(at -> at[f] == 0).toList();
    }

    /** A group in words: the other factors' levels; "" when f is the only factor. */
    static String group(CompareStudy design, int f, int[] at) {
        List<String> parts = new ArrayList<>();
        for (int d = 0; d < design.factors().size(); d++) {
            if (d != f) {
                StudyFile.Factor factor = design.factors().get(d);
                String level = factor.levelLabels().get(at[d]);
                parts.add(level.equals(StudyFile.Factor.text(factor.levels().get(at[d]))) ? factor.label() + " "
                        + level : level);
            }
        }
        return String.join(", ", parts);
    }
}
