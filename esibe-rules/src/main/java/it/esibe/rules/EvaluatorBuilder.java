package it.esibe.rules;

import it.esibe.core.ApplicationEvaluator;
import it.esibe.core.taxonomy.Taxonomy;
import it.esibe.rules.internal.DefaultEvaluator;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Configures an {@link ApplicationEvaluator}: the ruleset, the evaluation context of
 * ESIBE-RULES-v1 and the language of violation messages. Obtain one from {@link Esibe#evaluator()}.
 *
 * <p>Defaults: ruleset {@code esibe-2024-interim}; reference date = each application's
 * {@code submittedOn}; reference fiscal year {@code Y} = the year before the reference date's;
 * violation messages in English.
 *
 * <p>Thread-safety: a builder is mutable and not thread-safe, so configure it on one thread; the
 * evaluator it builds is immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class EvaluatorBuilder {

    private Ruleset ruleset = Rulesets.interim();
    private Taxonomy taxonomy = NationalTaxonomy.get();
    private @Nullable LocalDate referenceDate;
    private @Nullable Integer referenceYear;
    private Locale locale = Locale.ENGLISH;
    private boolean explanations = true;

    EvaluatorBuilder() {
    }

    /**
     * Applies {@code ruleset} instead of {@code esibe-2024-interim}.
     *
     * @param ruleset the ruleset, such as one derived with {@link Ruleset#withParameters}
     * @return this builder
     */
    public EvaluatorBuilder ruleset(Ruleset ruleset) {
        this.ruleset = Objects.requireNonNull(ruleset, "ruleset");
        return this;
    }

    /**
     * Judges codes in applications against {@code taxonomy} instead of the national taxonomy.
     *
     * @param taxonomy the taxonomy
     * @return this builder
     */
    public EvaluatorBuilder taxonomy(Taxonomy taxonomy) {
        this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
        return this;
    }

    /**
     * Judges every application at {@code date} instead of its {@code submittedOn}; unless
     * {@link #referenceYear(int)} is also set, {@code Y} becomes the year before {@code date}'s.
     *
     * @param date the reference date
     * @return this builder
     */
    public EvaluatorBuilder referenceDate(LocalDate date) {
        this.referenceDate = Objects.requireNonNull(date, "date");
        return this;
    }

    /**
     * Takes the "per year" figures from fiscal year {@code year} for every application.
     *
     * @param year the reference fiscal year {@code Y}
     * @return this builder
     */
    public EvaluatorBuilder referenceYear(int year) {
        this.referenceYear = year;
        return this;
    }

    /**
     * Writes violation messages in {@code locale}'s language (Italian or English).
     *
     * @param locale Italian, or any other locale for English
     * @return this builder
     */
    public EvaluatorBuilder locale(Locale locale) {
        this.locale = Objects.requireNonNull(locale, "locale");
        return this;
    }

    /**
     * Whether criterion results carry explanations in Italian and English (the default, {@code true}).
     * With {@code false}, verdicts, outcomes, remedies and violations are unchanged but each criterion
     * result's message is its message key in both languages (such as {@code rdMin.fail.expenditure}):
     * for bulk screening that needs only the verdicts, rendering the figures is most of the cost of a
     * decision. Violation messages are always rendered.
     *
     * @param render whether to render explanations
     * @return this builder
     * @since 0.1.0
     */
    public EvaluatorBuilder explanations(boolean render) {
        this.explanations = render;
        return this;
    }

    /** {@return a new immutable, thread-safe evaluator with this configuration} */
    public ApplicationEvaluator build() {
        return new DefaultEvaluator(ruleset.id(), ruleset.parameters(), ruleset.criteria(), taxonomy, referenceDate,
                referenceYear, locale, explanations);
    }
}
