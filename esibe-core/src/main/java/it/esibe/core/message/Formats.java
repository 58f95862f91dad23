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
        StringBuilder out = new StringBuilder(28);
        appendEur(out, language, amount, maxFraction);
        return out.toString();
    }

    /** Appends {@link #eur}. */
    static void appendEur(StringBuilder out, Locale language, BigDecimal amount, int maxFraction) {
        if (commaDecimal(language)) {
            appendDecimal(out, language, amount, 2, maxFraction);
            out.append(" EUR");
        } else {
            out.append("EUR ");
            appendDecimal(out, language, amount, 2, maxFraction);
        }
    }

    /** Appends {@link #decimal}; returns {@code out}. */
    static StringBuilder appendDecimal(StringBuilder out, Locale language, BigDecimal value, int minFraction,
            int maxFraction) {
        if (commaDecimal(language)) {
            append(out, value, minFraction, maxFraction, '.', ',');
        } else {
            append(out, value, minFraction, maxFraction, ',', '.');
        }
        return out;
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
        StringBuilder out = new StringBuilder(10);
        appendDate(out, language, date);
        return out.toString();
    }

    /** Appends {@link #date}: the day and month written digit by digit, without a string each. */
    static void appendDate(StringBuilder out, Locale language, LocalDate date) {
        String code = language.getLanguage();
        if ("it".equals(code) || "de".equals(code)) {
            char sep = "it".equals(code) ? '/' : '.';
            appendTwo(out, date.getDayOfMonth());
            out.append(sep);
            appendTwo(out, date.getMonthValue());
            out.append(sep).append(date.getYear());
        } else {
            out.append(date);
        }
    }

    private static void appendTwo(StringBuilder out, int n) {
        if (n < 10) {
            out.append('0');
        }
        out.append(n);
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
        StringBuilder out = new StringBuilder(24);
        append(out, value, minFraction, maxFraction, grouping, decimalSeparator);
        return out.toString();
    }

    /**
     * Appends {@code value} to {@code out} as {@link #format} writes it. Amounts of up to 18 digits
     * (every amount of an application) are written from their unscaled {@code long}, without the
     * intermediate strings of {@link BigDecimal#toPlainString()}; larger ones take that way.
     */
    static void append(StringBuilder out, BigDecimal value, int minFraction, int maxFraction, char grouping,
            char decimalSeparator) {
        BigDecimal rounded = value.setScale(maxFraction, RoundingMode.HALF_EVEN);
        if (rounded.signum() < 0) {
            out.append('-');
        }
        if (rounded.precision() > 18) {
            appendPlain(out, rounded.abs().toPlainString(), minFraction, grouping, decimalSeparator);
            return;
        }
        // At most 18 digits: the unscaled value fits in a long.
        long unscaled = Math.abs(rounded.scaleByPowerOfTen(maxFraction).longValueExact());
        // The digits, least significant first, with zeros up to one integer digit.
        char[] digits = new char[Math.max(19, maxFraction + 1)];
        int length = 0;
        do {
            digits[length++] = (char) ('0' + unscaled % 10);
            unscaled /= 10;
        } while (unscaled > 0);
        while (length <= maxFraction) {
            digits[length++] = '0';
        }
        int integer = length - maxFraction;
        int first = integer % 3 == 0 ? 3 : integer % 3;
        for (int i = 0; i < integer; i++) {
            if (i >= first && (i - first) % 3 == 0) {
                out.append(grouping);
            }
            out.append(digits[length - 1 - i]);
        }
        // digits[maxFraction - 1] is the first decimal, digits[0] the last.
        int keep = maxFraction;
        while (keep > minFraction && digits[maxFraction - keep] == '0') {
            keep--;
        }
        if (keep > 0) {
            out.append(decimalSeparator);
            for (int j = 0; j < keep; j++) {
                out.append(digits[maxFraction - 1 - j]);
            }
        }
    }

    /** Appends the plain digits of a non-negative number, grouped, its fraction trimmed to {@code minFraction}. */
    private static void appendPlain(StringBuilder out, String plain, int minFraction, char grouping,
            char decimalSeparator) {
        int dot = plain.indexOf('.');
        String integer = dot < 0 ? plain : plain.substring(0, dot);
        String fraction = dot < 0 ? "" : plain.substring(dot + 1);
        int keep = fraction.length();
        while (keep > minFraction && fraction.charAt(keep - 1) == '0') {
            keep--;
        }
        int first = integer.length() % 3 == 0 ? 3 : integer.length() % 3;
        out.append(integer, 0, first);
        for (int i = first; i < integer.length(); i += 3) {
            out.append(grouping).append(integer, i, i + 3);
        }
        if (keep > 0) {
            out.append(decimalSeparator).append(fraction, 0, keep);
        }
    }
}
