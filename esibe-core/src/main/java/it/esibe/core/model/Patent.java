package it.esibe.core.model;

import it.esibe.core.validation.LicenceExpiryOnlyIfLicensed;
import it.esibe.core.validation.PatentNumber;
import it.esibe.core.validation.WoPatentNotGranted;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A patent the applicant owns or licenses (interim report §5.3 bullet 3).
 *
 * <p>Build one with {@link #builder(String)}, which names the two dates:
 * {@code Patent.builder("EP3456789B1").holding(PatentHolding.OWNED).status(PatentStatus.GRANTED)
 * .expiresOn(LocalDate.of(2038, 5, 1)).build()}. The canonical constructor stays for code that
 * copies evidence as it is.
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
@API(status = API.Status.STABLE, since = "0.1.0")
@WoPatentNotGranted
@LicenceExpiryOnlyIfLicensed
public record Patent(
        @NotNull @PatentNumber String number,
        @NotNull PatentHolding holding,
        @NotNull PatentStatus status,
        @Nullable LocalDate expiresOn,
        @Nullable LocalDate licenceExpiresOn) {

    /**
     * A new builder of the patent with publication number {@code number}.
     *
     * @param number the publication number, such as {@code EP3456789B1}
     * @return the builder
     */
    @API(status = API.Status.STABLE, since = "0.1.0")
    public static Builder builder(String number) {
        return new Builder(number);
    }

    /**
     * Builds a {@link Patent}, each date by name.
     *
     * <p>Required: {@link #holding} and {@link #status}; {@link #build()} names every one that is
     * missing. The expiry dates are optional. Formats (the number, a {@code WO} number never granted,
     * a licence expiry only for a licence) are judged by the evaluator, not here.
     *
     * <p>Thread-safety: a builder is mutable and not thread-safe; use it on one thread.
     *
     * @since 0.1.0
     */
    @API(status = API.Status.STABLE, since = "0.1.0")
    public static final class Builder {

        private final String number;
        private @Nullable PatentHolding holding;
        private @Nullable PatentStatus status;
        private @Nullable LocalDate expiresOn;
        private @Nullable LocalDate licenceExpiresOn;

        private Builder(String number) {
            this.number = Objects.requireNonNull(number, "number");
        }

        /**
         * Sets how the applicant holds the patent (required).
         *
         * @param holding owned or licensed
         * @return this builder
         */
        public Builder holding(PatentHolding holding) {
            this.holding = Objects.requireNonNull(holding, "holding");
            return this;
        }

        /**
         * Sets the patent's legal status (required).
         *
         * @param status granted or pending
         * @return this builder
         */
        public Builder status(PatentStatus status) {
            this.status = Objects.requireNonNull(status, "status");
            return this;
        }

        /**
         * Sets when the patent lapses.
         *
         * @param date the expiry date, or {@code null} for unknown
         * @return this builder
         */
        public Builder expiresOn(@Nullable LocalDate date) {
            this.expiresOn = date;
            return this;
        }

        /**
         * Sets when the licence ends; only for a licensed patent.
         *
         * @param date the licence's expiry date, or {@code null} for none
         * @return this builder
         */
        public Builder licenceExpiresOn(@Nullable LocalDate date) {
            this.licenceExpiresOn = date;
            return this;
        }

        /**
         * {@return a new patent with the values set so far}
         *
         * @throws IllegalStateException naming every required value not set, and the step that sets it
         */
        public Patent build() {
            Required.of("Patent")
                    .check(holding, "holding", ".holding(PatentHolding.OWNED)")
                    .check(status, "status", ".status(PatentStatus.GRANTED)")
                    .done();
            return new Patent(number, holding, status, expiresOn, licenceExpiresOn);
        }
    }
}
