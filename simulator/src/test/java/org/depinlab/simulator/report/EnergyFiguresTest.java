package org.depinlab.simulator.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.depinlab.simulator.model.EnergyGroup;
import org.junit.jupiter.api.Test;

/** The network's energy figures are the sums of its groups', and the answer names the extremes from them. */
class EnergyFiguresTest {

    private static final double KWH = 3.6e6;

    private final EnergyFigures figures = new EnergyFigures(List.of(
            new EnergyGroup("H100-SXM", "eu-north", 79, 8 * KWH, 1 * KWH, 1 * KWH, 4e15, 4),
            new EnergyGroup("RTX-4090", "asia-east", 582, 3 * KWH, 2 * KWH, 0, 1e15, 2),
            new EnergyGroup("RTX-3090", "latam", 98, 0, 5 * KWH, 0, 0, 0)));

    @Test
    void totalsAreTheSumsOfTheGroups() {
        assertEquals(20, figures.kwh(), 1e-12);
        assertEquals(figures.kwh(), figures.busyKwh() + figures.idleKwh() + figures.wastedKwh(), 1e-12);
        assertEquals(8.0 / 20, figures.idleShare(), 1e-12);
        assertEquals(1.0 / 20, figures.wastedShare(), 1e-12);
        double co2e = (10 * 79 + 5 * 582 + 5 * 98) / 1000.0;
        assertEquals(co2e, figures.co2eKg(), 1e-12);
        assertEquals(co2e / 5, figures.co2eKgPerPflop(), 1e-12);
        assertEquals(co2e / 6, figures.co2eKgPerCompletedJob(), 1e-12);
        assertEquals(4, figures.kwhPerPflop(), 1e-12);
    }

    @Test
    void answerNamesTheBestAndWorstDeliveringGroupAndTheShares() {
        String answer = figures.answer().orElseThrow();
        // H100 in eu-north: 10 kWh / 4 PFLOP = 2.5, 0.79 kg / 4 = 0.1975; RTX-4090 in asia-east: 5 kWh, 2.91 kg per PFLOP
        assertTrue(answer.startsWith("Energy per PFLOP delivered ranges from 2.5 kWh (H100-SXM in eu-north) to 5 kWh"
                + " (RTX-4090 in asia-east), carbon from 0.1975 kgCO2e (H100-SXM in eu-north) to 2.91 kgCO2e (RTX-4090 in"
                + " asia-east)"), answer);
        assertTrue(answer.endsWith("of 20 kWh drawn (facility), 5.0 % was wasted on interrupted runs and 40.0 % idled."),
                answer);
    }

    @Test
    void noAnswerWithoutDeliveredWork() {
        assertTrue(new EnergyFigures(List.of(new EnergyGroup("T4", "eu", 481, 0, KWH, 0, 0, 0))).answer().isEmpty());
    }
}
