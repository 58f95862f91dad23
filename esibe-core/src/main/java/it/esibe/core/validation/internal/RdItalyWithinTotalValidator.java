package it.esibe.core.validation.internal;

import it.esibe.core.model.FiscalYear;
import it.esibe.core.validation.RdItalyWithinTotal;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.math.BigDecimal;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** Checks {@link RdItalyWithinTotal}: R&amp;D in Italy is part of the total, so at most equal to it. */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class RdItalyWithinTotalValidator implements ConstraintValidator<RdItalyWithinTotal, FiscalYear> {

    /** For the Jakarta Validation provider. */
    public RdItalyWithinTotalValidator() {
    }

    @Override
    public boolean isValid(@Nullable FiscalYear year, ConstraintValidatorContext context) {
        if (year == null) {
            return true;
        }
        BigDecimal total = year.rdExpenditure();
        BigDecimal italy = year.rdExpenditureItaly();
        // compareTo, not equals: 2100000 and 2100000.00 are the same amount.
        if (total == null || italy == null || italy.compareTo(total) <= 0) {
            return true;
        }
        Violations.reportAt(context, "rdExpenditureItaly");
        return false;
    }
}
