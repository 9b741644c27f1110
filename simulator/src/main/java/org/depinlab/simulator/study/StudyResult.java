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
 * @param answer   one or two sentences from the first output's estimates
 */
public record StudyResult(StudyFile study, String design, List<Map<String, JsonNode>> points, int runs,
                          List<Finding> findings, String answer) {

    /** Analyses {@code records} (the runs of {@code study}'s design, any order). */
    public static StudyResult of(StudyFile study, List<RunRecord> records) {
        StudyDesign design = StudyDesign.of(study);
        List<Map<String, JsonNode>> points = design.points();
        List<Finding> findings = new ArrayList<>();
        String answer = null;
        for (String output : study.outputs()) {
            List<Finding> found = design.findings(output, responses(records, output, points.size(),
                    study.replications()));
            if (answer == null) {
                answer = design.answer(found);
            }
            findings.addAll(found);
        }
        return new StudyResult(study, design.describe(), points, records.size(), findings, answer);
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
