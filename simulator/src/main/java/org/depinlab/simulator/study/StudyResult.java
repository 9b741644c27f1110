package org.depinlab.simulator.study;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.depinlab.simulator.engine.RandomStreams;
import org.depinlab.simulator.scenario.StudyFile;
import org.depinlab.simulator.sweep.RunRecord;

/**
 * What a study found: its estimates for every output and the answer generated from them.
 *
 * @param study    the study file
 * @param design   the design in words
 * @param points   the design points' factor values, in order
 * @param runs     the runs analysed
 * @param findings the estimates, output by output
 * @param answer   the answer: the study file's {@code answer:} section's, else a compare design's from its
 *                 first output, another design's a sentence per output
 * @param threats  what the answer's kind adds to the threats to validity
 */
public record StudyResult(StudyFile study, String design, List<Map<String, JsonNode>> points, int runs,
                          List<Finding> findings, String answer, List<String> threats) {

    /** Analyses {@code records} (the runs of {@code study}'s design, any order). */
    public static StudyResult of(StudyFile study, List<RunRecord> records) {
        StudyDesign design = StudyDesign.of(study);
        List<Map<String, JsonNode>> points = design.points();
        List<Finding> findings = new ArrayList<>();
        List<String> answers = new ArrayList<>();
        for (String output : study.outputs()) {
            List<Finding> found = design.findings(output, responses(records, output, points.size(),
                    study.replications()));
            if (answers.isEmpty() || !(design instanceof CompareStudy)) {
                answers.add(design.answer(found));
            }
            findings.addAll(found);
        }
        if (study.answer().isPresent()) {
            StudyAnswer.Answered answered = StudyAnswer.of(study.answer().get(), study, (CompareStudy) design)
                    .answer(output -> responses(records, output, points.size(), study.replications()));
            findings.addAll(0, answered.findings());
            return new StudyResult(study, design.describe(), points, records.size(), findings, answered.text(),
                    answered.threats());
        }
        return new StudyResult(study, design.describe(), points, records.size(), findings, String.join(" ", answers),
                List.of());
    }

    /** The seed of each replication (the same at every design point). */
    public List<Long> seeds() {
        List<Long> seeds = new ArrayList<>();
        for (int r = 0; r < study.replications(); r++) {
            seeds.add(RandomStreams.childSeed(study.seed(), r));
        }
        return seeds;
    }

    /** responses[point][replication] of {@code output}; NaN where no run recorded it. */
    static double[][] responses(List<RunRecord> records, String output, int points, int replications) {
        double[][] y = new double[points][replications];
        for (double[] row : y) {
            Arrays.fill(row, Double.NaN);
        }
        for (RunRecord r : records) {
            Double value = StudyFile.value(output, r.figures());
            if (value != null && r.point() < points && r.replication() < replications) {
                y[r.point()][r.replication()] = value;
            }
        }
        return y;
    }
}
