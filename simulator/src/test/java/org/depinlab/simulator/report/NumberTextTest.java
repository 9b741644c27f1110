package org.depinlab.simulator.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class NumberTextTest {

    @Test
    void fourSignificantDigitsBelowTenThousandAndUnitsAboveNeverAnExponent() {
        assertEquals("0.1235", NumberText.of(0.123456));
        assertEquals("1,235", NumberText.of(1234.56));
        assertEquals("185,000", NumberText.of(185_000.4));
        // past the largest long too (a short run's yearly inflation rate can be)
        assertEquals("100,000,000,000,000,000,000", NumberText.of(1e20));
        assertEquals("-2.5", NumberText.of(-2.5));
        assertEquals("0", NumberText.of(0.0));
        assertEquals("0.000015", NumberText.of(1.5e-5));
        assertEquals("-0.0000001235", NumberText.of(-1.23456e-7));
        assertEquals("1,234,000,000,000", NumberText.of(1.234e12));
        assertEquals("–", NumberText.of(Double.NaN));
        assertEquals("20,027,516", NumberText.of(20_027_516L));
    }
}
