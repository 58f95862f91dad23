package it.esibe.core.validation.internal;

import it.esibe.core.model.Holder;
import it.esibe.core.model.Ownership;
import it.esibe.core.validation.CapitalSharesAtMost100;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** Checks {@link CapitalSharesAtMost100}: the holders' capital shares sum to at most 100. */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class CapitalSharesAtMost100Validator implements ConstraintValidator<CapitalSharesAtMost100, Ownership> {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    // An exact sum of 60 and 1E-999999999 would need a billion digits. Rounding to 1 100 digits
    // keeps every sum of shares of up to 1 000 decimals exact, and rounding UP (all terms are
    // non-negative) keeps the result an upper bound, so a real excess is never missed.
    private static final MathContext UPPER_BOUND = new MathContext(1_100, RoundingMode.UP);

    /** For the Jakarta Validation provider. */
    public CapitalSharesAtMost100Validator() {
    }

    @Override
    public boolean isValid(@Nullable Ownership ownership, ConstraintValidatorContext context) {
        if (ownership == null) {
            return true;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (Holder holder : ownership.holders()) {
            BigDecimal share = holder == null ? null : holder.capitalShare();
            // Out-of-range shares already break @DecimalMin/@DecimalMax; a negative one must not
            // hide an excess, and one above 100 would report the same mistake twice.
            if (share != null && share.signum() >= 0 && share.compareTo(HUNDRED) <= 0) {
                sum = sum.add(share, UPPER_BOUND);
            }
        }
        if (sum.compareTo(HUNDRED) <= 0) {
            return true;
        }
        Violations.reportAt(context, "holders");
        return false;
    }
}
