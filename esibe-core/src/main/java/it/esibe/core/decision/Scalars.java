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
            return new BigDecimal(CanonicalNumber.of(d));
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
}
