package it.esibe.core.decision;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What one criterion found on one application, with the explanation an agency can give the
 * applicant.
 *
 * <p>Built with {@link #builder()}: a class rather than a record, so that a result can grow new
 * parts without breaking the criteria that build one.
 *
 * <p>Besides the verdict and its explanation, a result says where it came from and where it leads:
 * the facts of the application it read ({@link #facts()}) and the ruleset's parameters it compared
 * them with ({@link #parameters()}), the facts whose absence left it undecided
 * ({@link #missingFacts()}, for {@code UNKNOWN}), and what would make it pass
 * ({@link #wayToPass()}, for {@code FAIL} and {@code UNKNOWN}). A third-party criterion states
 * them with the same builder steps as ESIBE's own.
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
    private final List<Fact> facts;
    private final List<ParameterValue> parameters;
    private final List<String> missingFacts;
    private final @Nullable WayToPass wayToPass;

    private CriterionResult(Builder b) {
        this.id = Objects.requireNonNull(b.id, "id");
        this.result = Objects.requireNonNull(b.result, "result");
        this.message = Objects.requireNonNull(b.message, "message");
        this.citation = Objects.requireNonNull(b.citation, "citation");
        this.remedy = b.remedy;
        if (remedy != null && result != Verdict.FAIL) {
            throw new IllegalArgumentException("only a FAIL carries a remedy, " + id + " is " + result);
        }
        this.facts = List.copyOf(b.facts);
        this.parameters = List.copyOf(b.parameters);
        this.missingFacts = distinct(b.missingFacts);
        if (!missingFacts.isEmpty() && result != Verdict.UNKNOWN) {
            throw new IllegalArgumentException("only an UNKNOWN lists missing facts, " + id + " is " + result);
        }
        this.wayToPass = b.wayToPass;
        if (wayToPass != null) {
            WayToPass.Kind kind = wayToPass.kind();
            boolean fits = switch (kind) {
                case CHANGE_FIGURES -> result == Verdict.FAIL;
                case NOT_BY_FIGURES -> result != Verdict.PASS;
                case PROVIDE_FACTS -> result == Verdict.UNKNOWN && !missingFacts.isEmpty();
            };
            if (!fits) {
                throw new IllegalArgumentException("a way to pass of kind " + kind + " does not fit " + id + ", which is "
                        + result + (missingFacts.isEmpty() ? " with no missing facts" : "")
                        + " (CHANGE_FIGURES for FAIL, NOT_BY_FIGURES for FAIL or UNKNOWN, PROVIDE_FACTS for UNKNOWN with"
                        + " missing facts)");
            }
        }
    }

    /** {@code paths} without repeats, in order: no set for the none or one that most results list. */
    private static List<String> distinct(List<String> paths) {
        return paths.size() < 2 ? List.copyOf(paths) : List.copyOf(new LinkedHashSet<>(paths));
    }

    private CriterionResult(CriterionResult r, boolean keepFacts) {
        this.id = r.id;
        this.result = r.result;
        this.message = r.message;
        this.citation = r.citation;
        this.remedy = r.remedy;
        this.facts = keepFacts ? r.facts : List.of();
        this.parameters = keepFacts ? r.parameters : List.of();
        this.missingFacts = r.missingFacts;
        this.wayToPass = r.wayToPass;
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

    /**
     * {@return the facts of the application the criterion read to decide, in the order it states them}
     * Each is present in the application JSON at its path with its value. Empty when the evaluator
     * was built without facts ({@code EvaluatorBuilder.facts(false)}), or the criterion states none.
     *
     * @since 0.1.0
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
    public List<Fact> facts() {
        return facts;
    }

    /**
     * {@return the ruleset's parameters the criterion compared the facts with, in the order it states
     * them} Empty when the evaluator was built without facts, or the criterion uses none.
     *
     * @since 0.1.0
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
    public List<ParameterValue> parameters() {
        return parameters;
    }

    /**
     * {@return for {@code UNKNOWN}, the paths of the facts whose absence left the criterion
     * undecided, without repetition} Provided with any values, they decide it. A fiscal year the
     * application lacks is named {@code fiscalYears[year=Y]}. Empty for {@code PASS} and {@code FAIL},
     * and for an {@code UNKNOWN} that no fact of the application can decide (a patent register that
     * could not confirm a patent).
     *
     * @since 0.1.0
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
    public List<String> missingFacts() {
        return missingFacts;
    }

    /**
     * {@return for {@code FAIL} or {@code UNKNOWN}, what would make the criterion pass, as it computed
     * it; {@code null} when it states none}
     *
     * @since 0.1.0
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
    public @Nullable WayToPass wayToPass() {
        return wayToPass;
    }

    /**
     * {@return this result without its facts and parameters} What an evaluator built without facts
     * returns, for bulk runs that need only the verdicts; the missing facts and the way to pass stay.
     *
     * @since 0.1.0
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
    public CriterionResult withoutFacts() {
        return facts.isEmpty() && parameters.isEmpty() ? this : new CriterionResult(this, false);
    }

    /** Two results are equal when every part is. */
    @Override
    public boolean equals(@Nullable Object o) {
        return o instanceof CriterionResult c && id.equals(c.id) && result == c.result && message.equals(c.message)
                && citation.equals(c.citation) && Objects.equals(remedy, c.remedy) && facts.equals(c.facts)
                && parameters.equals(c.parameters) && missingFacts.equals(c.missingFacts)
                && Objects.equals(wayToPass, c.wayToPass);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, result, message, citation, remedy, facts, parameters, missingFacts, wayToPass);
    }

    @Override
    public String toString() {
        return "CriterionResult[id=" + id + ", result=" + result + ", message=" + message + ", citation=" + citation
                + ", remedy=" + remedy + ", facts=" + facts + ", parameters=" + parameters + ", missingFacts="
                + missingFacts + ", wayToPass=" + wayToPass + "]";
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
        private final List<Fact> facts = new ArrayList<>();
        private final List<ParameterValue> parameters = new ArrayList<>();
        private final List<String> missingFacts = new ArrayList<>();
        private @Nullable WayToPass wayToPass;

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
         * A fact of the application the criterion read; see {@link Fact}.
         *
         * @param path its JSON path, such as {@code fiscalYears[0].rdExpenditure}
         * @param value its value in the application: a number, text, date, enum constant or boolean
         * @return this builder
         * @since 0.1.0
         */
        @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
        public Builder fact(String path, Object value) {
            facts.add(new Fact(path, value));
            return this;
        }

        /**
         * Facts of the application the criterion read, after those already given.
         *
         * @param read the facts, in the order read
         * @return this builder
         * @since 0.1.0
         */
        @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
        public Builder facts(List<Fact> read) {
            facts.addAll(read);
            return this;
        }

        /**
         * A parameter of the ruleset the criterion compared the facts with.
         *
         * @param name its name, such as {@code rd.min.precisionMedicine}
         * @param value its value in the ruleset applied
         * @return this builder
         * @since 0.1.0
         */
        @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
        public Builder parameter(String name, Object value) {
            parameters.add(new ParameterValue(name, value));
            return this;
        }

        /**
         * Parameters the criterion used, after those already given.
         *
         * @param used the parameters
         * @return this builder
         * @since 0.1.0
         */
        @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
        public Builder parameters(List<ParameterValue> used) {
            parameters.addAll(used);
            return this;
        }

        /**
         * A fact whose absence leaves an {@code UNKNOWN} result undecided; a path given twice is kept once.
         *
         * @param path its JSON path; for a fiscal year the application lacks,
         *     {@code fiscalYears[year=Y].field}
         * @return this builder
         * @since 0.1.0
         */
        @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
        public Builder missing(String path) {
            Objects.requireNonNull(path, "path");
            if (path.isEmpty()) {
                throw new IllegalArgumentException("a missing fact needs a path");
            }
            missingFacts.add(path);
            return this;
        }

        /**
         * Missing facts, after those already given.
         *
         * @param paths their JSON paths
         * @return this builder
         * @since 0.1.0
         */
        @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
        public Builder missingFacts(List<String> paths) {
            paths.forEach(this::missing);
            return this;
        }

        /**
         * What would make the criterion pass: for {@code FAIL} new figures or nothing the figures can
         * change, for {@code UNKNOWN} its missing facts or nothing the figures can decide.
         *
         * @param way the way, or {@code null} for none stated
         * @return this builder
         * @since 0.1.0
         */
        @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
        public Builder wayToPass(@Nullable WayToPass way) {
            this.wayToPass = way;
            return this;
        }

        /**
         * The result.
         *
         * @return a new result with every part given
         * @throws NullPointerException if the id, result, message or citation is missing
         * @throws IllegalArgumentException if a result other than {@code FAIL} carries a remedy, one
         *     other than {@code UNKNOWN} missing facts, or the way to pass does not fit the result
         */
        public CriterionResult build() {
            return new CriterionResult(this);
        }
    }
}
