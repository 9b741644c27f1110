package org.depinlab.simulator.study;

import java.util.List;

/**
 * One set of estimates of a study for one output: the paired differences against the baseline,
 * the main effects, the Shapley attributions, the first-order Sobol indices, mu* …
 *
 * @param output    the run.json key
 * @param measure   what the estimates are, in words (e.g. {@code main effect})
 * @param estimates one per variant, factor or pair of factors
 */
public record Finding(String output, String measure, List<Estimate> estimates) {

    public Finding {
        estimates = List.copyOf(estimates);
    }
}
