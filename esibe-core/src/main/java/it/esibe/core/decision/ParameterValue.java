package it.esibe.core.decision;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * One parameter of the ruleset a criterion compared the facts with, such as
 * {@code rd.min.precisionMedicine = 2000000}.
 *
 * <p>The value is in the canonical form of {@link Fact#value()}: a {@link java.math.BigDecimal}
 * without trailing fractional zeros, a {@link String} (a choice's constant name, such as
 * {@code EXCLUDE_BACKERS}) or a {@link Boolean}.
 *
 * <p>Thread-safety: immutable.
 *
 * @param name the parameter's name in the ruleset, not empty
 * @param value its value in the ruleset applied
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record ParameterValue(String name, Object value) {

    /**
     * Checks the name and puts the value in canonical form.
     *
     * @param name the parameter's name, not empty
     * @param value a number, text, enum constant or boolean
     * @throws IllegalArgumentException if the name is empty or the value of another type
     */
    public ParameterValue {
        Objects.requireNonNull(name, "name");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("a parameter needs a name");
        }
        value = Scalars.of(value);
    }
}
