package it.esibe.core.model;

import it.esibe.core.validation.LicenceExpiryOnlyIfLicensed;
import it.esibe.core.validation.PatentNumber;
import it.esibe.core.validation.WoPatentNotGranted;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * A patent the applicant owns or licenses (interim report §5.3 bullet 3).
 *
 * <p>Thread-safety: immutable, and safe to share between threads.
 *
 * @param number the publication number: office code, 4–15 digits, optional kind code ({@code EP3456789B1})
 * @param holding owned or licensed
 * @param status granted or pending; a {@code WO} number is never granted
 * @param expiresOn when the patent lapses, if known
 * @param licenceExpiresOn when the licence ends; only for {@link PatentHolding#LICENSED}
 * @since 0.1.0
 */
@WoPatentNotGranted
@LicenceExpiryOnlyIfLicensed
public record Patent(
        @NotNull @PatentNumber String number,
        @NotNull PatentHolding holding,
        @NotNull PatentStatus status,
        @Nullable LocalDate expiresOn,
        @Nullable LocalDate licenceExpiresOn) {
}
