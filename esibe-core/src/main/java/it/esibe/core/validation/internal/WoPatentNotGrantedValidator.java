package it.esibe.core.validation.internal;

import it.esibe.core.model.Patent;
import it.esibe.core.model.PatentStatus;
import it.esibe.core.validation.WoPatentNotGranted;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** Checks {@link WoPatentNotGranted}: a WO (PCT) number is never granted. */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class WoPatentNotGrantedValidator implements ConstraintValidator<WoPatentNotGranted, Patent> {

    /** For the Jakarta Validation provider. */
    public WoPatentNotGrantedValidator() {
    }

    @Override
    public boolean isValid(@Nullable Patent patent, ConstraintValidatorContext context) {
        if (patent == null || patent.status() != PatentStatus.GRANTED || patent.number() == null
                || !patent.number().startsWith("WO")) {
            return true;
        }
        Violations.reportAt(context, "status");
        return false;
    }
}
