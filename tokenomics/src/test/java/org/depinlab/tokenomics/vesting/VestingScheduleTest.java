package org.depinlab.tokenomics.vesting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class VestingScheduleTest {

    private static final double TOLERANCE = 1e-12;

    @Test
    void nothingVestsDuringTheCliffThenAnEqualPartEachEpoch() {
        VestingSchedule schedule = new VestingSchedule(List.of(new Grant("team", 1200, 3, 4)));

        // end of epoch e: 1200 * clamp((e + 1 - 3) / 4, 0, 1)
        double[] expected = {0, 0, 0, 300, 600, 900, 1200, 1200};
        for (int epoch = 0; epoch < expected.length; epoch++) {
            assertEquals(expected[epoch], schedule.vestedBy("team", epoch), TOLERANCE, "epoch " + epoch);
        }
        assertEquals(0.0, schedule.releasedIn("team", 2));
        assertEquals(300.0, schedule.releasedIn("team", 3), TOLERANCE);
        assertEquals(300.0, schedule.releasedIn("team", 6), TOLERANCE);
        assertEquals(0.0, schedule.releasedIn("team", 7));
    }

    @Test
    void noVestingPeriodReleasesEverythingAtTheEndOfTheCliff() {
        VestingSchedule schedule = new VestingSchedule(List.of(new Grant("seed", 500, 12, 0)));

        // e + 1 >= 12 first at epoch 11
        assertEquals(0.0, schedule.vestedBy("seed", 10));
        assertEquals(500.0, schedule.vestedBy("seed", 11));
        assertEquals(500.0, schedule.releasedIn("seed", 11));
    }

    @Test
    void grantWithoutCliffOrVestingIsReleasedInEpochZeroNotBefore() {
        VestingSchedule schedule = new VestingSchedule(List.of(new Grant("airdrop", 70, 0, 0)));

        assertEquals(0.0, schedule.vestedBy("airdrop", -1));
        assertEquals(70.0, schedule.releasedIn("airdrop", 0));
    }

    @Test
    void releasesOverAllEpochsAddUpToTheGrant() {
        VestingSchedule schedule = new VestingSchedule(List.of(new Grant("investors", 1_000_000, 6, 36)));

        double released = 0;
        for (int epoch = 0; epoch < 100; epoch++) {
            released += schedule.releasedIn("investors", epoch);
        }

        assertEquals(1_000_000.0, released, 1e-6);
        // fully vested reads the grant exactly: (6 + 36 - 1) is the last vesting epoch
        assertEquals(1_000_000.0, schedule.vestedBy("investors", 41));
    }

    @Test
    void grantsOfOneHolderAddUp() {
        VestingSchedule schedule = new VestingSchedule(List.of(
                new Grant("a", 100, 0, 10),
                new Grant("b", 50, 0, 0),
                new Grant("a", 40, 2, 2)));

        // a at the end of epoch 2: 100 * 3/10 + 40 * 1/2 = 30 + 20
        assertEquals(50.0, schedule.vestedBy("a", 2), TOLERANCE);
        assertEquals(List.of("a", "b"), schedule.holders());
        assertEquals(190.0, schedule.total());
    }

    @Test
    void extremeEpochsNeitherOverflowNorGoNegative() {
        VestingSchedule schedule = new VestingSchedule(List.of(new Grant("a", 10, 1, 5)));

        assertEquals(10.0, schedule.vestedBy("a", Integer.MAX_VALUE));
        assertEquals(0.0, schedule.vestedBy("a", Integer.MIN_VALUE));
        assertEquals(0.0, schedule.releasedIn("a", Integer.MIN_VALUE));
        assertEquals(0.0, schedule.releasedIn("a", Integer.MAX_VALUE));
    }

    @Test
    void unknownHolderIsRefused() {
        VestingSchedule schedule = new VestingSchedule(List.of(new Grant("team", 1, 0, 1)));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> schedule.vestedBy("teem", 0));
        assertEquals("no grant for holder teem; holders are [team]", e.getMessage());
    }

    @Test
    void negativeCliffIsRefusedNamingTheHolder() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Grant("team", 1, -1, 1));
        assertEquals("grant to team: cliffEpochs must be >= 0, was -1", e.getMessage());
    }

    @Test
    void negativeTokensAreRefusedNamingTheHolder() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Grant("team", -5, 0, 1));
        assertEquals("grant to team: tokens must be finite and >= 0, was -5.0", e.getMessage());
    }
}
