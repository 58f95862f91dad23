package it.esibe.core.spi;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * A question to a business register: what is known about the company with VAT number {@code vatNumber}?
 *
 * @param vatNumber the Italian VAT number (partita IVA), 11 digits
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record CompanyLookup(String vatNumber) {

    /**
     * Rejects a missing number.
     *
     * @param vatNumber the VAT number
     */
    public CompanyLookup {
        Objects.requireNonNull(vatNumber, "vatNumber");
    }
}
