package org.depinlab.gpubench.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.depinlab.gpubench.profile.ServiceTimeModel.Precision;
import org.junit.jupiter.api.Test;

class ServiceTimeModelTest {

    private static Figure f(double value, String unit) {
        return new Figure(value, unit, Label.SPEC, "test");
    }

    // launch 10 us, host link 20 GB/s, memory 1 TB/s, FP32 50 TFLOP/s, FP16 400 TFLOP/s
    private final ServiceFigures gpu = new ServiceFigures(f(10e-6, "s"), f(20e9, "B/s"), f(20e9, "B/s"),
            f(1e12, "B/s"), f(50e12, "FLOP/s"), f(400e12, "FLOP/s"), null);

    @Test
    void computeBoundWorkTakesFlopOverPeakTimesEfficiency() {
        // 10 us + 2 GB / 20 GB/s + max(1e15 / (50e12 * 0.5), 1e9 / 1e12) = 10e-6 + 0.1 + 40
        double seconds = new ServiceTimeModel(gpu).seconds(1e15, 2e9, 1e9, Precision.FP32, 0.5);
        assertEquals(10e-6 + 0.1 + 40, seconds, 1e-9);
    }

    @Test
    void memoryBoundWorkTakesBytesOverBandwidth() {
        // max(1e9 / 50e12, 5e12 / 1e12) = 5 s
        assertEquals(10e-6 + 5, new ServiceTimeModel(gpu).seconds(1e9, 0, 5e12, Precision.FP32, 1), 1e-9);
    }

    @Test
    void fp16UsesTheTensorPeakAndFallsBackToFp32WithoutOne() {
        assertEquals(10e-6 + 1, new ServiceTimeModel(gpu).seconds(400e12, 0, 0, Precision.FP16, 1), 1e-9);
        ServiceFigures noFp16 = new ServiceFigures(f(0, "s"), null, null, f(1e12, "B/s"), f(50e12, "FLOP/s"), null,
                null);
        assertEquals(8, new ServiceTimeModel(noFp16).seconds(400e12, 1e9, 0, Precision.FP16, 1), 1e-9,
                "no host link: the transfer term is dropped; no FP16: the FP32 peak applies");
    }

    @Test
    void efficiencyOutsideUnitIntervalIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new ServiceTimeModel(gpu).seconds(1, 0, 0, Precision.FP32, 1.5));
    }
}
