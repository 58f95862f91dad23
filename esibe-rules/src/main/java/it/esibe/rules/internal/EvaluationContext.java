package it.esibe.rules.internal;

import it.esibe.core.message.MessageCatalog;
import it.esibe.core.model.Application;
import it.esibe.core.ruleset.RulesetParameters;
import it.esibe.core.spi.CriterionContext;
import it.esibe.core.spi.Evidence;
import it.esibe.core.taxonomy.Taxonomy;
import java.time.LocalDate;

/**
 * The context the evaluator gives every criterion for one application; {@code messages} renders
 * every criterion's explanations, built-in or not, with the evaluator's message providers.
 */
record EvaluationContext(Application application, LocalDate referenceDate, int referenceYear,
        RulesetParameters parameters, Taxonomy taxonomy, boolean explanations, Evidence evidence,
        MessageCatalog messages)
        implements CriterionContext {
}
