/**
 * The outputs of one run: {@link RunWriter} writes {@code report.html} ({@link ReportHtml}, with
 * {@link Charts} as inline SVG), {@code run.json} (the key figures of {@link RunFigures}),
 * {@code summary.md} ({@link Summary}) and {@code data/*.csv} ({@link CsvWriter}) into an output
 * folder. The same run gives the same bytes.
 *
 * <p>The package imports the JDK, Jackson, JFreeChart and Apache Batik's SVG generator, {@code tokenomics}
 * (concentration) and the simulator's {@code workload}, {@code protocol}, {@code model},
 * {@code scenario} and {@code output}; never {@code sweep} or {@code cli}.
 */
package org.depinlab.simulator.report;
