package org.depinlab.simulator.study;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.depinlab.simulator.engine.RandomStreams;
import org.depinlab.simulator.scenario.StudyFile;

/**
 * Sobol indices over the factors' ranges: Saltelli's N (k + 2) design points, each point's response
 * the mean over its replications; first-order and total indices with bootstrap intervals (resamples
 * drawn on the stream {@code study-bootstrap} of the study's seed).
 */
record SobolStudy(List<StudyFile.Factor> factors, int samples, int bootstrap, long seed) implements StudyDesign {

    static final String FIRST = "first-order Sobol index";
    static final String TOTAL = "total Sobol index";

    @Override
    public List<Map<String, JsonNode>> points() {
        return StudyDesign.at(factors, SaltelliSample.points(samples, factors.size()));
    }

    @Override
    public List<Finding> findings(String output, double[][] responses) {
        SobolIndices indices = SobolIndices.of(StudyDesign.names(factors), StudyDesign.means(responses), bootstrap,
                new RandomStreams(seed).stream("study-bootstrap"));
        return List.of(new Finding(output, FIRST, indices.firstOrder()), new Finding(output, TOTAL, indices.total()));
    }

    @Override
    public String answer(List<Finding> findings) {
        List<Estimate> first = findings.get(0).estimates();
        List<Estimate> total = findings.get(1).estimates();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < first.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble(i -> -total.get(i).mean()));
        int top = order.get(0);
        StringBuilder text = new StringBuilder(first.get(top).label() + " alone explains "
                + StudyText.withInterval(first.get(top)) + " of the variance of " + findings.get(0).output()
                + ", " + StudyText.withInterval(total.get(top)) + " with its interactions");
        if (order.size() > 1) {
            int next = order.get(1);
            text.append("; ").append(first.get(next).label()).append(" ").append(StudyText.withInterval(first.get(next)))
                    .append(" alone, ").append(StudyText.withInterval(total.get(next))).append(" in all");
        }
        return text.append('.').toString();
    }

    @Override
    public String describe() {
        return "sobol: Saltelli's sampling, N = " + samples + " rows of A and B from the Sobol sequence, "
                + samples * (factors.size() + 2) + " design points; first-order (Saltelli 2010) and total (Jansen)"
                + " indices of each point's mean over replications, 95 % bootstrap intervals (" + bootstrap
                + " resamples)";
    }
}
