package org.depinlab.tokenomics.emission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class TableEmissionTest {

    @Test
    void emissionIsReadFromTheTableThenZero() {
        EmissionSchedule schedule = new TableEmission(List.of(5.0, 0.0, 2.5));

        assertEquals(5.0, schedule.emission(0, 0.0));
        assertEquals(0.0, schedule.emission(1, 5.0));
        assertEquals(2.5, schedule.emission(2, 5.0));
        assertEquals(0.0, schedule.emission(3, 7.5));
        assertEquals(0.0, schedule.emission(Integer.MAX_VALUE, 7.5));
    }

    @Test
    void emptyTableEmitsNothing() {
        assertEquals(0.0, new TableEmission(List.of()).emission(0, 0.0));
    }

    @Test
    void laterChangesToTheCallersListDoNotReachTheSchedule() {
        List<Double> table = new ArrayList<>(List.of(1.0, 2.0));
        TableEmission schedule = new TableEmission(table);

        table.set(0, 99.0);

        assertEquals(1.0, schedule.emission(0, 0.0));
    }

    @Test
    void negativeEntryIsRefusedByIndex() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TableEmission(List.of(1.0, 2.0, -3.0)));
        assertEquals("perEpoch at index 2 is -3.0: emissions must be finite and >= 0", e.getMessage());
    }

    @Test
    void nullEntryIsRefusedByIndex() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new TableEmission(Arrays.asList(1.0, null)));
        assertEquals("perEpoch at index 1 is null: emissions must be finite and >= 0", e.getMessage());
    }
}
