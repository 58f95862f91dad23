package it.esibe.core.validation.internal;

import it.esibe.core.validation.PartitaIva;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** Checks {@link PartitaIva}: format, taxpayer number, office code and Luhn check digit. */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class PartitaIvaValidator implements ConstraintValidator<PartitaIva, String> {

    private static final int DIGITS = 11;

    /** For the Jakarta Validation provider. */
    public PartitaIvaValidator() {
    }

    @Override
    public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
        return value == null || isValid(value);
    }

    /** Whether {@code value} is a partita IVA, with or without the upper-case {@code IT} prefix. */
    public static boolean isValid(String value) {
        // The spec allows only the upper-case prefix: "it" is a typo the applicant should fix.
        String digits = value.length() == DIGITS + 2 && value.startsWith("IT") ? value.substring(2) : value;
        if (digits.length() != DIGITS) {
            return false;
        }
        for (int i = 0; i < DIGITS; i++) {
            char c = digits.charAt(i);
            // Character.isDigit would accept Arabic-Indic and other non-ASCII digits.
            if (c < '0' || c > '9') {
                return false;
            }
        }
        if (digits.startsWith("0000000")) {
            return false;
        }
        int office = Integer.parseInt(digits.substring(7, 10));
        boolean knownOffice = office >= 1 && office <= 100 || office == 120 || office == 121 || office == 888
                || office == 999;
        return knownOffice && checkDigit(digits) == digits.charAt(10) - '0';
    }

    /**
     * The check digit of the first 10 digits of {@code digits}: odd positions (1st, 3rd … 9th) count
     * as they are, even positions are doubled, less 9 when above 9 (the Luhn algorithm).
     */
    public static int checkDigit(CharSequence digits) {
        int sum = 0;
        for (int i = 0; i < 10; i++) {
            int d = digits.charAt(i) - '0';
            if (i % 2 == 1) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
        }
        return (10 - sum % 10) % 10;
    }
}
