package org.depinlab.simulator.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class QueueingFormulasTest {

    /** Erlang C by its textbook definition, summing a^k/k! directly (fine for small c). */
    private static double erlangCBySum(int c, double a) {
        double sum = 0;
        double term = 1;
        for (int k = 0; k < c; k++) {
            sum += term;
            term *= a / (k + 1);
        }
        double top = term * c / (c - a);
        return top / (sum + top);
    }

    @Test
    void erlangCForTwoServersAtOneErlangIsOneThird() {
        // C(2, 1) = (1/2! * 2/(2-1)) / (1 + 1 + 1) = 1/3
        assertEquals(1.0 / 3, QueueingFormulas.erlangC(2, 1.0), 1e-15);
    }

    @Test
    void erlangCForOneServerIsTheUtilization() {
        assertEquals(0.8, QueueingFormulas.erlangC(1, 0.8), 1e-15);
    }

    @Test
    void erlangCRecursionMatchesTheDirectSum() {
        for (int c : new int[] {3, 8, 10, 25, 60}) {
            for (double rho : new double[] {0.3, 0.8, 0.95}) {
                assertEquals(erlangCBySum(c, rho * c), QueueingFormulas.erlangC(c, rho * c), 1e-12,
                        "c=" + c + " rho=" + rho);
            }
        }
    }

    @Test
    void erlangCStaysFiniteForThousandsOfServers() {
        double c = QueueingFormulas.erlangC(5_000, 4_950);
        assertEquals(true, c > 0 && c < 1, "C(5000, 4950) = " + c);
    }

    @Test
    void mm2WithUnitRatesWaitsOneThirdOfASecond() {
        // Wq = C / (c*mu - lambda) = (1/3) / (2 - 1)
        assertEquals(1.0 / 3, QueueingFormulas.mmcMeanWait(1, 1, 2), 1e-15);
    }

    @Test
    void mm1WaitIsRhoOverMuMinusLambda() {
        assertEquals(0.8 / (1 - 0.8), QueueingFormulas.mmcMeanWait(0.8, 1, 1), 1e-12);
    }

    @Test
    void pollaczekKhinchineForMD1AtRho08IsTwo() {
        // lambda E[S^2] / (2(1-rho)) = 0.8 * 1 / 0.4
        assertEquals(2.0, QueueingFormulas.pollaczekKhinchineMeanWait(0.8, 1, 1), 1e-12);
    }

    @Test
    void pollaczekKhinchineWithExponentialServiceEqualsMM1() {
        assertEquals(QueueingFormulas.mmcMeanWait(0.6, 2, 1),
                QueueingFormulas.pollaczekKhinchineMeanWait(0.6, 0.5, 2 * 0.5 * 0.5), 1e-12);
    }

    @Test
    void unstableQueuesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> QueueingFormulas.erlangC(4, 4));
        assertThrows(IllegalArgumentException.class, () -> QueueingFormulas.pollaczekKhinchineMeanWait(1, 1, 1));
        assertThrows(IllegalArgumentException.class,
                () -> new QueueCase(2, 1, new ServiceTime.Deterministic(1)));
    }

    @Test
    void lognormalServiceHasTheRequestedMoments() {
        ServiceTime.LogNormal service = new ServiceTime.LogNormal(2, 1.5);
        var distribution = service.distribution(new org.apache.commons.math3.random.Well19937c(1));
        assertEquals(2.0, distribution.getNumericalMean(), 1e-12);
        assertEquals(1.5 * 4, distribution.getNumericalVariance(), 1e-9);
    }
}
