package it.esibe.rules.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Formats decimals as the message files' {@code DecimalFormat} patterns do ({@code #,##0.00},
 * {@code #,##0.###}, {@code #,##0.####} with explicit separators and half-even rounding), without a
 * {@code DecimalFormat}: those are not thread-safe, and copying one per amount cost more than the
 * rest of a decision.
 */
final class Decimals {

    private Decimals() {
    }

    /**
     * {@code value} rounded half-even to at most {@code maxFraction} decimals, with at least
     * {@code minFraction}, the integer part grouped by thousands.
     */
    static String format(BigDecimal value, int minFraction, int maxFraction, char grouping, char decimalSeparator) {
        BigDecimal rounded = value.setScale(maxFraction, RoundingMode.HALF_EVEN);
        String plain = rounded.abs().toPlainString();
        int dot = plain.indexOf('.');
        String integer = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : plain.substring(dot + 1);
        int keep = fraction.length();
        while (keep > minFraction && fraction.charAt(keep - 1) == '0') {
            keep--;
        }
        StringBuilder out = new StringBuilder(integer.length() + keep + 8);
        if (value.signum() < 0) {
            out.append('-');
        }
        int first = integer.length() % 3 == 0 ? 3 : integer.length() % 3;
        out.append(integer, 0, first);
        for (int i = first; i < integer.length(); i += 3) {
            out.append(grouping).append(integer, i, i + 3);
        }
        if (keep > 0) {
            out.append(decimalSeparator).append(fraction, 0, keep);
        }
        return out.toString();
    }
}
