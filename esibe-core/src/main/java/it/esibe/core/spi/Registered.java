package it.esibe.core.spi;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A contribution with its origin, as an ESIBE registry lists it.
 *
 * <p>Thread-safety: immutable when {@code value} is.
 *
 * @param <T> the contribution's type, such as {@code Ruleset}
 * @param value the contribution
 * @param origin where it came from
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record Registered<T>(T value, Origin origin) {

    /**
     * Rejects missing parts.
     *
     * @param value the contribution
     * @param origin where it came from
     */
    public Registered {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(origin, "origin");
    }
}
