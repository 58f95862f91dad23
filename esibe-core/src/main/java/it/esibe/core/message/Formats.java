package it.esibe.core.message;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/**
 * How each language writes numbers and dates in ESIBE's messages. Separators are fixed here rather
 * than taken from the JDK's locale data, which differ between JDK versions: a decision must not.
 *
 * <p>Italian and German write {@code 2.000.000,00 EUR} and day-first dates ({@code 15/03/2025},
 * {@code 15.03.2025}); every other language is written the English way ({@code EUR 2,000,000.00},
 * ISO dates). Whole numbers below 10 000 are written without a thousands separator, as Italian
 * style guides ask (a year is {@code 2024}, never {@code 2.024}).
 */
final class Formats {

    /** Languages whose numbers are written {@code 2.000.000,00}, with the currency after the amount. */
    private static final Set<String> COMMA_DECIMAL = Set.of("it", "de");

    private Formats() {
    }

    static boolean commaDecimal(Locale language) {
        return COMMA_DECIMAL.contains(language.getLanguage());
    }

    /** An amount in EUR with at least 2 decimals and up to {@code maxFraction}. */
    static String eur(Locale language, BigDecimal amount, int maxFraction) {
        String n = decimal(language, amount, 2, maxFraction);
        return commaDecimal(language) ? n + " EUR" : "EUR " + n;
    }

    /**
     * {@code value} rounded half-even to at most {@code maxFraction} decimals, keeping at least
     * {@code minFraction}, its integer part grouped by thousands in the language's way.
     */
    static String decimal(Locale language, BigDecimal value, int minFraction, int maxFraction) {
        return commaDecimal(language) ? format(value, minFraction, maxFraction, '.', ',')
                : format(value, minFraction, maxFraction, ',', '.');
    }

    /** A whole number, grouped by thousands only from 10 000 on. */
    static String count(Locale language, long value) {
        if (Math.abs(value) < 10_000) {
            return Long.toString(value);
        }
        return decimal(language, BigDecimal.valueOf(value), 0, 0);
    }

    static String date(Locale language, LocalDate date) {
        String code = language.getLanguage();
        if ("it".equals(code) || "de".equals(code)) {
            char sep = "it".equals(code) ? '/' : '.';
            return two(date.getDayOfMonth()) + sep + two(date.getMonthValue()) + sep + date.getYear();
        }
        return date.toString();
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    /**
     * The fewest decimals, at least {@code maxFraction}, at which {@code value} and
     * {@code threshold}, both rounded half-even, still compare as they do exactly: so that a
     * figure is never printed on the other side of the threshold it was judged against
     * ({@code 1.000.000,01 EUR su 2.000.000,00 EUR} is 50,0000005%, not 50,00%). The exact value
     * is the last resort: at its own scale a figure is printed as it is.
     */
    static int decimalsToShowSide(BigDecimal value, BigDecimal threshold, int maxFraction) {
        int exact = Math.max(value.stripTrailingZeros().scale(), threshold.stripTrailingZeros().scale());
        int cmp = Integer.signum(value.compareTo(threshold));
        int d = maxFraction;
        while (d < exact) {
            int rounded = Integer.signum(value.setScale(d, RoundingMode.HALF_EVEN)
                    .compareTo(threshold.setScale(d, RoundingMode.HALF_EVEN)));
            if (rounded == cmp) {
                return d;
            }
            d++;
        }
        return Math.max(d, maxFraction);
    }

    /**
     * {@code value} as the pattern {@code #,##0.} followed by {@code minFraction} zeros and up to
     * {@code maxFraction} optional digits formats it, half-even, with the given separators; written
     * out by hand because {@code DecimalFormat} is neither thread-safe nor cheap to copy.
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
        if (rounded.signum() < 0) {
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
