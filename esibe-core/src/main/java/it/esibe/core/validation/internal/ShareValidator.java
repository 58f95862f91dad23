package it.esibe.core.validation.internal;

import it.esibe.core.validation.Share;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** Checks {@link Share}: a percentage from 0 to 100 with at most 4 decimals. */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class ShareValidator implements ConstraintValidator<Share, BigDecimal> {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int MAX_DECIMALS = 4;

    /** For the Jakarta Validation provider. */
    public ShareValidator() {
    }

    @Override
    public boolean isValid(@Nullable BigDecimal value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        Figures.Problem problem = Figures.check(value, BigDecimal.ZERO, HUNDRED, MAX_DECIMALS);
        if (problem == null) {
            return true;
        }
        // Out of range keeps the constraint's own message, which names both bounds.
        return problem == Figures.Problem.DECIMALS ? Figures.report(context, "it.esibe.validation.Share.decimals")
                : false;
    }
}
