package it.esibe.core.decision;

import it.esibe.core.model.CanonicalNumber;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The JSON scalars a fact or a parameter value may hold, in one canonical form each, so that two
 * values equal in JSON are equal in Java whatever their scale or type.
 */
final class Scalars {

    private Scalars() {
    }

    /**
     * {@code value} as a JSON scalar: a {@link BigDecimal} without trailing fractional zeros (for any
     * number), a {@link String} (for a text, a date in ISO form, an enum constant's name) or a
     * {@link Boolean}.
     *
     * @throws IllegalArgumentException for any other type
     */
    static Object of(Object value) {
        Objects.requireNonNull(value, "value");
        if (value instanceof BigDecimal d) {
            return canonical(d);
        }
        if (value instanceof Integer || value instanceof Long) {
            return BigDecimal.valueOf(((Number) value).longValue());
        }
        if (value instanceof String || value instanceof Boolean) {
            return value;
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        throw new IllegalArgumentException("not a JSON scalar (a number, text, date, enum constant or boolean): "
                + value.getClass().getName());
    }

    /**
     * {@code new BigDecimal(CanonicalNumber.of(d))}, without the string for a number of up to 18
     * digits (every figure of an application and every parameter): each fact and parameter of
     * every decision passes here, and the string and its parsing were a tenth of the criteria's
     * allocation. Larger numbers take the string's way, which decides between plain and
     * scientific form and strips huge numbers without quadratic cost.
     */
    static BigDecimal canonical(BigDecimal d) {
        if (d.signum() == 0) {
            return BigDecimal.ZERO;
        }
        if (d.precision() > 18) {
            return new BigDecimal(CanonicalNumber.of(d));
        }
        if (d.scale() == 0) {
            // At most 18 integer digits: written plainly, the same digits and scale come back.
            return d;
        }
        BigDecimal stripped = d.stripTrailingZeros();
        int scale = stripped.scale();
        // Written plainly, a negative scale comes back as scale 0; in scientific form (far more
        // integer digits than shown plainly), it comes back as it is.
        return scale < 0 && stripped.precision() - (long) scale <= CanonicalNumber.MAX_PLAIN_DIGITS
                ? stripped.setScale(0) : stripped;
    }
}
