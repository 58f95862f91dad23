package it.esibe.core.spi;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A patent office's answer about one patent at one date.
 *
 * @param number the patent number
 * @param inForce whether the patent is in force at the date asked
 * @param detail what the office says, for the explanation (such as {@code lapsed 2024-02-01, fees unpaid})
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record PatentEvidence(String number, boolean inForce, String detail) {

    /**
     * Rejects missing parts.
     *
     * @param number the patent number
     * @param inForce whether it is in force
     * @param detail the office's words, possibly empty
     */
    public PatentEvidence {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(detail, "detail");
    }
}
