package it.esibe.core.spi;

import it.esibe.core.model.Application;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Everything a criterion may look at: a valid application and the evaluation context of
 * ESIBE-RULES-v1 (reference date, reference fiscal year {@code Y}, the ruleset's parameters).
 *
 * <p>A single object so that it can grow without breaking criteria written against it.
 *
 * <p>Thread-safety: immutable; an evaluator makes one per application, and a criterion may hand it
 * to other threads.
 *
 * @param application the application, already validated
 * @param referenceDate the date patents and licences are judged at
 * @param referenceYear the fiscal year {@code Y} whose figures count "per year"
 * @param parameters the ruleset's parameters
 * @param explanations whether the caller wants each result's explanation rendered; when false a
 *     criterion may give a fixed, machine-readable message instead (the built-in criteria give their
 *     message key, such as {@code rdMin.fail.expenditure}, in both languages), since formatting the
 *     figures is most of the cost of a decision
 * @since 0.1.0
 */
public record CriterionContext(Application application, LocalDate referenceDate, int referenceYear,
        RulesetParameters parameters, boolean explanations) {

    /**
     * Rejects missing parts.
     *
     * @param application the validated application
     * @param referenceDate the reference date
     * @param referenceYear the reference fiscal year
     * @param parameters the ruleset's parameters
     * @param explanations whether each result's explanation is rendered
     */
    public CriterionContext {
        Objects.requireNonNull(application, "application");
        Objects.requireNonNull(referenceDate, "referenceDate");
        Objects.requireNonNull(parameters, "parameters");
    }

    /**
     * A context whose results carry rendered explanations ({@code explanations} true).
     *
     * @param application the validated application
     * @param referenceDate the date patents and licences are judged at
     * @param referenceYear the fiscal year {@code Y} whose figures count "per year"
     * @param parameters the ruleset's parameters
     */
    public CriterionContext(Application application, LocalDate referenceDate, int referenceYear,
            RulesetParameters parameters) {
        this(application, referenceDate, referenceYear, parameters, true);
    }
}
