package it.esibe.core.decision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The decision on one application (ESIBE-FORMAT-v1, "Decision"): the outcome, every criterion's
 * result in ruleset order, or, for {@code INVALID}, every format violation with its path.
 *
 * <p>Every record a reader meets gets exactly one decision, including records that are not JSON at
 * all; {@link #position()} then says where the record stood.
 *
 * <p>A decision is assembled once, with everything it carries, through {@link #builder()}: it has
 * no copy-with methods, so that what an evaluator decided cannot be half-changed on the way out.
 * It is a class rather than a record so that it can grow new parts without breaking the callers
 * of a constructor.
 *
 * <p>Thread-safety: immutable (its lists are unmodifiable copies), and safe to share between
 * threads.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class Decision {

    private final @Nullable String applicationId;
    private final Outcome outcome;
    private final String ruleset;
    private final @Nullable String rulesetVersion;
    private final @Nullable String parametersSha256;
    private final @Nullable LocalDate referenceDate;
    private final @Nullable Integer referenceYear;
    private final List<CriterionResult> criteria;
    private final List<Violation> violations;
    private final @Nullable String inputSha256;
    private final @Nullable RecordPosition position;
    private final List<String> missingFacts;
    private final List<EligibilityStep> pathToEligibility;

    private Decision(Builder b) {
        this.criteria = List.copyOf(b.criteria);
        this.violations = List.copyOf(b.violations);
        this.outcome = b.outcome != null ? b.outcome
                : !violations.isEmpty() ? Outcome.INVALID
                : Outcome.of(criteria.stream().map(CriterionResult::result).toList());
        this.ruleset = Objects.requireNonNull(b.ruleset, "ruleset");
        if ((outcome == Outcome.INVALID) != !violations.isEmpty()) {
            throw new IllegalArgumentException("violations must be listed exactly for INVALID, outcome is " + outcome);
        }
        if ((outcome == Outcome.INVALID) != criteria.isEmpty()) {
            throw new IllegalArgumentException("criteria must be listed exactly for valid applications, outcome is " + outcome);
        }
        this.applicationId = b.applicationId;
        this.rulesetVersion = b.rulesetVersion;
        this.parametersSha256 = b.parametersSha256;
        this.referenceDate = b.referenceDate;
        this.referenceYear = b.referenceYear;
        this.inputSha256 = b.inputSha256;
        this.position = b.position;
        // Most decisions miss no fact, and an eligible one has no step: no set or list for none.
        LinkedHashSet<String> missing = null;
        List<EligibilityStep> steps = null;
        for (CriterionResult c : criteria) {
            if (!c.missingFacts().isEmpty()) {
                if (missing == null) {
                    missing = new LinkedHashSet<>();
                }
                missing.addAll(c.missingFacts());
            }
            EligibilityStep step = c.result() == Verdict.PASS ? null : EligibilityStep.of(c);
            if (step != null) {
                if (steps == null) {
                    steps = new ArrayList<>(criteria.size());
                }
                steps.add(step);
            }
        }
        this.missingFacts = missing == null ? List.of() : List.copyOf(missing);
        this.pathToEligibility = steps == null ? List.of() : List.copyOf(steps);
    }

    /**
     * A builder of one decision; only {@link Builder#ruleset(String)} is required, and the
     * criteria or the violations.
     *
     * @return a new, empty builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return the application's id, when it could be read} */
    public @Nullable String applicationId() {
        return applicationId;
    }

    /** {@return the outcome} */
    public Outcome outcome() {
        return outcome;
    }

    /** {@return the id of the ruleset applied, such as {@code esibe-2024-interim}} */
    public String ruleset() {
        return ruleset;
    }

    /**
     * {@return the version of the ruleset's definition, when known} Decisions read from files
     * written before it was recorded have none.
     */
    public @Nullable String rulesetVersion() {
        return rulesetVersion;
    }

    /**
     * {@return the SHA-256 of the ruleset's parameters, when known} With it the decision can be
     * reproduced under exactly those parameters.
     */
    public @Nullable String parametersSha256() {
        return parametersSha256;
    }

    /** {@return the date patents and licences were judged at, when known} */
    public @Nullable LocalDate referenceDate() {
        return referenceDate;
    }

    /** {@return the fiscal year {@code Y} the figures were taken from, when known} */
    public @Nullable Integer referenceYear() {
        return referenceYear;
    }

    /** {@return every criterion's result in ruleset order; empty exactly when {@code INVALID}} */
    public List<CriterionResult> criteria() {
        return criteria;
    }

    /** {@return every format violation; non-empty exactly when {@code INVALID}} */
    public List<Violation> violations() {
        return violations;
    }

    /**
     * {@return the SHA-256 of the application's canonical JSON, when the decision came from JSON or
     * CSV} A decision on a record that has no text of its own (an empty slot of a JSON array) has none.
     */
    public @Nullable String inputSha256() {
        return inputSha256;
    }

    /** {@return where the record stood in its source, when it came from a file} */
    public @Nullable RecordPosition position() {
        return position;
    }

    /**
     * {@return the union of the criteria's missing facts: the paths a portal asks for to decide an
     * {@code INCOMPLETE} application} In a stable order: criterion by criterion in ruleset order,
     * each criterion's paths in the order it states them (ESIBE's criteria follow the application's
     * own order of fields), a path named by an earlier criterion not repeated. Empty when no criterion
     * is {@code UNKNOWN} for want of a fact of the application.
     *
     * @since 0.1.0
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
    public List<String> missingFacts() {
        return missingFacts;
    }

    /**
     * {@return for a {@code NOT_ELIGIBLE} or {@code INCOMPLETE} decision, the blocking criteria (each
     * {@code FAIL} and {@code UNKNOWN}) in ruleset order with what would make each pass; empty
     * otherwise} Each way is the criterion's own ({@link CriterionResult#wayToPass()}); ESIBE's
     * criteria state one for every blocking result. A third party's criterion that states none is
     * listed only when it names missing facts (to provide, with its explanation as the message).
     *
     * @since 0.1.0
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
    public List<EligibilityStep> pathToEligibility() {
        return pathToEligibility;
    }

    /**
     * The result of criterion {@code id}, if it was evaluated.
     *
     * @param id a criterion id, such as {@code ESIBE-RD-MIN}
     * @return its result, or empty
     */
    public Optional<CriterionResult> criterion(String id) {
        return criteria.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    /** Two decisions are equal when every part is. */
    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof Decision d && outcome == d.outcome && ruleset.equals(d.ruleset)
                && Objects.equals(applicationId, d.applicationId) && Objects.equals(rulesetVersion, d.rulesetVersion)
                && Objects.equals(parametersSha256, d.parametersSha256)
                && Objects.equals(referenceDate, d.referenceDate) && Objects.equals(referenceYear, d.referenceYear)
                && criteria.equals(d.criteria) && violations.equals(d.violations)
                && Objects.equals(inputSha256, d.inputSha256) && Objects.equals(position, d.position);
    }

    @Override
    public int hashCode() {
        return Objects.hash(applicationId, outcome, ruleset, rulesetVersion, parametersSha256, referenceDate,
                referenceYear, criteria, violations, inputSha256, position);
    }

    @Override
    public String toString() {
        return "Decision[applicationId=" + applicationId + ", outcome=" + outcome + ", ruleset=" + ruleset
                + ", rulesetVersion=" + rulesetVersion + ", parametersSha256=" + parametersSha256
                + ", referenceDate=" + referenceDate + ", referenceYear=" + referenceYear + ", criteria=" + criteria
                + ", violations=" + violations + ", inputSha256=" + inputSha256 + ", position=" + position + "]";
    }

    /**
     * Gathers the parts of one decision, then checks them together in {@link #build()}.
     *
     * <p>Not thread-safe; use one builder per decision.
     *
     * @since 0.1.0
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
    public static final class Builder {

        private @Nullable String applicationId;
        private @Nullable Outcome outcome;
        private @Nullable String ruleset;
        private @Nullable String rulesetVersion;
        private @Nullable String parametersSha256;
        private @Nullable LocalDate referenceDate;
        private @Nullable Integer referenceYear;
        private List<CriterionResult> criteria = List.of();
        private List<Violation> violations = List.of();
        private @Nullable String inputSha256;
        private @Nullable RecordPosition position;

        private Builder() {
        }

        /**
         * The application's id.
         *
         * @param id the id, or {@code null} when it could not be read
         * @return this builder
         */
        public Builder applicationId(@Nullable String id) {
            this.applicationId = id;
            return this;
        }

        /**
         * The outcome; when not given, {@code INVALID} if there are violations, else the outcome of
         * the criteria's verdicts ({@link Outcome#of(Iterable)}).
         *
         * @param value the outcome
         * @return this builder
         */
        public Builder outcome(Outcome value) {
            this.outcome = Objects.requireNonNull(value, "outcome");
            return this;
        }

        /**
         * The id of the ruleset applied; required.
         *
         * @param id such as {@code esibe-2024-interim}
         * @return this builder
         */
        public Builder ruleset(String id) {
            this.ruleset = Objects.requireNonNull(id, "ruleset");
            return this;
        }

        /**
         * The version of the ruleset's definition and the SHA-256 of its parameters.
         *
         * @param version the ruleset's version, or {@code null} when unknown
         * @param sha256 the SHA-256 of its parameters in lower-case hex, or {@code null} when unknown
         * @return this builder
         */
        public Builder rulesetStamp(@Nullable String version, @Nullable String sha256) {
            this.rulesetVersion = version;
            this.parametersSha256 = sha256;
            return this;
        }

        /**
         * The date patents and licences were judged at.
         *
         * @param date the reference date, or {@code null} when unknown
         * @return this builder
         */
        public Builder referenceDate(@Nullable LocalDate date) {
            this.referenceDate = date;
            return this;
        }

        /**
         * The fiscal year the figures were taken from.
         *
         * @param year the reference year, or {@code null} when unknown
         * @return this builder
         */
        public Builder referenceYear(@Nullable Integer year) {
            this.referenceYear = year;
            return this;
        }

        /**
         * Every criterion's result, in ruleset order; exactly for a valid application.
         *
         * @param results the results; copied
         * @return this builder
         */
        public Builder criteria(List<CriterionResult> results) {
            this.criteria = new ArrayList<>(results);
            return this;
        }

        /**
         * Every format violation; exactly for an {@code INVALID} decision.
         *
         * @param found the violations; copied
         * @return this builder
         */
        public Builder violations(List<Violation> found) {
            this.violations = new ArrayList<>(found);
            return this;
        }

        /**
         * The SHA-256 of the application's canonical JSON.
         *
         * @param sha256 in lower-case hex, or {@code null} when the record has no text of its own
         * @return this builder
         */
        public Builder inputSha256(@Nullable String sha256) {
            this.inputSha256 = sha256;
            return this;
        }

        /**
         * Where the record stood in its source.
         *
         * @param where the position, or {@code null} for an application not read from a file (or the
         *     single object of a JSON file)
         * @return this builder
         */
        public Builder position(@Nullable RecordPosition where) {
            this.position = where;
            return this;
        }

        /**
         * The decision.
         *
         * @return a new decision with every part given
         * @throws NullPointerException if no ruleset was given
         * @throws IllegalArgumentException if criteria and violations disagree with the outcome:
         *     violations exactly for {@code INVALID}, criteria exactly otherwise
         */
        public Decision build() {
            return new Decision(this);
        }
    }
}
