/**
 * Scenario and sweep files: read, checked and turned into configuration, at the edge.
 *
 * <p>{@link ScenarioLoader} reads a scenario file (YAML, fields in docs/scenario.md) into a
 * validated {@link Scenario}; {@link SweepLoader} reads a sweep file into a {@link SweepPlan}.
 * Every field is read once through {@link Fields} (and {@link DistributionField},
 * {@link ProtocolSection}), so every problem is one {@link ScenarioException} of the form
 * {@code file:line:column: field.path: what is wrong (allowed: …)}, located by {@link YamlSource};
 * data files a scenario names are checked by {@link InputFiles}. Before anything runs,
 * {@link ResourceEstimate} estimates the heap and work of a run and checks them against
 * {@link Limits} ({@code --allow-long} lifts the work limits); {@link OutputName} checks the name
 * that becomes an output folder.
 *
 * <p>The package imports the JDK, Jackson (YAML), Commons Math 3, gpu-bench, {@code tokenomics}
 * and the simulator's {@code data}, {@code engine}, {@code workload}, {@code network},
 * {@code market}, {@code protocol} and {@code model}; never {@code report}, {@code sweep} or
 * {@code cli}.
 */
package org.depinlab.simulator.scenario;
