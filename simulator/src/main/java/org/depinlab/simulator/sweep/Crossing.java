package org.depinlab.simulator.sweep;

import java.util.function.DoublePredicate;

/**
 * Where a condition on a response stops holding along ordered levels: after the last level at which
 * it holds, interpolated linearly to where the response crosses 0 between that level and the next.
 * Shared by the cheating sweep's threshold, the Sybil break-even and a study's threshold answer.
 */
public sealed interface Crossing {

    /**
     * It holds at level {@code before} (and perhaps below), at no level above it; the response
     * crosses 0 at {@code x}, a share {@code t} of the way to the next level.
     */
    record At(int before, double t, double x) implements Crossing {
    }

    /** It holds at no level, the lowest included. */
    record Nowhere() implements Crossing {
    }

    /** It still holds at the highest level. */
    record Throughout() implements Crossing {
    }

    /**
     * @param x     the levels, ascending
     * @param y     the response at each level (finite)
     * @param holds the condition, e.g. {@code y > 0}; where it holds and where it does not, y must lie
     *              on either side of 0 for the interpolation to mean a crossing
     */
    static Crossing of(double[] x, double[] y, DoublePredicate holds) {
        int last = -1;
        for (int i = 0; i < y.length; i++) {
            if (holds.test(y[i])) {
                last = i;
            }
        }
        if (last < 0) {
            return new Nowhere();
        }
        if (last == y.length - 1) {
            return new Throughout();
        }
        double t = y[last] / (y[last] - y[last + 1]);
        return new At(last, t, x[last] + t * (x[last + 1] - x[last]));
    }
}
