/**
 * An illustrative regional extension of ESIBE (not official Lombardy policy): ruleset
 * {@code lom-2026}, derived from the national {@code esibe-2024-interim}, the taxonomy codes
 * {@code LOM-*}, and the Italian, English and German words of its criterion {@code LOM-SEAT}.
 *
 * <p>ESIBE finds the three providers when the embedder opts in to discovery, on the module path through
 * the {@code provides} clauses below and on the class path through {@code META-INF/services}.
 */
module it.esibe.examples.lombardia {
    requires it.esibe.rules;
    requires static org.jspecify;

    exports it.esibe.examples.lombardia;

    provides it.esibe.core.spi.RulesetProvider with it.esibe.examples.lombardia.LombardyRulesets;
    provides it.esibe.core.spi.TaxonomyProvider with it.esibe.examples.lombardia.LombardyTaxonomy;
    provides it.esibe.core.spi.MessageProvider with it.esibe.examples.lombardia.LombardyMessages;
}
