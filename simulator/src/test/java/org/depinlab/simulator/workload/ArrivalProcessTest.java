package org.depinlab.simulator.workload;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.depinlab.simulator.engine.RandomStreams;
import org.junit.jupiter.api.Test;

/** Long-run arrival rates against each process's mean rate (fixed seeds, tolerances of ~5 standard errors). */
class ArrivalProcessTest {

    private static double observedRate(ArrivalProcess process, double horizon) {
        ArrivalTimes times = process.times(new RandomStreams(9).stream("arrivals"));
        long count = 0;
        double t = times.next(0);
        while (t <= horizon) {
            count++;
            t = times.next(t);
        }
        return count / horizon;
    }

    @Test
    void poissonRateIsItsParameter() {
        // 200 000 expected arrivals: standard error 0.22 %
        assertEquals(2.0, observedRate(new ArrivalProcess.Poisson(2), 100_000), 2.0 * 0.011);
    }

    @Test
    void diurnalThinningKeepsTheMeanRateOverWholeDays() {
        ArrivalProcess.Diurnal diurnal = new ArrivalProcess.Diurnal(1, 0.8, 14);
        assertEquals(1.8, diurnal.rateAt(14 * 3600), 1e-12, "peak at the peak hour");
        assertEquals(0.2, diurnal.rateAt(2 * 3600), 1e-12, "trough twelve hours later");
        assertEquals(1.0, observedRate(diurnal, 20 * 86_400), 0.011);
    }

    @Test
    void diurnalArrivalsFollowTheDailyCurve() {
        ArrivalProcess.Diurnal diurnal = new ArrivalProcess.Diurnal(1, 0.8, 14);
        ArrivalTimes times = diurnal.times(new RandomStreams(3).stream("arrivals"));
        long peak = 0;
        long trough = 0;
        for (double t = times.next(0); t < 30 * 86_400; t = times.next(t)) {
            double hour = (t / 3600) % 24;
            if (hour >= 13 && hour < 15) {
                peak++;
            } else if (hour >= 1 && hour < 3) {
                trough++;
            }
        }
        // expected ratio of the two-hour windows: (1 + 0.8 * sinc-ish average) / (1 - ...), about 8.7
        double ratio = (double) peak / trough;
        assertEquals(true, ratio > 6 && ratio < 12, "peak/trough = " + ratio);
    }

    @Test
    void mmppMeanRateIsTheTimeWeightedRate() {
        ArrivalProcess.Mmpp bursty = new ArrivalProcess.Mmpp(List.of(0.5, 10.0), List.of(900.0, 100.0));
        // (0.5 * 900 + 10 * 100) / 1000 = 1.45
        assertEquals(1.45, bursty.meanRatePerSecond(), 1e-12);
        assertEquals(1.45, observedRate(bursty, 3_000_000), 1.45 * 0.03);
    }
}
