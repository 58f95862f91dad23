package it.esibe.core.model;

import it.esibe.core.validation.CapitalSharesAtMost100;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;

/**
 * Who holds the applicant (upstream) and what the applicant holds (downstream): one snapshot used
 * for every year of the SME test (Recommendation 2003/361/EC, Annex art. 3).
 *
 * <p>Build one with {@link #builder()}: {@code Ownership.builder().holder(founders).holder(fund).build()}.
 *
 * <p>Thread-safety: immutable (its lists are unmodifiable copies), and safe to share between
 * threads.
 *
 * @param holders the applicant's shareholders; their capital shares sum to at most 100
 * @param participations the enterprises in which the applicant holds shares
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@CapitalSharesAtMost100
public record Ownership(
        List<@NotNull @Valid Holder> holders,
        List<@NotNull @Valid Participation> participations) {

    /** No holders and no participations. */
    public static final Ownership NONE = new Ownership(List.of(), List.of());

    /**
     * Copies the lists; absent lists become empty.
     *
     * @param holders the shareholders; {@code null} means none
     * @param participations the participations; {@code null} means none
     */
    public Ownership {
        holders = Lists.copy(holders);
        participations = Lists.copy(participations);
    }

    /** {@return a new builder of ownership, with no holders and no participations} */
    @API(status = API.Status.STABLE, since = "0.1.0")
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Builds an {@link Ownership} holder by holder and participation by participation, in order.
     * Whether the capital shares sum to at most 100 is judged by the evaluator, not here.
     *
     * <p>Thread-safety: a builder is mutable and not thread-safe; use it on one thread.
     *
     * @since 0.1.0
     */
    @API(status = API.Status.STABLE, since = "0.1.0")
    public static final class Builder {

        private final List<Holder> holders = new ArrayList<>();
        private final List<Participation> participations = new ArrayList<>();

        private Builder() {
        }

        /**
         * Adds a shareholder, after those added before.
         *
         * @param holder the holder, such as {@code Holder.builder(HolderType.INDIVIDUAL, 60).build()}
         * @return this builder
         */
        public Builder holder(Holder holder) {
            holders.add(Objects.requireNonNull(holder, "holder"));
            return this;
        }

        /**
         * Adds a participation, after those added before.
         *
         * @param participation the participation, such as {@code Participation.builder(100).build()}
         * @return this builder
         */
        public Builder participation(Participation participation) {
            participations.add(Objects.requireNonNull(participation, "participation"));
            return this;
        }

        /** {@return a new ownership with the holders and participations added so far} */
        public Ownership build() {
            return new Ownership(holders, participations);
        }
    }
}
