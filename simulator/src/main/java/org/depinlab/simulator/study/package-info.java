/**
 * Studies: a question answered by many runs placed by a design (compare, factorial, sobol, morris),
 * run through the sweep's executors, analysed into estimates with 95 % intervals (paired differences,
 * effects, Shapley attribution, Sobol indices, elementary effects), and written as study.json,
 * summary.md and report.html that lead with a generated answer. The design and analysis classes
 * are pure (design → points, results → estimates), testable without the simulator.
 *
 * <p>May import {@code sweep}, {@code scenario}, {@code report}, {@code output}, {@code model},
 * {@code engine} and {@code data}; Commons Math 3, Jackson. Only {@code cli} imports it.
 */
package org.depinlab.simulator.study;
