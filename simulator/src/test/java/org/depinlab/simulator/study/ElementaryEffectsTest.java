package org.depinlab.simulator.study;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.depinlab.simulator.engine.RandomStreams;
import org.junit.jupiter.api.Test;

class ElementaryEffectsTest {

    @Test
    void morrisRanksFactorsByHowMuchTheyMatter() {
        // linear in x1..x3 with falling weights, x4 inert, x5 only through a product with x1
        MorrisDesign design = MorrisDesign.of(5, 20, 4, new RandomStreams(3).stream("morris"));
        double[] f = new double[design.points().length];
        for (int i = 0; i < f.length; i++) {
            double[] x = design.points()[i];
            f[i] = 10 * x[0] + 5 * x[1] + 1 * x[2] + 2 * x[0] * x[4];
        }
        List<ElementaryEffects.Screening> s = ElementaryEffects.of(List.of("x1", "x2", "x3", "x4", "x5"), design, f)
                .factors();
        assertTrue(s.get(0).muStar() > s.get(1).muStar() && s.get(1).muStar() > s.get(4).muStar()
                && s.get(4).muStar() > s.get(3).muStar(), "x1 > x2 > x5 > x4: " + s);
        assertEquals(5, s.get(1).muStar(), 1e-9, "a linear factor's effect is its slope");
        assertEquals(0, s.get(1).sigma(), 1e-9, "a linear factor's effects do not vary");
        assertEquals(0, s.get(3).muStar(), 1e-12);
        assertTrue(s.get(4).sigma() > 0, "an interacting factor's effects vary");
    }

    @Test
    void everyTrajectoryStaysOnTheGridInsideTheUnitCube() {
        MorrisDesign design = MorrisDesign.of(3, 10, 4, new RandomStreams(1).stream("morris"));
        for (double[] x : design.points()) {
            for (double v : x) {
                assertTrue(v >= 0 && v <= 1 + 1e-12, "inside [0, 1]: " + v);
                assertEquals(Math.rint(v * 3), v * 3, 1e-9, "on the grid of 4 levels: " + v);
            }
        }
    }
}
