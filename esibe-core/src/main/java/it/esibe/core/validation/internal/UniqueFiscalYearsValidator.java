package it.esibe.core.validation.internal;

import it.esibe.core.model.Application;
import it.esibe.core.model.FiscalYear;
import it.esibe.core.validation.UniqueFiscalYears;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** Checks {@link UniqueFiscalYears}: reports every entry whose year an earlier entry already has. */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class UniqueFiscalYearsValidator implements ConstraintValidator<UniqueFiscalYears, Application> {

    /** For the Jakarta Validation provider. */
    public UniqueFiscalYearsValidator() {
    }

    @Override
    public boolean isValid(@Nullable Application application, ConstraintValidatorContext context) {
        if (application == null) {
            return true;
        }
        List<FiscalYear> years = application.fiscalYears();
        Set<Integer> seen = new HashSet<>();
        boolean valid = true;
        for (int i = 0; i < years.size(); i++) {
            FiscalYear fy = years.get(i);
            if (fy == null || fy.year() == null || seen.add(fy.year())) {
                continue;
            }
            if (valid) {
                context.disableDefaultConstraintViolation();
                valid = false;
            }
            // The index goes on the node after the list: Hibernate Validator then prints
            // fiscalYears[i].year, the node the reader would point at.
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("fiscalYears")
                    .addPropertyNode("year").inIterable().atIndex(i)
                    .addConstraintViolation();
        }
        return valid;
    }
}
