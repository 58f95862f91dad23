package it.esibe.core.validation.internal;

import it.esibe.core.validation.EuroAmount;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** Checks {@link EuroAmount}: 0 to 999 999 999 999 999.99, at most 2 decimals. */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class EuroAmountValidator implements ConstraintValidator<EuroAmount, BigDecimal> {

    /** The largest amount the format allows: 15 integer digits and cents. */
    public static final BigDecimal MAX = new BigDecimal("999999999999999.99");

    private static final int MAX_DECIMALS = 2;

    /** For the Jakarta Validation provider. */
    public EuroAmountValidator() {
    }

    @Override
    public boolean isValid(@Nullable BigDecimal value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        Figures.Problem problem = Figures.check(value, BigDecimal.ZERO, MAX, MAX_DECIMALS);
        if (problem == null) {
            return true;
        }
        return Figures.report(context, switch (problem) {
            case BELOW -> "it.esibe.validation.EuroAmount.negative";
            case ABOVE -> "it.esibe.validation.EuroAmount.tooLarge";
            case DECIMALS -> "it.esibe.validation.EuroAmount.decimals";
        });
    }

    /**
     * Whether {@code value} is an amount the format allows: 0 to {@link #MAX}, whole cents.
     *
     * @param value a number
     * @return whether {@link EuroAmount} accepts it
     */
    public static boolean isAmount(BigDecimal value) {
        return Figures.check(value, BigDecimal.ZERO, MAX, MAX_DECIMALS) == null;
    }

    /**
     * Whether {@code value} has at most 2 decimals once trailing zeros are dropped, at a cost
     * bounded by the digits written.
     *
     * @param value a number
     * @return whether it is a whole number of cents
     */
    public static boolean hasAtMostTwoDecimals(BigDecimal value) {
        return Figures.hasAtMostDecimals(value, MAX_DECIMALS);
    }
}
