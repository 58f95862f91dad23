package it.esibe.core.model;

import it.esibe.core.validation.PartitaIva;
import it.esibe.core.validation.Text;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The applicant company.
 *
 * <p>Build one with {@link #of(String, Location)} when its legal seat and headquarters are one place,
 * or with {@link #builder()}, which names the two seats; the canonical constructor, with two
 * locations in a row, stays for code that copies evidence as it is.
 *
 * <p>Thread-safety: immutable, and safe to share between threads.
 *
 * @param name the company name, 1–200 characters, not blank
 * @param vatNumber the Italian partita IVA, with or without the {@code IT} prefix, if given
 * @param legalSeat the registered office ("sede legale", §5.3 bullet 4)
 * @param headquarters the operational headquarters (§5.3 bullet 4)
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record Company(
        @NotNull @Text(max = 200, notBlank = true) String name,
        @Nullable @PartitaIva String vatNumber,
        @NotNull @Valid Location legalSeat,
        @NotNull @Valid Location headquarters) {

    /**
     * A company without a VAT number whose legal seat and headquarters are one place, {@code seat}.
     * A company with its headquarters elsewhere, or with a VAT number, is built with
     * {@link #builder()}.
     *
     * @param name the company name
     * @param seat where both its legal seat and its headquarters are
     * @return the company
     */
    @API(status = API.Status.STABLE, since = "0.1.0")
    public static Company of(String name, Location seat) {
        return new Company(Objects.requireNonNull(name, "name"), null, Objects.requireNonNull(seat, "seat"), seat);
    }

    /** {@return a new, empty builder of companies} */
    @API(status = API.Status.STABLE, since = "0.1.0")
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds a {@link Company}, each seat by name.
     *
     * <p>Required: {@link #name}, {@link #legalSeat} and {@link #headquarters} (the same location
     * twice when they are one place); {@link #build()} names every one that is missing. The VAT
     * number is optional. Formats (the partita IVA's check digit, country codes) are judged by the
     * evaluator, not here.
     *
     * <p>Thread-safety: a builder is mutable and not thread-safe; use it on one thread.
     *
     * @since 0.1.0
     */
    @API(status = API.Status.STABLE, since = "0.1.0")
    public static final class Builder {

        private @Nullable String name;
        private @Nullable String vatNumber;
        private @Nullable Location legalSeat;
        private @Nullable Location headquarters;

        private Builder() {
        }

        /**
         * Sets the company name (required).
         *
         * @param name 1–200 characters, not blank
         * @return this builder
         */
        public Builder name(String name) {
            this.name = Objects.requireNonNull(name, "name");
            return this;
        }

        /**
         * Sets the Italian partita IVA, or clears it with {@code null}.
         *
         * @param vatNumber 11 digits, with or without the {@code IT} prefix, or {@code null}
         * @return this builder
         */
        public Builder vatNumber(@Nullable String vatNumber) {
            this.vatNumber = vatNumber;
            return this;
        }

        /**
         * Sets the registered office, "sede legale" (required; §5.3 bullet 4).
         *
         * @param location the legal seat
         * @return this builder
         */
        public Builder legalSeat(Location location) {
            this.legalSeat = Objects.requireNonNull(location, "location");
            return this;
        }

        /**
         * Sets the operational headquarters (required; §5.3 bullet 4).
         *
         * @param location the headquarters
         * @return this builder
         */
        public Builder headquarters(Location location) {
            this.headquarters = Objects.requireNonNull(location, "location");
            return this;
        }

        /**
         * {@return a new company with the values set so far}
         *
         * @throws IllegalStateException naming every required value not set, and the step that sets it
         */
        public Company build() {
            Required.of("Company")
                    .check(name, "name", ".name(\"Esempio Bio S.r.l.\")")
                    .check(legalSeat, "legalSeat", ".legalSeat(Location.of(\"IT\"))")
                    .check(headquarters, "headquarters", ".headquarters(Location.of(\"IT\"))")
                    .done();
            return new Company(name, vatNumber, legalSeat, headquarters);
        }
    }
}
