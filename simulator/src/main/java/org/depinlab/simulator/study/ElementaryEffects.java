package org.depinlab.simulator.study;

import java.util.ArrayList;
import java.util.List;

import org.apache.commons.math3.stat.descriptive.SummaryStatistics;

/**
 * Morris screening from a {@link MorrisDesign}'s responses: each step's elementary effect is the
 * change of the response over the change of the factor moved (in units of its range); per factor,
 * mu* is the mean of their absolute values (Campolongo et al. 2007: how much the factor matters)
 * and sigma their standard deviation (how much its effect depends on the other factors or bends).
 *
 * @param factors one per factor, in order
 */
public record ElementaryEffects(List<Screening> factors) {

    /**
     * One factor's screening.
     *
     * @param name    the factor
     * @param muStar  mean absolute elementary effect
     * @param sigma   standard deviation of the elementary effects
     */
    public record Screening(String name, double muStar, double sigma) {
    }

    /** @param responses one per point of {@code design}, in its order */
    public static ElementaryEffects of(List<String> names, MorrisDesign design, double[] responses) {
        int k = names.size();
        List<SummaryStatistics> effects = new ArrayList<>();
        List<SummaryStatistics> absolute = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            effects.add(new SummaryStatistics());
            absolute.add(new SummaryStatistics());
        }
        for (int t = 0; t < design.moved().length; t++) {
            for (int s = 0; s < k; s++) {
                int row = t * (k + 1) + s;
                double effect = (responses[row + 1] - responses[row]) / design.steps()[t][s];
                effects.get(design.moved()[t][s]).addValue(effect);
                absolute.get(design.moved()[t][s]).addValue(Math.abs(effect));
            }
        }
        List<Screening> screening = new ArrayList<>();
        for (int i = 0; i < k; i++) {
            screening.add(new Screening(names.get(i), absolute.get(i).getMean(), effects.get(i).getStandardDeviation()));
        }
        return new ElementaryEffects(screening);
    }
}
