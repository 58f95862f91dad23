/**
 * ESIBE rules: the admission criteria of ESIBE-RULES-v1, rulesets, the SME calculator, the
 * national taxonomy, the evaluator and the support programme's catalogues and matcher (§5.4).
 */
module it.esibe.rules {
    requires transitive it.esibe.core;
    requires static org.jspecify;
    requires org.hibernate.validator;
    // Quietens Hibernate Validator's start-up INFO line when the host configured no level for it.
    requires java.logging;
    // Reads the bundled support catalogues (JSON); not part of the API, so not transitive.
    requires com.fasterxml.jackson.databind;
    // Behind EvidenceCache (an explicit module since Caffeine 3); no Caffeine type is part of the API.
    requires com.github.benmanes.caffeine;

    exports it.esibe.rules;
    exports it.esibe.rules.support;
    exports it.esibe.rules.spi;

    // Support catalogues from other modules, found only when discovery is asked for.
    uses it.esibe.rules.spi.SupportCatalogue;
    // Providers of the core SPI from other modules, found only when discovery is asked for.
    uses it.esibe.core.spi.RulesetProvider;
    uses it.esibe.core.spi.TaxonomyProvider;
    uses it.esibe.core.spi.MessageProvider;
    uses it.esibe.core.spi.EvidenceSource;
}
