package org.depinlab.simulator.study;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** What the study report's charts say about their axes. */
class StudyReportTest {

    @Test
    void aThresholdsChartMeasuresTheFactorItCrossesAlongNotTheOutput() {
        Finding crossing = new Finding("cheater_profit_per_gpu_usd - honest_profit_per_gpu_usd",
                ThresholdAnswer.CROSSING + " along the share of jobs spot-checked", List.of());
        assertEquals("the share of jobs spot-checked", StudyReport.axis(crossing.output(), crossing));
    }

    @Test
    void anyOtherFindingsChartMeasuresItsOutputInWords() {
        Finding difference = new Finding("jobs_per_second_steady", CompareStudy.DIFFERENCE, List.of());
        assertEquals("throughput after warm-up (jobs/s)", StudyReport.axis(difference.output(), difference));
    }
}
