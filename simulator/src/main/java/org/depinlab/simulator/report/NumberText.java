package org.depinlab.simulator.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;

/**
 * Numbers as a reader reads them: four significant digits, thousands separated, never in e-notation, the same in
 * every locale.
 */
public final class NumberText {

    private static final MathContext FOUR = new MathContext(4);

    private NumberText() {
    }

    /**
     * {@code value} to four significant digits, or to the unit from 10,000 up, with thousands
     * separators; "–" when it does not exist (NaN).
     */
    public static String of(double value) {
        if (!Double.isFinite(value)) {
            return Double.isNaN(value) ? "–" : value > 0 ? "∞" : "−∞";
        }
        if (value != 0 && Math.abs(value) < 1e-4) {
            return new BigDecimal(value).round(FOUR).stripTrailingZeros().toPlainString();
        }
        BigDecimal rounded = Math.abs(value) >= 1e4 ? new BigDecimal(value).setScale(0, RoundingMode.HALF_UP)
                : new BigDecimal(value).round(FOUR);
        DecimalFormat format = new DecimalFormat("#,##0.##########", DecimalFormatSymbols.getInstance(Locale.ROOT));
        return format.format(rounded);
    }

    /** A whole number with thousands separators. */
    public static String of(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
