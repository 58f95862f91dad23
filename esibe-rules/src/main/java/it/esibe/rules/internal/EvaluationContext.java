package it.esibe.rules.internal;

import it.esibe.core.model.Application;
import it.esibe.core.ruleset.RulesetParameters;
import it.esibe.core.spi.CriterionContext;
import it.esibe.core.spi.Evidence;
import it.esibe.core.taxonomy.Taxonomy;
import java.time.LocalDate;

/**
 * The context the evaluator gives every criterion for one application; {@code catalog} renders the
 * built-in criteria's messages with the evaluator's message providers.
 */
record EvaluationContext(Application application, LocalDate referenceDate, int referenceYear,
        RulesetParameters parameters, Taxonomy taxonomy, boolean explanations, Evidence evidence,
        MessageCatalog catalog)
        implements CriterionContext {
}
