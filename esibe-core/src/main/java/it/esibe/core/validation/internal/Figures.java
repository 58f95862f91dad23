package it.esibe.core.validation.internal;

import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The magnitude and precision rules every figure of the format follows (ESIBE-FORMAT-v1, v1.1
 * "Magnitude and precision"), checked at a cost bounded by the digits written whatever the
 * exponent: the cheap comparisons come first, so that {@code 1E+99999999} is never expanded.
 */
final class Figures {

    private Figures() {
    }

    /** Which rule a figure breaks, if any. */
    enum Problem {
        /** Below the minimum. */
        BELOW,
        /** Above the maximum. */
        ABOVE,
        /** More decimals than allowed, trailing zeros aside. */
        DECIMALS
    }

    /**
     * The first rule {@code value} breaks among: at least {@code min}, at most {@code max}, at most
     * {@code maxDecimals} decimals once trailing zeros are dropped; null when it breaks none.
     */
    static Problem check(BigDecimal value, BigDecimal min, BigDecimal max, int maxDecimals) {
        // compareTo looks at the exponents first, so a huge or tiny magnitude costs nothing here.
        if (value.compareTo(min) < 0) {
            return Problem.BELOW;
        }
        if (value.compareTo(max) > 0) {
            return Problem.ABOVE;
        }
        return hasAtMostDecimals(value, maxDecimals) ? null : Problem.DECIMALS;
    }

    /**
     * Whether {@code value} has at most {@code maxDecimals} decimals once trailing zeros are
     * dropped: the answer of {@code value.stripTrailingZeros().scale() <= maxDecimals}, at a cost
     * bounded by the digits written.
     */
    static boolean hasAtMostDecimals(BigDecimal value, int maxDecimals) {
        if (value.scale() <= maxDecimals || value.signum() == 0) {
            return true;
        }
        // stripTrailingZeros divides by ten once per trailing zero (quadratic on JDK 17): test
        // divisibility instead.
        long excess = (long) value.scale() - maxDecimals;
        if (excess >= value.precision()) {
            // A non-zero integer of fewer than `excess + 1` digits is no multiple of 10^excess.
            return false;
        }
        return value.unscaledValue().mod(BigInteger.TEN.pow((int) excess)).signum() == 0;
    }

    /** Replaces the default violation by one with the message {@code {key}}. */
    static boolean report(ConstraintValidatorContext context, String key) {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate("{" + key + "}").addConstraintViolation();
        return false;
    }
}
