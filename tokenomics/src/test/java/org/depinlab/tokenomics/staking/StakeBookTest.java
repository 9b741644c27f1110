package org.depinlab.tokenomics.staking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StakeBookTest {

    private static final double TOLERANCE = 1e-12;

    @Test
    void unbondedStakeIsReleasedExactlyAfterTheDelay() {
        StakeBook book = new StakeBook(2, 7);
        book.bond(1, 100);

        book.requestUnbond(1, 40, 3);

        // releasable from 3 + 7 = 10 on
        assertEquals(60.0, book.bonded(1));
        assertEquals(40.0, book.unbonding(1));
        assertEquals(0.0, book.release(1, 3));
        assertEquals(0.0, book.release(1, 9));
        assertEquals(40.0, book.release(1, 10));
        assertEquals(0.0, book.unbonding(1));
        assertEquals(0.0, book.release(1, 11));
    }

    @Test
    void eachRequestIsReleasedOnItsOwnSchedule() {
        StakeBook book = new StakeBook(1, 5);
        book.bond(0, 100);

        book.requestUnbond(0, 10, 0);   // releasable at 5
        book.requestUnbond(0, 20, 2);   // releasable at 7
        book.requestUnbond(0, 30, 4);   // releasable at 9

        assertEquals(10.0, book.release(0, 6));
        // a late call releases everything due by then: 20 + 30
        assertEquals(50.0, book.release(0, 20));
        assertEquals(40.0, book.bonded(0));
    }

    @Test
    void zeroDelayReleasesInTheEpochOfTheRequest() {
        StakeBook book = new StakeBook(1, 0);
        book.bond(0, 8);
        book.requestUnbond(0, 8, 4);

        assertEquals(8.0, book.release(0, 4));
    }

    @Test
    void slashWithinTheBondedStakeLeavesUnbondingAlone() {
        StakeBook book = new StakeBook(1, 10);
        book.bond(0, 150);
        book.requestUnbond(0, 50, 0);

        double slashed = book.slash(0, 0.1);

        // 0.1 * (100 + 50) = 15, all from the bonded 100
        assertEquals(15.0, slashed, TOLERANCE);
        assertEquals(85.0, book.bonded(0), TOLERANCE);
        assertEquals(50.0, book.unbonding(0), TOLERANCE);
    }

    @Test
    void slashBeyondTheBondedStakeTakesTheRestFromEveryUnbondingRequestAlike() {
        StakeBook book = new StakeBook(1, 10);
        book.bond(0, 150);
        book.requestUnbond(0, 20, 0);   // releasable at 10
        book.requestUnbond(0, 30, 1);   // releasable at 11

        double slashed = book.slash(0, 0.8);

        // 0.8 * (100 + 50) = 120: 100 bonded, then 20 of the 50 unbonding -> each request keeps 3/5
        assertEquals(120.0, slashed, TOLERANCE);
        assertEquals(0.0, book.bonded(0));
        assertEquals(30.0, book.unbonding(0), TOLERANCE);
        assertEquals(12.0, book.release(0, 10), TOLERANCE);
        assertEquals(18.0, book.release(0, 11), TOLERANCE);
    }

    @Test
    void fullSlashLeavesExactlyNothing() {
        StakeBook book = new StakeBook(1, 3);
        book.bond(0, 0.3);
        book.bond(0, 0.1);
        book.requestUnbond(0, 0.1, 0);

        double slashed = book.slash(0, 1.0);

        assertEquals(0.4, slashed, TOLERANCE);
        assertEquals(0.0, book.bonded(0));
        assertEquals(0.0, book.unbonding(0));
        assertEquals(0.0, book.release(0, 100));
    }

    @Test
    void everySlashRemovesExactlyWhatItReports() {
        SplittableRandom random = new SplittableRandom(11);
        StakeBook book = new StakeBook(20, 4);
        for (int epoch = 0; epoch < 2000; epoch++) {
            int account = random.nextInt(20);
            book.bond(account, Math.exp(3 * random.nextGaussian()));
            book.requestUnbond(account, random.nextDouble() * book.bonded(account), epoch);
            double before = book.bonded(account) + book.unbonding(account);
            double fraction = random.nextDouble() * 0.3;

            double slashed = book.slash(account, fraction);

            double after = book.bonded(account) + book.unbonding(account);
            assertEquals(fraction * before, slashed, 1e-12 * before);
            assertEquals(before - slashed, after, 1e-12 * before);
            book.release(account, epoch);
        }
    }

    @Test
    void totalBondedAddsEveryAccountsBondedStakeButNotUnbonding() {
        StakeBook book = new StakeBook(3, 2);
        book.bond(0, 10);
        book.bond(1, 20);
        book.bond(2, 30);
        book.requestUnbond(2, 5, 0);

        // 10 + 20 + 25
        assertEquals(55.0, book.totalBonded());
    }

    @Test
    void unbondingMoreThanIsBondedIsRefusedAndChangesNothing() {
        StakeBook book = new StakeBook(3, 2);
        book.bond(2, 10);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> book.requestUnbond(2,
                11, 0));

        assertEquals("unbond account 2: bonded 10.0 is less than the amount 11.0", e.getMessage());
        assertEquals(10.0, book.bonded(2));
        assertEquals(0.0, book.unbonding(2));
    }

    @Test
    void negativeBondIsRefusedNamingTheAccount() {
        StakeBook book = new StakeBook(3, 2);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> book.bond(1, -2));
        assertEquals("bond account 1: amount must be finite and >= 0, was -2.0", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(doubles = {-0.1, 1.01, Double.NaN})
    void slashFractionOutsideZeroToOneIsRefused(double fraction) {
        StakeBook book = new StakeBook(1, 2);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> book.slash(0,
                fraction));
        assertEquals("slash account 0: fraction must be in [0, 1], was " + fraction, e.getMessage());
    }

    @Test
    void unknownAccountIsRefused() {
        StakeBook book = new StakeBook(2, 2);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> book.bonded(2));
        assertEquals("bonded of account 2: no such account, accounts are 0 to 1", e.getMessage());
    }

    @Test
    void negativeUnbondingDelayIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new StakeBook(2, -1));
        assertEquals("unbondingEpochs must be >= 0, was -1", e.getMessage());
    }
}
