package it.esibe.core.model;

import it.esibe.core.validation.PartitaIva;
import it.esibe.core.validation.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;

/**
 * The applicant company.
 *
 * <p>Thread-safety: immutable, and safe to share between threads.
 *
 * @param name the company name, 1–200 characters, not blank
 * @param vatNumber the Italian partita IVA, with or without the {@code IT} prefix, if given
 * @param legalSeat the registered office ("sede legale", §5.3 bullet 4)
 * @param headquarters the operational headquarters (§5.3 bullet 4)
 * @since 0.1.0
 */
public record Company(
        @NotNull @Text(max = 200, notBlank = true) String name,
        @Nullable @PartitaIva String vatNumber,
        @NotNull @Valid Location legalSeat,
        @NotNull @Valid Location headquarters) {
}
