package it.esibe.core.decision;

import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What one criterion found on one application, with the explanation an agency can give the
 * applicant.
 *
 * <p>Built with {@link #builder()}: a class rather than a record, so that a result can grow new
 * parts (the facts it used, the facts it missed) without breaking the criteria that build one.
 *
 * <p>Thread-safety: immutable, and safe to share between threads.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class CriterionResult {

    private final String id;
    private final Verdict result;
    private final LocalizedText message;
    private final String citation;
    private final @Nullable Remedy remedy;

    private CriterionResult(Builder b) {
        this.id = Objects.requireNonNull(b.id, "id");
        this.result = Objects.requireNonNull(b.result, "result");
        this.message = Objects.requireNonNull(b.message, "message");
        this.citation = Objects.requireNonNull(b.citation, "citation");
        this.remedy = b.remedy;
        if (remedy != null && result != Verdict.FAIL) {
            throw new IllegalArgumentException("only a FAIL carries a remedy, " + id + " is " + result);
        }
    }

    /**
     * A builder of one result; id, result, message and citation are required.
     *
     * @return a new, empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the criterion's stable id, such as {@code ESIBE-RD-MIN}} */
    public String id() {
        return id;
    }

    /** {@return pass, fail or unknown} */
    public Verdict result() {
        return result;
    }

    /** {@return the explanation in Italian and English (and further languages), naming the figures used} */
    public LocalizedText message() {
        return message;
    }

    /** {@return the section of the interim report the criterion implements ("Rapporto ad interim, §5.3")} */
    public String citation() {
        return citation;
    }

    /** {@return for a failure, a machine-readable way out where one exists; else {@code null}} */
    public @Nullable Remedy remedy() {
        return remedy;
    }

    /** {@return the remedy, if this is a failure that has one} */
    public Optional<Remedy> remedyIfAny() {
        return Optional.ofNullable(remedy);
    }

    /** Two results are equal when every part is. */
    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof CriterionResult c && id.equals(c.id) && result == c.result && message.equals(c.message)
                && citation.equals(c.citation) && Objects.equals(remedy, c.remedy);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, result, message, citation, remedy);
    }

    @Override
    public String toString() {
        return "CriterionResult[id=" + id + ", result=" + result + ", message=" + message + ", citation=" + citation
                + ", remedy=" + remedy + "]";
    }

    /**
     * Gathers the parts of one result, then checks them together in {@link #build()}.
     *
     * <p>Not thread-safe; use one builder per result.
     *
     * @since 0.1.0
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
    public static final class Builder {

        private @Nullable String id;
        private @Nullable Verdict result;
        private @Nullable LocalizedText message;
        private @Nullable String citation;
        private @Nullable Remedy remedy;

        private Builder() {
        }

        /**
         * The criterion's stable id; required.
         *
         * @param criterionId such as {@code ESIBE-RD-MIN}
         * @return this builder
         */
        public Builder id(String criterionId) {
            this.id = Objects.requireNonNull(criterionId, "id");
            return this;
        }

        /**
         * The verdict; required.
         *
         * @param verdict pass, fail or unknown
         * @return this builder
         */
        public Builder result(Verdict verdict) {
            this.result = Objects.requireNonNull(verdict, "result");
            return this;
        }

        /**
         * The explanation; required.
         *
         * @param text in Italian and English, and further languages
         * @return this builder
         */
        public Builder message(LocalizedText text) {
            this.message = Objects.requireNonNull(text, "message");
            return this;
        }

        /**
         * The section of the report the criterion implements; required.
         *
         * @param section such as {@code Rapporto ad interim, §5.3}
         * @return this builder
         */
        public Builder citation(String section) {
            this.citation = Objects.requireNonNull(section, "citation");
            return this;
        }

        /**
         * A machine-readable way out of a failure.
         *
         * @param way the remedy, or {@code null} for none; only a {@code FAIL} may carry one
         * @return this builder
         */
        public Builder remedy(@Nullable Remedy way) {
            this.remedy = way;
            return this;
        }

        /**
         * The result.
         *
         * @return a new result with every part given
         * @throws NullPointerException if the id, result, message or citation is missing
         * @throws IllegalArgumentException if a result other than {@code FAIL} carries a remedy
         */
        public CriterionResult build() {
            return new CriterionResult(this);
        }
    }
}
