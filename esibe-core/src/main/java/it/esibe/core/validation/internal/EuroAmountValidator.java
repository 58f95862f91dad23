package it.esibe.core.validation.internal;

import it.esibe.core.validation.EuroAmount;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.jspecify.annotations.Nullable;

/** Checks {@link EuroAmount}: not negative, at most 2 decimals once trailing zeros are dropped. */
public final class EuroAmountValidator implements ConstraintValidator<EuroAmount, BigDecimal> {

    private static final int MAX_DECIMALS = 2;

    /** For the Jakarta Validation provider. */
    public EuroAmountValidator() {
    }

    @Override
    public boolean isValid(@Nullable BigDecimal value, ConstraintValidatorContext context) {
        return value == null || value.signum() >= 0 && hasAtMostTwoDecimals(value);
    }

    /**
     * Whether {@code value} has at most 2 decimals once trailing zeros are dropped: the same answer
     * as {@code value.stripTrailingZeros().scale() <= 2}, at a cost bounded by the digits written.
     */
    public static boolean hasAtMostTwoDecimals(BigDecimal value) {
        if (value.scale() <= MAX_DECIMALS || value.signum() == 0) {
            return true;
        }
        // stripTrailingZeros divides by ten once per trailing zero (quadratic on JDK 17), and
        // toPlainString of 1E+999999999 would allocate gigabytes: test divisibility instead.
        long excess = (long) value.scale() - MAX_DECIMALS;
        BigInteger unscaled = value.unscaledValue();
        if (excess >= value.precision()) {
            // A non-zero integer of fewer than `excess + 1` digits is no multiple of 10^excess.
            return false;
        }
        return unscaled.mod(BigInteger.TEN.pow((int) excess)).signum() == 0;
    }
}
