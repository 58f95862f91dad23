package it.esibe.core.validation.internal;

import it.esibe.core.validation.Headcount;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** Checks {@link Headcount}: 0 to 10 000 000 annual work units, at most 2 decimals. */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class HeadcountValidator implements ConstraintValidator<Headcount, BigDecimal> {

    private static final BigDecimal MAX = BigDecimal.valueOf(10_000_000);
    private static final int MAX_DECIMALS = 2;

    /** For the Jakarta Validation provider. */
    public HeadcountValidator() {
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
            case BELOW -> "it.esibe.validation.Headcount.negative";
            case ABOVE -> "it.esibe.validation.Headcount.tooLarge";
            case DECIMALS -> "it.esibe.validation.Headcount.decimals";
        });
    }
}
