package it.esibe.core.spi;

import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A question to a patent office: is patent {@code number} in force on {@code at}?
 *
 * @param number the patent number as declared, such as {@code EP1234567}
 * @param at the reference date
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record PatentLookup(String number, LocalDate at) {

    /**
     * Rejects missing parts.
     *
     * @param number the patent number
     * @param at the date
     */
    public PatentLookup {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(at, "at");
    }
}
