package org.depinlab.simulator.study;

import java.math.BigDecimal;
import java.math.MathContext;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

/** Numbers as a study's sentences print them. */
final class StudyText {

    private static final MathContext THREE = new MathContext(3);

    private StudyText() {
    }

    /**
     * Three significant digits (to the unit from 1,000 up), thousands separated, never in e-notation,
     * a true minus sign; "n/a" for NaN.
     */
    static String number(double value) {
        if (!Double.isFinite(value)) {
            return "n/a";
        }
        if (value == 0) {
            return "0";
        }
        BigDecimal rounded = Math.abs(value) >= 1_000 ? BigDecimal.valueOf(Math.round(value))
                : new BigDecimal(value).round(THREE);
        DecimalFormat format = new DecimalFormat("#,##0", DecimalFormatSymbols.getInstance(Locale.ROOT));
        format.setMaximumFractionDigits(Math.max(0, rounded.stripTrailingZeros().scale()));
        return format.format(rounded).replace('-', '−');
    }

    /** A share as a percentage, three significant digits: {@code 1.35 %} for 0.0135. */
    static String percent(double share) {
        return Double.isFinite(share) ? number(share * 100) + " %" : number(share);
    }

    /** An estimate of {@code output} with its interval, as a percentage when the output is a share. */
    static String value(String output, Estimate e) {
        if (!OutputLabel.isShare(output)) {
            return withInterval(e);
        }
        return Double.isFinite(e.low()) ? percent(e.mean()) + " [" + percent(e.low()) + ", " + percent(e.high()) + "]"
                : percent(e.mean());
    }

    /** {@code 0.12 [0.09, 0.15]}: an estimate and its 95 % interval. */
    static String withInterval(Estimate e) {
        if (!Double.isFinite(e.low())) {
            return number(e.mean());
        }
        return number(e.mean()) + " [" + number(e.low()) + ", " + number(e.high()) + "]";
    }

    /** The size of a change and its interval, sign dropped: {@code 0.267 [0.234, 0.3]} for −0.267 [−0.3, −0.234]. */
    static String size(Estimate e) {
        return e.mean() < 0 ? withInterval(new Estimate(e.label(), -e.mean(), -e.high(), -e.low())) : withInterval(e);
    }

    /** "raises" or "lowers" by the sign of {@code e}'s mean. */
    static String verb(Estimate e) {
        return e.mean() < 0 ? "lowers" : "raises";
    }

    /** {@code a}, {@code a and b}, {@code a, b and c}. */
    static String list(List<String> items) {
        return list(items, "and");
    }

    /** {@code a}, {@code a or b}, {@code a, b or c} with {@code last} "or". */
    static String list(List<String> items, String last) {
        if (items.size() <= 1) {
            return String.join("", items);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " " + last + " " + items.get(items.size() - 1);
    }
}
