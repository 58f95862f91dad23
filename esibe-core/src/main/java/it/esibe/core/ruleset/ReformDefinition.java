package it.esibe.core.ruleset;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What a reform file states, as plain data: the ruleset it starts from, the new ruleset's id,
 * version and date, and the changes, each with the reason for it. Nothing here is checked against
 * the rules: esibe-io reads a definition from a reform file ({@code ReformJson.read}) and esibe-rules
 * derives the ruleset from it ({@code EsibeRegistry.derive(definition)}), which is where an unknown
 * base, parameter or criterion, or a value of the wrong kind, is found.
 *
 * <p>The components are named as the properties of the reform file (docs/WHATIF.md), and every
 * problem found in a definition is reported with that file's JSON path, such as
 * {@code parameters[0].value} or {@code added[1].after}, so that a definition built in Java and one
 * read from a file are judged alike.
 *
 * <p>The changes apply in this order: criteria added (each with the parameters its ruleset has and
 * the base lacks), criteria neutralised, parameters overridden; so an override may set a parameter
 * an added criterion brought.
 *
 * <pre>{@code
 * ReformDefinition lower = ReformDefinition.builder()
 *         .base("esibe-2024-interim").id("esibe-2026-lower-rd").version("1")
 *         .effectiveFrom(LocalDate.of(2026, 1, 1))
 *         .parameter(p -> p.name("rd.min.precisionMedicine").value("1500000.00")
 *                 .reason("Reach companies in their first clinical phase").source("Consultation 2026"))
 *         .build();
 * }</pre>
 *
 * <p>Thread-safety: immutable (its lists are unmodifiable copies), and safe to share between threads.
 *
 * @param base the id of the ruleset the reform starts from, such as {@code esibe-2024-interim}
 * @param id the derived ruleset's id, which every decision it makes names
 * @param version the derived ruleset's version
 * @param effectiveFrom the first reference date the derived ruleset applies to
 * @param series the series of the derived ruleset, or {@code null} for a series of its own (its id)
 * @param description what the reform is about, for people; {@code null} when not given
 * @param parameters the parameters overridden, in file order
 * @param neutralised the criteria neutralised, in file order
 * @param added the criteria added, in file order
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record ReformDefinition(String base, String id, String version, LocalDate effectiveFrom,
        @Nullable String series, @Nullable String description, List<ParameterChange> parameters,
        List<Neutralisation> neutralised, List<Addition> added) {

    /**
     * Copies the lists and rejects missing parts; the values themselves are judged when the ruleset
     * is derived.
     *
     * @param base the base ruleset's id
     * @param id the derived ruleset's id
     * @param version its version
     * @param effectiveFrom its first reference date
     * @param series its series, or {@code null}
     * @param description what it is about, or {@code null}
     * @param parameters the parameters overridden
     * @param neutralised the criteria neutralised
     * @param added the criteria added
     */
    public ReformDefinition {
        Objects.requireNonNull(base, "base");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        parameters = List.copyOf(parameters);
        neutralised = List.copyOf(neutralised);
        added = List.copyOf(added);
    }

    /** {@return a new builder, with no change} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * One parameter overridden: its new value as written in the file, and why.
     *
     * @param name the parameter's name, such as {@code rd.min.precisionMedicine}
     * @param value the value as text, as {@link Reform#parameter(String, String)} takes it: a decimal
     *     number in plain notation ({@code 1500000.00}), {@code true} or {@code false}, or the name of
     *     an enum constant ({@code WAIVE_TEST})
     * @param reason why the value changes
     * @param source where the change comes from, such as a consultation response or a decree
     * @since 0.1.0
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
    public record ParameterChange(String name, String value, String reason, String source) {

        /**
         * Rejects missing parts.
         *
         * @param name the parameter's name
         * @param value its value as text
         * @param reason why it changes
         * @param source where the change comes from
         */
        public ParameterChange {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(source, "source");
        }
    }

    /**
     * One criterion neutralised: it stays in every decision, in its place, but passes, and its
     * explanation names the reform and this reason.
     *
     * @param criterion the id of a criterion of the base, such as {@code ESIBE-PATENT}
     * @param reason why, in the words to show the applicant
     * @since 0.1.0
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
    public record Neutralisation(String criterion, String reason) {

        /**
         * Rejects missing parts.
         *
         * @param criterion the criterion's id
         * @param reason why it is neutralised
         */
        public Neutralisation {
            Objects.requireNonNull(criterion, "criterion");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * One criterion added: a criterion of a ruleset the registry knows (ESIBE's own, or one a
     * provider on the class path contributes), named by its id.
     *
     * @param criterion the criterion's id, such as {@code LOM-SEAT}
     * @param from the id of the ruleset to take it from; {@code null} when only one criterion of the
     *     registry has that id
     * @param after the id of the criterion it goes right after; {@code null} to append it after the
     *     last one
     * @param reason why it is added
     * @since 0.1.0
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
    public record Addition(String criterion, @Nullable String from, @Nullable String after, String reason) {

        /**
         * Rejects missing parts.
         *
         * @param criterion the criterion's id
         * @param from the ruleset to take it from, or {@code null}
         * @param after the criterion it follows, or {@code null}
         * @param reason why it is added
         */
        public Addition {
            Objects.requireNonNull(criterion, "criterion");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /**
     * Builds a {@link ReformDefinition} by named steps. Thread-safety: mutable, not thread-safe.
     *
     * @since 0.1.0
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
    public static final class Builder {

        private @Nullable String base;
        private @Nullable String id;
        private @Nullable String version;
        private @Nullable LocalDate effectiveFrom;
        private @Nullable String series;
        private @Nullable String description;
        private final List<ParameterChange> parameters = new ArrayList<>();
        private final List<Neutralisation> neutralised = new ArrayList<>();
        private final List<Addition> added = new ArrayList<>();

        private Builder() {
        }

        /**
         * Sets the ruleset the reform starts from (required).
         *
         * @param rulesetId such as {@code esibe-2024-interim}
         * @return this builder
         */
        public Builder base(String rulesetId) {
            this.base = Objects.requireNonNull(rulesetId, "rulesetId");
            return this;
        }

        /**
         * Sets the derived ruleset's id (required).
         *
         * @param rulesetId such as {@code esibe-2026-lower-rd}
         * @return this builder
         */
        public Builder id(String rulesetId) {
            this.id = Objects.requireNonNull(rulesetId, "rulesetId");
            return this;
        }

        /**
         * Sets the derived ruleset's version (required).
         *
         * @param value such as {@code 1}
         * @return this builder
         */
        public Builder version(String value) {
            this.version = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Sets the first reference date the derived ruleset applies to (required).
         *
         * @param date the date
         * @return this builder
         */
        public Builder effectiveFrom(LocalDate date) {
            this.effectiveFrom = Objects.requireNonNull(date, "date");
            return this;
        }

        /**
         * Puts the derived ruleset in a series; by default it forms its own.
         *
         * @param name the series, or {@code null} for a series of its own
         * @return this builder
         */
        public Builder series(@Nullable String name) {
            this.series = name;
            return this;
        }

        /**
         * Says what the reform is about.
         *
         * @param text a sentence for people, or {@code null}
         * @return this builder
         */
        public Builder description(@Nullable String text) {
            this.description = text;
            return this;
        }

        /**
         * Overrides a parameter: {@code change} sets its name, value, reason and source.
         *
         * @param change fills in the change
         * @return this builder
         * @throws IllegalStateException if the change lacks one of its four parts
         */
        public Builder parameter(Consumer<ParameterChangeBuilder> change) {
            ParameterChangeBuilder b = new ParameterChangeBuilder();
            change.accept(b);
            parameters.add(new ParameterChange(required(b.name, "name"), required(b.value, "value"),
                    required(b.reason, "reason"), required(b.source, "source")));
            return this;
        }

        /**
         * Neutralises a criterion: {@code change} names it and says why.
         *
         * @param change fills in the criterion's id and the reason
         * @return this builder
         * @throws IllegalStateException if the criterion or the reason is missing
         */
        public Builder neutralise(Consumer<NeutralisationBuilder> change) {
            NeutralisationBuilder b = new NeutralisationBuilder();
            change.accept(b);
            neutralised.add(new Neutralisation(required(b.criterion, "criterion"), required(b.reason, "reason")));
            return this;
        }

        /**
         * Adds a criterion the registry knows.
         *
         * @param change fills in the criterion's id, optionally its ruleset and position, and the reason
         * @return this builder
         * @throws IllegalStateException if the criterion or the reason is missing
         */
        public Builder add(Consumer<AdditionBuilder> change) {
            AdditionBuilder b = new AdditionBuilder();
            change.accept(b);
            added.add(new Addition(required(b.criterion, "criterion"), b.from, b.after, required(b.reason, "reason")));
            return this;
        }

        /**
         * {@return the definition}
         *
         * @throws IllegalStateException naming the first required step not taken
         */
        public ReformDefinition build() {
            return new ReformDefinition(required(base, "base"), required(id, "id"), required(version, "version"),
                    required(effectiveFrom, "effectiveFrom"), series, description, parameters, neutralised, added);
        }

        private static <T> T required(@Nullable T value, String step) {
            if (value == null) {
                throw new IllegalStateException("the reform definition needs " + step + "(…)");
            }
            return value;
        }
    }

    /**
     * The parts of one parameter override, for {@link Builder#parameter}.
     *
     * @since 0.1.0
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
    public static final class ParameterChangeBuilder {
        private @Nullable String name;
        private @Nullable String value;
        private @Nullable String reason;
        private @Nullable String source;

        private ParameterChangeBuilder() {
        }

        /**
         * Sets the parameter's name.
         *
         * @param parameter such as {@code rd.min.precisionMedicine}
         * @return this builder
         */
        public ParameterChangeBuilder name(String parameter) {
            this.name = Objects.requireNonNull(parameter, "parameter");
            return this;
        }

        /**
         * Sets the value as written in a file.
         *
         * @param text such as {@code 1500000.00}, {@code true} or {@code WAIVE_TEST}
         * @return this builder
         */
        public ParameterChangeBuilder value(String text) {
            this.value = Objects.requireNonNull(text, "text");
            return this;
        }

        /**
         * Sets why the value changes.
         *
         * @param text the reason
         * @return this builder
         */
        public ParameterChangeBuilder reason(String text) {
            this.reason = Objects.requireNonNull(text, "text");
            return this;
        }

        /**
         * Sets where the change comes from.
         *
         * @param text such as a consultation response or a decree
         * @return this builder
         */
        public ParameterChangeBuilder source(String text) {
            this.source = Objects.requireNonNull(text, "text");
            return this;
        }
    }

    /**
     * The parts of one neutralisation, for {@link Builder#neutralise}.
     *
     * @since 0.1.0
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
    public static final class NeutralisationBuilder {
        private @Nullable String criterion;
        private @Nullable String reason;

        private NeutralisationBuilder() {
        }

        /**
         * Sets the criterion neutralised.
         *
         * @param criterionId such as {@code ESIBE-PATENT}
         * @return this builder
         */
        public NeutralisationBuilder criterion(String criterionId) {
            this.criterion = Objects.requireNonNull(criterionId, "criterionId");
            return this;
        }

        /**
         * Sets why, in the words to show the applicant.
         *
         * @param text the reason
         * @return this builder
         */
        public NeutralisationBuilder reason(String text) {
            this.reason = Objects.requireNonNull(text, "text");
            return this;
        }
    }

    /**
     * The parts of one criterion added, for {@link Builder#add}.
     *
     * @since 0.1.0
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
    public static final class AdditionBuilder {
        private @Nullable String criterion;
        private @Nullable String from;
        private @Nullable String after;
        private @Nullable String reason;

        private AdditionBuilder() {
        }

        /**
         * Sets the criterion added.
         *
         * @param criterionId such as {@code LOM-SEAT}
         * @return this builder
         */
        public AdditionBuilder criterion(String criterionId) {
            this.criterion = Objects.requireNonNull(criterionId, "criterionId");
            return this;
        }

        /**
         * Takes the criterion from ruleset {@code rulesetId}, when several rulesets have a criterion
         * of that id.
         *
         * @param rulesetId such as {@code lom-2026}
         * @return this builder
         */
        public AdditionBuilder from(String rulesetId) {
            this.from = Objects.requireNonNull(rulesetId, "rulesetId");
            return this;
        }

        /**
         * Puts the criterion right after criterion {@code criterionId}; by default it goes last.
         *
         * @param criterionId such as {@code ESIBE-SEAT}
         * @return this builder
         */
        public AdditionBuilder after(String criterionId) {
            this.after = Objects.requireNonNull(criterionId, "criterionId");
            return this;
        }

        /**
         * Sets why the criterion is added.
         *
         * @param text the reason
         * @return this builder
         */
        public AdditionBuilder reason(String text) {
            this.reason = Objects.requireNonNull(text, "text");
            return this;
        }
    }
}
