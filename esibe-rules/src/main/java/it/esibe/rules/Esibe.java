package it.esibe.rules;

import it.esibe.core.taxonomy.Taxonomy;
import org.apiguardian.api.API;

/**
 * The entry point of the rules: evaluators, the national taxonomy, the SME calculator, and the
 * builder of registries that add providers.
 *
 * <pre>{@code
 * ApplicationEvaluator evaluator = Esibe.evaluator().build();
 * Decision decision = evaluator.evaluate(application);
 *
 * // with extensions: explicit registration is the main path, discovery is opt-in
 * EsibeRegistry esibe = Esibe.builder().rulesetProvider(new LombardyRulesets()).build();
 * ApplicationEvaluator regional = esibe.evaluator().ruleset("lom-2026").build();
 * }</pre>
 *
 * <p>Thread-safety: stateless; call it from any thread. Each call to {@link #evaluator()} or
 * {@link #builder()} returns a new builder.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class Esibe {

    private Esibe() {
    }

    /**
     * {@return a new builder of evaluators over ESIBE's own rulesets} By default each application
     * is judged by the national ruleset in force at its reference date ({@code esibe-2024-interim}).
     */
    public static EvaluatorBuilder evaluator() {
        return EsibeRegistry.defaults().evaluator();
    }

    /** {@return a new builder of registries, to register providers explicitly or opt in to discovery} */
    public static EsibeRegistry.Builder builder() {
        return EsibeRegistry.builder();
    }

    /** {@return the registry of ESIBE's own rulesets, taxonomy and messages, with no provider} */
    public static EsibeRegistry defaults() {
        return EsibeRegistry.defaults();
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
