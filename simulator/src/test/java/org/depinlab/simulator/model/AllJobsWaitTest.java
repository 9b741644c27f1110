package org.depinlab.simulator.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.HdrHistogram.Histogram;
import org.junit.jupiter.api.Test;

class AllJobsWaitTest {

    private static final double MICROS = 1e6;

    @Test
    void mergedPercentilesAreThoseOfEveryJobOfBothClasses() {
        // class a waits 1, 2, ... 100 s; class b waits 1 000 s, 100 times: 200 jobs
        Histogram a = new Histogram(3);
        for (int s = 1; s <= 100; s++) {
            a.recordValue(Math.round(s * MICROS));
        }
        Histogram b = new Histogram(3);
        b.recordValueWithCount(Math.round(1_000 * MICROS), 100);

        AllJobsWait all = AllJobsWait.of(List.of(a, b));

        assertEquals(200, all.completed());
        // (5 050 + 100 000) / 200
        assertEquals(525.25, all.mean(), 525.25 * 1e-3);
        // the 100th of 200 is a's last, 100 s; the 190th and 198th are b's
        assertEquals(100, all.p50(), 100 * 1e-3);
        assertEquals(1_000, all.p95(), 1_000 * 1e-3);
        assertEquals(1_000, all.p99(), 1_000 * 1e-3);
        // class a alone would say 50, 95 and 99 s
        assertEquals(50, AllJobsWait.of(List.of(a)).p50(), 50 * 1e-3);
    }

    @Test
    void noCompletedJobWaitsZero() {
        AllJobsWait none = AllJobsWait.of(List.of(new Histogram(3), new Histogram(3)));
        assertEquals(0, none.completed());
        assertEquals(0, none.p99(), 0);
    }
}
