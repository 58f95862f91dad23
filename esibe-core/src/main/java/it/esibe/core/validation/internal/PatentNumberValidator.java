package it.esibe.core.validation.internal;

import it.esibe.core.validation.PatentNumber;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** Checks {@link PatentNumber}: office code, 4–15 digits, optional kind code. */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class PatentNumberValidator implements ConstraintValidator<PatentNumber, String> {

    // No nested quantifiers, so matching is linear whatever the input.
    private static final Pattern NUMBER = Pattern.compile("[A-Z]{2}[0-9]{4,15}(?:[A-Z][0-9]?)?");

    // 2 letters + 15 digits + 2 kind characters: longer input need not reach the regex engine.
    private static final int MAX_LENGTH = 19;

    /** For the Jakarta Validation provider. */
    public PatentNumberValidator() {
    }

    @Override
    public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
        return value == null || value.length() <= MAX_LENGTH && NUMBER.matcher(value).matches();
    }
}
