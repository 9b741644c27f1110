package org.depinlab.simulator.adversary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class RefereeVerdictTest {

    @Test
    void anHonestRefereeFlagsTheCheatingPartiesAndAnHonestResultThatFailedByAFalsePositive() {
        assertEquals(new RefereeVerdict(true, false), RefereeVerdict.of(true, false, false, false));
        assertEquals(new RefereeVerdict(false, true), RefereeVerdict.of(false, false, true, false));
        assertEquals(new RefereeVerdict(true, true), RefereeVerdict.of(true, false, true, false));
        assertEquals(new RefereeVerdict(true, false), RefereeVerdict.of(false, true, false, false));
        assertEquals(new RefereeVerdict(true, true), RefereeVerdict.of(false, true, true, false));
    }

    @Test
    void aCheatingRefereeSidesWithTheCheatingPartiesAndFlagsTheHonestOnes() {
        assertEquals(new RefereeVerdict(false, true), RefereeVerdict.of(true, false, false, true));
        assertEquals(new RefereeVerdict(true, false), RefereeVerdict.of(false, false, true, true));
        assertEquals(new RefereeVerdict(false, false), RefereeVerdict.of(true, false, true, true));
        assertEquals(new RefereeVerdict(true, true), RefereeVerdict.of(false, true, false, true));
    }
}
