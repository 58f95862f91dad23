package it.esibe.rules.internal;

import it.esibe.core.message.MessageCatalog;
import it.esibe.core.model.Application;
import it.esibe.core.model.FiscalYear;
import it.esibe.core.ruleset.RulesetParameters;
import it.esibe.core.spi.CriterionContext;
import it.esibe.core.spi.Evidence;
import it.esibe.core.taxonomy.Taxonomy;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The context the evaluator gives every criterion for one application; {@code messages} renders
 * every criterion's explanations, built-in or not, with the evaluator's message providers.
 */
record EvaluationContext(Application application, LocalDate referenceDate, int referenceYear,
        RulesetParameters parameters, Taxonomy taxonomy, boolean explanations, Evidence evidence,
        MessageCatalog messages)
        implements CriterionContext {

    /** The fiscal years whose paths are made once, by field, rather than for every fact of every decision. */
    private static final int KEPT_YEARS = 8;
    private static final int MAX_FIELDS = 64;
    private static final Map<String, String[]> YEAR_PATHS = new ConcurrentHashMap<>();

    /** {@inheritDoc} The same path as the interface's, from a table for the first years of a field. */
    @Override
    public String fiscalYearPath(int year, String field) {
        List<FiscalYear> years = application.fiscalYears();
        for (int i = 0; i < years.size(); i++) {
            FiscalYear fy = years.get(i);
            if (fy != null && fy.year() != null && fy.year() == year) {
                String[] kept = i < KEPT_YEARS ? kept(field) : null;
                return kept != null ? kept[i] : CriterionContext.super.fiscalYearPath(year, field);
            }
        }
        return CriterionContext.super.fiscalYearPath(year, field);
    }

    /**
     * The paths of {@code field}, or null once the table holds {@link #MAX_FIELDS} fields: another
     * criterion may ask for any field, and the table must not grow with them.
     */
    private static String @Nullable [] kept(String field) {
        String[] paths = YEAR_PATHS.get(field);
        if (paths == null && YEAR_PATHS.size() < MAX_FIELDS) {
            paths = YEAR_PATHS.computeIfAbsent(field, EvaluationContext::paths);
        }
        return paths;
    }

    private static String[] paths(String field) {
        String[] paths = new String[KEPT_YEARS];
        for (int i = 0; i < KEPT_YEARS; i++) {
            paths[i] = "fiscalYears[" + i + "]." + field;
        }
        return paths;
    }
}
