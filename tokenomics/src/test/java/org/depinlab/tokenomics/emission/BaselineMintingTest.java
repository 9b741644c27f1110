package org.depinlab.tokenomics.emission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BaselineMintingTest {

    /** 300 simple, 700 baseline tokens; a 50-epoch half-life; a baseline of 100 growing 2 % an epoch. */
    private static final BaselineMinting MINTING = new BaselineMinting(300, 700, Math.log(2) / 50, 100, 0.02);

    /** Mints {@code epochs} epochs at a capacity of {@code factor} times the baseline at each epoch's start. */
    private static double[] run(BaselineMinting minting, int epochs, double factor) {
        double capped = 0;
        double minted = 0;
        for (int e = 0; e < epochs; e++) {
            double after = capped + minting.cappedCapacity(e, factor * minting.baseline(e));
            minted += minting.emission(e, capped, after);
            capped = after;
        }
        return new double[] {minted, capped};
    }

    @Test
    void aNetworkAboveTheBaselineMintsTheTimeSchedule() {
        // capacity 3x the baseline: R(t) = ∫_0^t b, so θ = t and the total is (M_s + M_b)(1 - e^{-λ t})
        double[] result = run(MINTING, 120, 3);

        assertEquals(120, MINTING.effectiveTime(result[1]), 1e-9);
        assertEquals(1000 * (1 - Math.pow(0.5, 120 / 50.0)), result[0], 1e-9);
    }

    @Test
    void theTimeScheduleIsThePlainInterfacesAnswer() {
        double total = 0;
        for (int e = 0; e < 120; e++) {
            total += MINTING.emission(e, total);
        }

        assertEquals(run(MINTING, 120, 3)[0], total, 1e-9);
    }

    @Test
    void aNetworkAtHalfTheBaselineMintsTheClosedForm() {
        // capacity half the baseline throughout: R(t) = ∫_0^t b/2 = (b0 / 2g)(e^{gt} - 1), so θ = ln(1 + (e^{gt} - 1)/2) / g
        BaselineMinting minting = new BaselineMinting(300, 700, Math.log(2) / 50, 100, 0.02);
        int t = 80;
        double capped = 0;
        double minted = 0;
        for (int e = 0; e < t; e++) {
            // the mean of b/2 over the epoch, so the epoch's capped capacity is exactly ∫ b/2
            double mean = (minting.baselineIntegral(e + 1.0) - minting.baselineIntegral(e)) / 2;
            double after = capped + minting.cappedCapacity(e, mean);
            minted += minting.emission(e, capped, after);
            capped = after;
        }
        double theta = Math.log1p(Math.expm1(0.02 * t) / 2) / 0.02;
        double lambda = Math.log(2) / 50;

        assertEquals(theta, minting.effectiveTime(capped), 1e-9);
        assertEquals(300 * -Math.expm1(-lambda * t) + 700 * -Math.expm1(-lambda * theta), minted, 1e-9);
        assertTrue(minted < 1000 * -Math.expm1(-lambda * t), "below the time schedule");
    }

    @Test
    void noCapacityMintsOnlyTheSimplePart() {
        double[] result = run(MINTING, 100, 0);

        assertEquals(0, result[1]);
        assertEquals(300 * (1 - Math.pow(0.5, 100 / 50.0)), result[0], 1e-9);
    }

    @Test
    void theTotalNeverExceedsBothParts() {
        double[] result = run(MINTING, 5000, 1e6);

        assertTrue(result[0] <= 1000, "minted " + result[0]);
        assertEquals(1000, result[0], 1e-6);
    }

    @Test
    void anEpochCrossingTheBaselineCountsTheBaselineBelowTheCrossingAndTheCapacityAbove() {
        // b(t) = 100 e^{0.02 t}; capacity 101 crosses at t* = ln(1.01)/0.02 ≈ 0.4975 in epoch 0
        double crossing = Math.log(1.01) / 0.02;
        double expected = 100 * Math.expm1(0.02 * crossing) / 0.02 + 101 * (1 - crossing);

        assertEquals(expected, MINTING.cappedCapacity(0, 101), 1e-12);
    }

    @Test
    void aFlatBaselineCapsCapacityAtIt() {
        BaselineMinting flat = new BaselineMinting(0, 100, 0.1, 10, 0);

        assertEquals(10, flat.cappedCapacity(7, 25));
        assertEquals(4, flat.cappedCapacity(7, 4));
        assertEquals(2.5, flat.effectiveTime(25));
    }

    @Test
    void refusesABaselineOfZeroAndCappedCapacityGoingBack() {
        assertThrows(IllegalArgumentException.class, () -> new BaselineMinting(1, 1, 0.1, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new BaselineMinting(1, 1, 0, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> MINTING.emission(3, 10, 5));
    }
}
