package it.esibe.core.validation.internal;

import it.esibe.core.model.Patent;
import it.esibe.core.model.PatentHolding;
import it.esibe.core.validation.LicenceExpiryOnlyIfLicensed;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** Checks {@link LicenceExpiryOnlyIfLicensed}: only a licensed patent has a licence to expire. */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class LicenceExpiryOnlyIfLicensedValidator
        implements ConstraintValidator<LicenceExpiryOnlyIfLicensed, Patent> {

    /** For the Jakarta Validation provider. */
    public LicenceExpiryOnlyIfLicensedValidator() {
    }

    @Override
    public boolean isValid(@Nullable Patent patent, ConstraintValidatorContext context) {
        // An absent holding is already a @NotNull violation; guessing it would add a second one.
        if (patent == null || patent.licenceExpiresOn() == null || patent.holding() == null
                || patent.holding() == PatentHolding.LICENSED) {
            return true;
        }
        Violations.reportAt(context, "licenceExpiresOn");
        return false;
    }
}
