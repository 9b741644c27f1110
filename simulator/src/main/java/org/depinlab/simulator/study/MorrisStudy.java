package org.depinlab.simulator.study;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

import org.depinlab.simulator.engine.RandomStreams;
import org.depinlab.simulator.scenario.StudyFile;

/**
 * Morris screening over the factors' ranges: r trajectories on a p-level grid (drawn on the stream
 * {@code study-morris} of the study's seed), each point's response the mean over its replications;
 * mu* and sigma per factor, the elementary effects in units of the output per whole range.
 */
record MorrisStudy(List<StudyFile.Factor> factors, MorrisDesign design, int trajectories, int levels)
        implements StudyDesign {

    static final String MU_STAR = "mu* (mean absolute elementary effect per whole range)";
    static final String SIGMA = "sigma (standard deviation of the elementary effects)";

    MorrisStudy(List<StudyFile.Factor> factors, int trajectories, int levels, long seed) {
        this(factors, MorrisDesign.of(factors.size(), trajectories, levels,
                new RandomStreams(seed).stream("study-morris")), trajectories, levels);
    }

    @Override
    public List<Map<String, JsonNode>> points() {
        return StudyDesign.at(factors, design.points());
    }

    @Override
    public List<Finding> findings(String output, double[][] responses) {
        ElementaryEffects effects = ElementaryEffects.of(StudyDesign.names(factors), design,
                StudyDesign.means(responses));
        List<Estimate> mu = new ArrayList<>();
        List<Estimate> sigma = new ArrayList<>();
        for (ElementaryEffects.Screening s : effects.factors()) {
            mu.add(new Estimate(s.name(), s.muStar(), Double.NaN, Double.NaN));
            sigma.add(new Estimate(s.name(), s.sigma(), Double.NaN, Double.NaN));
        }
        return List.of(new Finding(output, MU_STAR, mu), new Finding(output, SIGMA, sigma));
    }

    @Override
    public String answer(List<Finding> findings) {
        List<Estimate> mu = findings.get(0).estimates();
        List<Estimate> sigma = findings.get(1).estimates();
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < mu.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparingDouble(i -> -mu.get(i).mean()));
        StringBuilder text = new StringBuilder();
        for (int n = 0; n < Math.min(2, order.size()); n++) {
            int i = order.get(n);
            text.append(n == 0 ? "" : ", then ").append(mu.get(i).label()).append(n == 0 ? " matters most to "
                    + findings.get(0).output() : "").append(" (mu* ").append(StudyText.number(mu.get(i).mean()))
                    .append(", sigma ").append(StudyText.number(sigma.get(i).mean())).append(')');
        }
        double most = mu.get(order.get(0)).mean();
        long negligible = mu.stream().filter(e -> e.mean() < 0.05 * most).count();
        return text.append("; ").append(negligible).append(" of ").append(mu.size())
                .append(" factors have mu* below 5 % of the largest.").toString();
    }

    @Override
    public String describe() {
        return "morris: " + trajectories + " trajectories on a " + levels + "-level grid, " + design.points().length
                + " design points; mu* and sigma of the elementary effects of each point's mean over replications";
    }
}
