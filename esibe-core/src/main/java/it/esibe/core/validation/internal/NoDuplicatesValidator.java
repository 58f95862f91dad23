package it.esibe.core.validation.internal;

import it.esibe.core.validation.NoDuplicates;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** Checks {@link NoDuplicates}: no two non-null elements of the collection are equal. */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class NoDuplicatesValidator implements ConstraintValidator<NoDuplicates, Collection<?>> {

    /** For the Jakarta Validation provider. */
    public NoDuplicatesValidator() {
    }

    @Override
    public boolean isValid(@Nullable Collection<?> values, ConstraintValidatorContext context) {
        if (values == null) {
            return true;
        }
        Set<Object> seen = new HashSet<>();
        for (Object value : values) {
            if (value != null && !seen.add(value)) {
                return false;
            }
        }
        return true;
    }
}
