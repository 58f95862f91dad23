package it.esibe.core.spi;

import it.esibe.core.decision.LocalizedText;
import it.esibe.core.message.Message;
import it.esibe.core.message.MessageArg;
import it.esibe.core.message.MessageCatalog;
import it.esibe.core.model.Application;
import it.esibe.core.model.FiscalYear;
import it.esibe.core.ruleset.RulesetParameters;
import it.esibe.core.taxonomy.Taxonomy;
import it.esibe.core.taxonomy.TaxonomyEntry;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Everything a criterion may look at: a valid application and the evaluation context of
 * ESIBE-RULES-v1 (reference date, reference fiscal year {@code Y}, the ruleset's parameters), the
 * taxonomy codes are judged against, and the evidence sources.
 *
 * <p>An interface, so that it can grow with {@code default} methods without breaking criteria
 * written against it. ESIBE's evaluator makes one per application; tests and tools make one with
 * {@link #builder(Application, RulesetParameters, Taxonomy)}.
 *
 * <p>Thread-safety: immutable; a criterion may hand it to other threads.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public interface CriterionContext {

    /** {@return the application, already validated} */
    Application application();

    /** {@return the date patents and licences are judged at} */
    LocalDate referenceDate();

    /** {@return the fiscal year {@code Y} whose figures count "per year"} */
    int referenceYear();

    /** {@return the ruleset's parameters} */
    RulesetParameters parameters();

    /** {@return the taxonomy codes are judged against: the national one and any provider's} */
    Taxonomy taxonomy();

    /**
     * {@return whether the caller wants each result's explanation rendered} When false a criterion
     * may give a fixed, machine-readable message instead (the built-in criteria give their message
     * key, such as {@code rdMin.fail.expenditure}, in both languages), since formatting the figures
     * is most of the cost of a decision.
     */
    default boolean explanations() {
        return true;
    }

    /** {@return the evidence sources the embedder plugged in; by default none} */
    default Evidence evidence() {
        return Evidence.none();
    }

    /**
     * {@return the catalog that renders explanations: the evaluator's message providers (ESIBE's
     * own, the embedder's and a criterion's own provider among them), in the languages the evaluator
     * was built for} By default ESIBE core's own messages alone.
     */
    default MessageCatalog messages() {
        return MessageCatalog.builtIn();
    }

    /**
     * The explanation {@code message} in Italian, English and the evaluator's further languages,
     * with each language's amounts and dates; or, when {@link #explanations()} is false, the
     * message's key in both languages, with nothing formatted. Built-in and third-party criteria
     * explain themselves through this method alike.
     *
     * @param message the message, whose key a registered message provider knows
     * @return the explanation
     * @throws it.esibe.core.ConfigurationException if no message provider has the key in English
     */
    default LocalizedText text(Message message) {
        if (!explanations()) {
            return new LocalizedText(message.key(), message.key());
        }
        return messages().text(message);
    }

    /**
     * The explanation {@code key} with {@code args}; see {@link #text(Message)}.
     *
     * @param key the message key, such as {@code rdMin.fail.expenditure}
     * @param args its arguments, made with the factories of {@link MessageArg}
     * @return the explanation
     * @throws it.esibe.core.ConfigurationException if no message provider has the key in English
     */
    default LocalizedText text(String key, MessageArg... args) {
        if (!explanations()) {
            // Not even the message is built: most of a bulk run's cost is formatting.
            return new LocalizedText(key, key);
        }
        return text(Message.of(key, args));
    }

    /**
     * The JSON path of {@code field} of fiscal year {@code year}, for the facts a criterion reports
     * ({@link it.esibe.core.decision.CriterionResult.Builder#fact} and
     * {@link it.esibe.core.decision.CriterionResult.Builder#missing}): in the index form of the
     * format's violations ({@code fiscalYears[0].rdExpenditure}) when the application has that year,
     * else {@code fiscalYears[year=2024].rdExpenditure}, since a year the application lacks has no
     * index and a portal must know which year to ask for.
     *
     * @param year the fiscal year, such as {@link #referenceYear()}
     * @param field the field of the year, such as {@code rdExpenditure}
     * @return the path
     * @since 0.1.0
     */
    @API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
    default String fiscalYearPath(int year, String field) {
        List<FiscalYear> years = application().fiscalYears();
        for (int i = 0; i < years.size(); i++) {
            FiscalYear fy = years.get(i);
            if (fy != null && fy.year() != null && fy.year() == year) {
                return "fiscalYears[" + i + "]." + field;
            }
        }
        return "fiscalYears[year=" + year + "]." + field;
    }

    /**
     * A builder of contexts, for tests and tools that run a criterion on their own.
     *
     * @param application the validated application; its {@code submittedOn} is the default reference date
     * @param parameters the ruleset's parameters
     * @param taxonomy the taxonomy
     * @return a builder; the reference year defaults to the year before the reference date's
     */
    static Builder builder(Application application, RulesetParameters parameters, Taxonomy taxonomy) {
        return new Builder(application).parameters(parameters).taxonomy(taxonomy);
    }

    /**
     * A builder of contexts for a criterion that needs neither parameters nor taxonomy codes, such
     * as a regional criterion on the legal seat: no parameters, a taxonomy without codes, unless set
     * with {@link Builder#parameters} and {@link Builder#taxonomy}.
     *
     * @param application the validated application; its {@code submittedOn} is the default reference date
     * @return a builder; the reference year defaults to the year before the reference date's
     * @since 0.1.0
     */
    @API(status = API.Status.STABLE, since = "0.1.0")
    static Builder builder(Application application) {
        return new Builder(application);
    }

    /**
     * Builds a {@link CriterionContext}.
     *
     * <p>Thread-safety: mutable and not thread-safe; the context it builds is immutable.
     *
     * @since 0.1.0
     */
    final class Builder {
        private static final Taxonomy NO_CODES = new NoCodes();

        private final Application application;
        private RulesetParameters parameters = RulesetParameters.empty();
        private Taxonomy taxonomy = NO_CODES;
        private @Nullable LocalDate referenceDate;
        private @Nullable Integer referenceYear;
        private boolean explanations = true;
        private Evidence evidence = Evidence.none();
        private MessageCatalog messages = MessageCatalog.builtIn();

        private Builder(Application application) {
            this.application = Objects.requireNonNull(application, "application");
            this.referenceDate = application.submittedOn();
        }

        /**
         * Sets the ruleset's parameters (by default none).
         *
         * @param value the parameters, such as {@code InterimParameters.values()}
         * @return this builder
         * @since 0.1.0
         */
        @API(status = API.Status.STABLE, since = "0.1.0")
        public Builder parameters(RulesetParameters value) {
            this.parameters = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Sets the taxonomy (by default one without codes).
         *
         * @param value the taxonomy, such as {@code Esibe.taxonomy()}
         * @return this builder
         * @since 0.1.0
         */
        @API(status = API.Status.STABLE, since = "0.1.0")
        public Builder taxonomy(Taxonomy value) {
            this.taxonomy = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Sets the reference date.
         *
         * @param date the date
         * @return this builder
         */
        public Builder referenceDate(LocalDate date) {
            this.referenceDate = Objects.requireNonNull(date, "date");
            return this;
        }

        /**
         * Sets the reference fiscal year.
         *
         * @param year the year {@code Y}
         * @return this builder
         */
        public Builder referenceYear(int year) {
            this.referenceYear = year;
            return this;
        }

        /**
         * Sets whether explanations are rendered.
         *
         * @param render whether to render them
         * @return this builder
         */
        public Builder explanations(boolean render) {
            this.explanations = render;
            return this;
        }

        /**
         * Sets the evidence sources.
         *
         * @param value the evidence
         * @return this builder
         */
        public Builder evidence(Evidence value) {
            this.evidence = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * Sets the catalog that renders explanations.
         *
         * @param catalog the catalog, with the message providers of the criteria to run
         * @return this builder
         */
        public Builder messages(MessageCatalog catalog) {
            this.messages = Objects.requireNonNull(catalog, "catalog");
            return this;
        }

        /**
         * {@return the context}
         *
         * @throws IllegalStateException if there is no reference date (the application has no
         *     {@code submittedOn} and none was set)
         */
        public CriterionContext build() {
            if (referenceDate == null) {
                throw new IllegalStateException("no reference date: the application has no submittedOn and none was set");
            }
            int year = referenceYear != null ? referenceYear : referenceDate.getYear() - 1;
            return new SimpleContext(application, referenceDate, year, parameters, taxonomy, explanations, evidence,
                    messages);
        }
    }
}

/** A taxonomy without codes: the default of a context built for a criterion that reads none. */
final class NoCodes implements Taxonomy {
    @Override
    public List<TaxonomyEntry> entries() {
        return List.of();
    }

    @Override
    public Optional<TaxonomyEntry> find(String code) {
        return Optional.empty();
    }
}

/** The context a {@link CriterionContext.Builder} builds. */
record SimpleContext(Application application, LocalDate referenceDate, int referenceYear,
        RulesetParameters parameters, Taxonomy taxonomy, boolean explanations, Evidence evidence,
        MessageCatalog messages) implements CriterionContext {
}
