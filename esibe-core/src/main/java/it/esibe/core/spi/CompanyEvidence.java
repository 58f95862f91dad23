package it.esibe.core.spi;

import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A business register's answer about one company.
 *
 * @param vatNumber the VAT number
 * @param legalName the registered name
 * @param legalSeatRegion the region of the registered legal seat, such as {@code Lombardia}, when known
 * @param active whether the company is active (not dissolved, not in liquidation)
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record CompanyEvidence(String vatNumber, String legalName, @Nullable String legalSeatRegion, boolean active) {

    /**
     * Rejects missing parts.
     *
     * @param vatNumber the VAT number
     * @param legalName the registered name
     * @param legalSeatRegion the legal seat's region, or {@code null}
     * @param active whether the company is active
     */
    public CompanyEvidence {
        Objects.requireNonNull(vatNumber, "vatNumber");
        Objects.requireNonNull(legalName, "legalName");
    }
}
