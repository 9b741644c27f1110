package org.depinlab.simulator.model;

/**
 * Wait, response and slowdown of one job class's completed jobs (from HdrHistogram, 3 significant
 * digits; times recorded in microseconds, slowdown in thousandths).
 *
 * @param jobClass       class name
 * @param completed      completed jobs
 * @param waitMean       mean wait in queue, seconds
 * @param waitP50        median wait, seconds
 * @param waitP90        90th percentile wait, seconds
 * @param waitP99        99th percentile wait, seconds
 * @param responseMean   mean arrival-to-completion, seconds
 * @param responseP50    median response, seconds
 * @param responseP99    99th percentile response, seconds
 * @param slowdownMean   mean response / service time
 * @param slowdownP99    99th percentile slowdown
 */
public record LatencySummary(String jobClass, long completed, double waitMean, double waitP50, double waitP90,
                             double waitP99, double responseMean, double responseP50, double responseP99,
                             double slowdownMean, double slowdownP99) {
}
