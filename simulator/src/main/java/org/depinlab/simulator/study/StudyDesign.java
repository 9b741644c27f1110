package org.depinlab.simulator.study;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DoubleNode;

import org.depinlab.simulator.scenario.StudyFile;

/**
 * A study's design made concrete: the design points (each factor's value at each), and how the
 * responses at those points become estimates and an answer. Pure: no run, no file.
 */
sealed interface StudyDesign permits CompareStudy, FactorialStudy, SobolStudy, MorrisStudy {

    /** Builds the design of {@code study} (its seed draws what the design draws: Morris's trajectories). */
    static StudyDesign of(StudyFile study) {
        StudyFile.Design design = study.design();
        if (design instanceof StudyFile.Factorial f) {
            return new FactorialStudy(study.factors(), f.resolution());
        }
        if (design instanceof StudyFile.Sobol s) {
            return new SobolStudy(study.factors(), s.samples(), s.bootstrap(), study.seed());
        }
        if (design instanceof StudyFile.Morris m) {
            return new MorrisStudy(study.factors(), m.trajectories(), m.levels(), study.seed());
        }
        StudyFile.Compare compare = (StudyFile.Compare) design;
        return new CompareStudy(study.factors(), compare.ratios(), compare.against().map(path -> study.factors()
                .indexOf(study.factor(path))).orElse(-1));
    }

    /** The factors' values at every design point, in order. */
    List<Map<String, JsonNode>> points();

    /**
     * The estimates for {@code output}.
     *
     * @param responses responses[point][replication] (NaN where a run is missing)
     */
    List<Finding> findings(String output, double[][] responses);

    /** One or two sentences answering the question from {@code findings} (those of the first output first). */
    String answer(List<Finding> findings);

    /** The design in words, for the report. */
    String describe();

    /** The scenario values of {@code unit}'s points, each coordinate in [0, 1] mapped onto its factor's range. */
    static List<Map<String, JsonNode>> at(List<StudyFile.Factor> factors, double[][] unit) {
        List<Map<String, JsonNode>> points = new ArrayList<>();
        for (double[] u : unit) {
            Map<String, JsonNode> values = new LinkedHashMap<>();
            for (int j = 0; j < factors.size(); j++) {
                values.put(factors.get(j).path(), DoubleNode.valueOf(factors.get(j).at(u[j])));
            }
            points.add(values);
        }
        return points;
    }

    /** The factors' names as the findings label them: their labels. */
    static List<String> names(List<StudyFile.Factor> factors) {
        return factors.stream().map(StudyFile.Factor::label).toList();
    }

    /** Each point's mean over its replications (the missing left out). */
    static double[] means(double[][] responses) {
        double[] means = new double[responses.length];
        for (int i = 0; i < responses.length; i++) {
            double sum = 0;
            int n = 0;
            for (double v : responses[i]) {
                if (Double.isFinite(v)) {
                    sum += v;
                    n++;
                }
            }
            means[i] = n == 0 ? Double.NaN : sum / n;
        }
        return means;
    }
}
