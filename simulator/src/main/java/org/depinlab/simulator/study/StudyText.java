package org.depinlab.simulator.study;

import java.math.BigDecimal;
import java.math.MathContext;

/** Numbers as a study's sentences print them. */
final class StudyText {

    private StudyText() {
    }

    /** Three significant digits, plain between 1e-3 and 1e9 (else {@code 9.92e-7}), "n/a" for NaN. */
    static String number(double value) {
        if (!Double.isFinite(value)) {
            return "n/a";
        }
        if (value == 0) {
            return "0";
        }
        BigDecimal rounded = new BigDecimal(value).round(new MathContext(3));
        double magnitude = Math.abs(value);
        return magnitude >= 1e-3 && magnitude < 1e9 ? rounded.stripTrailingZeros().toPlainString()
                : rounded.toString().replace("E", "e");
    }

    /** {@code 0.12 [0.09, 0.15]}: an estimate and its 95 % interval. */
    static String withInterval(Estimate e) {
        if (!Double.isFinite(e.low())) {
            return number(e.mean());
        }
        return number(e.mean()) + " [" + number(e.low()) + ", " + number(e.high()) + "]";
    }
}
