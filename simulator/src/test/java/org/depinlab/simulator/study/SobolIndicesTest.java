package org.depinlab.simulator.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.depinlab.simulator.engine.RandomStreams;
import org.junit.jupiter.api.Test;

class SobolIndicesTest {

    private static final double A = 7;
    private static final double B = 0.1;

    private static double ishigami(double[] u) {
        double x1 = -Math.PI + 2 * Math.PI * u[0];
        double x2 = -Math.PI + 2 * Math.PI * u[1];
        double x3 = -Math.PI + 2 * Math.PI * u[2];
        return Math.sin(x1) + A * Math.sin(x2) * Math.sin(x2) + B * Math.pow(x3, 4) * Math.sin(x1);
    }

    @Test
    void ishigamiIndicesMatchTheirAnalyticValues() {
        int n = 4096;
        double[][] points = SaltelliSample.points(n, 3);
        double[] f = new double[points.length];
        for (int i = 0; i < points.length; i++) {
            f[i] = ishigami(points[i]);
        }
        SobolIndices indices = SobolIndices.of(List.of("x1", "x2", "x3"), f, 200,
                new RandomStreams(1).stream("study-bootstrap"));
        double[] first = {0.3139, 0.4424, 0};
        double[] total = {0.5576, 0.4424, 0.2437};
        for (int i = 0; i < 3; i++) {
            assertEquals(first[i], indices.firstOrder().get(i).mean(), 0.03, "S" + (i + 1));
            assertEquals(total[i], indices.total().get(i).mean(), 0.03, "ST" + (i + 1));
            Estimate s = indices.firstOrder().get(i);
            assertTrue(s.low() <= s.mean() && s.mean() <= s.high(), "the interval holds the estimate: " + s);
        }
    }

    @Test
    void saltelliRowsCopyOneColumnOfBIntoA() {
        double[][] points = SaltelliSample.points(8, 2);
        assertEquals(8 * 4, points.length);
        for (int j = 0; j < 8; j++) {
            assertEquals(points[8 + j][0], points[16 + j][0]);
            assertEquals(points[j][1], points[16 + j][1]);
            assertEquals(points[j][0], points[24 + j][0]);
            assertEquals(points[8 + j][1], points[24 + j][1]);
        }
    }
}
