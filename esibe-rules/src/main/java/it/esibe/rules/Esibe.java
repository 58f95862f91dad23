package it.esibe.rules;

import it.esibe.core.taxonomy.Taxonomy;

/**
 * The entry point of the rules: evaluators, the national taxonomy and the SME calculator.
 *
 * <pre>{@code
 * ApplicationEvaluator evaluator = Esibe.evaluator().build();
 * Decision decision = evaluator.evaluate(application);
 * }</pre>
 *
 * <p>Thread-safety: stateless; call it from any thread. Each call to {@link #evaluator()} returns a
 * new builder.
 *
 * @since 0.1.0
 */
public final class Esibe {

    private Esibe() {
    }

    /** {@return a new builder of evaluators, by default for ruleset {@code esibe-2024-interim}} */
    public static EvaluatorBuilder evaluator() {
        return new EvaluatorBuilder();
    }

    /** {@return the national taxonomy of ESIBE-TAXONOMY-v1} */
    public static Taxonomy taxonomy() {
        return NationalTaxonomy.get();
    }

    /** {@return the SME calculator with the ceilings of {@code esibe-2024-interim}} */
    public static SmeCalculator smeCalculator() {
        return SmeCalculator.interim();
    }
}
