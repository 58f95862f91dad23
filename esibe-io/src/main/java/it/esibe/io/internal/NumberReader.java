package it.esibe.io.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import it.esibe.io.ReadLimits;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The one reader of numbers, for JSON and CSV alike, with one set of limits
 * ({@link ReadLimits#maxNumberLength()}, {@link ReadLimits#maxIntegerDigits()},
 * {@link ReadLimits#maxDecimalScale()}) and one set of messages.
 *
 * <p>A literal is judged from its text before it is converted: its length, then its magnitude and
 * its scale, computed from the digits and the exponent as written (an exponent of any size, such as
 * {@code 6E+9999999999}, is only compared, never converted). Only a number within every limit is
 * built as a {@code BigDecimal}, from at most {@code maxIntegerDigits + maxDecimalScale} digits, so
 * that no literal costs more than a scan of its text. A zero is zero whatever its exponent
 * ({@code 0E1000000000} reads as {@code 0}).
 *
 * <p>Which limit a number breaks is said precisely: "too large" only for the magnitude, "too many
 * decimals" for the scale ({@code 1e-400}), "written with N characters" for the length.
 *
 * <p>Thread-safety: immutable.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class NumberReader {

    /** log10(2), to bound a number's digits from its bit length without computing them. */
    private static final double LOG10_2 = 0.30102999566398119521;

    private static final long EXPONENT_CAP = 1_000_000_000_000_000L;

    private final ReadLimits limits;

    /** A reader enforcing {@code limits}. */
    public NumberReader(ReadLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
    }

    /**
     * A number read from its literal: its tree node, or the limit it breaks (with the message's
     * arguments), or neither when the text is no JSON number at all.
     */
    public record Literal(@Nullable JsonNode node, @Nullable ReadProblem problem, Object[] args) {

        static Literal of(JsonNode node) {
            return new Literal(node, null, new Object[0]);
        }

        static Literal broken(ReadProblem problem, Object... args) {
            return new Literal(null, problem, args);
        }

        /** Whether the text is no number at all (only a CSV cell can be that). */
        public boolean notANumber() {
            return node == null && problem == null;
        }
    }

    private static final Literal NOT_A_NUMBER = new Literal(null, null, new Object[0]);

    /**
     * Reads {@code text}, which should follow JSON's number grammar
     * ({@code -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?}, ASCII digits only): an integer node
     * for a literal without point or exponent, a decimal node otherwise, keeping the scale as
     * written.
     */
    public Literal literal(CharSequence text) {
        int n = text.length();
        int i = 0;
        boolean negative = i < n && text.charAt(i) == '-';
        if (negative) {
            i++;
        }
        int intStart = i;
        while (i < n && isDigit(text.charAt(i))) {
            i++;
        }
        int intEnd = i;
        if (intEnd == intStart || (text.charAt(intStart) == '0' && intEnd - intStart > 1)) {
            return NOT_A_NUMBER;
        }
        int fracStart = i;
        int fracEnd = i;
        if (i < n && text.charAt(i) == '.') {
            fracStart = ++i;
            while (i < n && isDigit(text.charAt(i))) {
                i++;
            }
            fracEnd = i;
            if (fracEnd == fracStart) {
                return NOT_A_NUMBER;
            }
        }
        boolean hasExponent = false;
        boolean negativeExponent = false;
        int expStart = i;
        if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            hasExponent = true;
            i++;
            if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                negativeExponent = text.charAt(i) == '-';
                i++;
            }
            expStart = i;
            while (i < n && isDigit(text.charAt(i))) {
                i++;
            }
            if (i == expStart) {
                return NOT_A_NUMBER;
            }
        }
        if (i != n) {
            return NOT_A_NUMBER;
        }
        if (n > limits.maxNumberLength()) {
            return Literal.broken(ReadProblem.NUMBER_TOO_LONG, n, limits.maxNumberLength());
        }
        boolean integer = fracEnd == fracStart && !hasExponent;
        int fracLength = fracEnd - fracStart;
        long exponent = hasExponent ? saturatedExponent(text, expStart, n, negativeExponent) : 0;
        // The digits of the significand, integer part then fraction, without the point.
        int first = firstNonZero(text, intStart, intEnd, fracStart, fracEnd);
        long scale = fracLength - exponent;
        if (first < 0) {
            return Literal.of(zero(integer, scale));
        }
        long precision = (intEnd - intStart) + fracLength - first;
        if (precision - scale > limits.maxIntegerDigits()) {
            return Literal.broken(ReadProblem.NUMBER_TOO_LARGE, limits.maxIntegerDigits());
        }
        if (scale > limits.maxDecimalScale()) {
            return Literal.broken(ReadProblem.NUMBER_TOO_MANY_DECIMALS, limits.maxDecimalScale());
        }
        // Within the limits: at most maxIntegerDigits + maxDecimalScale significant digits.
        StringBuilder digits = new StringBuilder((int) precision + 1);
        if (negative) {
            digits.append('-');
        }
        int intDigits = intEnd - intStart;
        for (int d = first; d < intDigits + fracLength; d++) {
            digits.append(d < intDigits ? text.charAt(intStart + d) : text.charAt(fracStart + d - intDigits));
        }
        BigInteger unscaled = new BigInteger(digits.toString());
        if (integer) {
            return Literal.of(unscaled.bitLength() < Long.SIZE ? Json.NODES.numberNode(unscaled.longValue())
                    : Json.NODES.numberNode(unscaled));
        }
        return Literal.of(DecimalNode.valueOf(new BigDecimal(unscaled, (int) scale)));
    }

    /**
     * Checks a number of a tree built elsewhere (an embedder's {@code JsonNode}) against the same
     * limits, cheaply even for a huge value: its bit length bounds its digits before any is counted.
     *
     * @return {@code null} when within the limits, else the limit broken (its problem and argument)
     */
    public @Nullable Literal check(BigDecimal value) {
        if (value.signum() == 0) {
            return null;
        }
        long scale = value.scale();
        BigInteger unscaled = value.unscaledValue();
        // A lower bound of the digits: |u| >= 2^(bitLength - 1); the epsilon keeps rounding on the safe side.
        long atLeastDigits = (long) ((unscaled.bitLength() - 1) * LOG10_2 - 1e-6) + 1;
        if (atLeastDigits - scale > limits.maxIntegerDigits()) {
            return Literal.broken(ReadProblem.NUMBER_TOO_LARGE, limits.maxIntegerDigits());
        }
        if (scale > limits.maxDecimalScale()) {
            return Literal.broken(ReadProblem.NUMBER_TOO_MANY_DECIMALS, limits.maxDecimalScale());
        }
        // Now the unscaled value has at most about maxIntegerDigits + maxDecimalScale digits: cheap to count.
        if (value.precision() - scale > limits.maxIntegerDigits()) {
            return Literal.broken(ReadProblem.NUMBER_TOO_LARGE, limits.maxIntegerDigits());
        }
        return null;
    }

    /**
     * {@code value} as the readers hold it: a zero whose scale is negative or beyond the limit is
     * plain {@code 0}, any other value unchanged.
     */
    public BigDecimal normalised(BigDecimal value) {
        if (value.signum() == 0 && (value.scale() < 0 || value.scale() > limits.maxDecimalScale())) {
            return BigDecimal.ZERO;
        }
        return value;
    }

    private JsonNode zero(boolean integer, long scale) {
        if (integer) {
            return Json.NODES.numberNode(0);
        }
        // 0.00 keeps its scale as any amount does; 0E+5 or 0E-1000000000 is simply 0.
        int kept = scale >= 0 && scale <= limits.maxDecimalScale() ? (int) scale : 0;
        return DecimalNode.valueOf(BigDecimal.valueOf(0, kept));
    }

    /** The index, in the significand's digits (integer part then fraction), of the first non-zero one, or -1. */
    private static int firstNonZero(CharSequence text, int intStart, int intEnd, int fracStart, int fracEnd) {
        for (int k = intStart; k < intEnd; k++) {
            if (text.charAt(k) != '0') {
                return k - intStart;
            }
        }
        for (int k = fracStart; k < fracEnd; k++) {
            if (text.charAt(k) != '0') {
                return intEnd - intStart + k - fracStart;
            }
        }
        return -1;
    }

    /**
     * The exponent's value, saturated at ±10<sup>15</sup>: any exponent beyond 10<sup>14</sup> breaks
     * the digit limits whatever the rest of the literal (which has at most
     * {@link ReadLimits#MAX_TEXT_LIMIT} characters), so its exact value never matters and never overflows.
     */
    private static long saturatedExponent(CharSequence text, int start, int end, boolean negative) {
        long value = 0;
        for (int k = start; k < end; k++) {
            if (value >= EXPONENT_CAP / 10) {
                return negative ? -EXPONENT_CAP : EXPONENT_CAP;
            }
            value = value * 10 + (text.charAt(k) - '0');
        }
        return negative ? -value : value;
    }

    /** An ASCII digit: other Unicode digits (Arabic-Indic, full-width) are not digits of the format. */
    private static boolean isDigit(char ch) {
        return ch >= '0' && ch <= '9';
    }
}
