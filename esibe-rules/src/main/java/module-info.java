/**
 * ESIBE rules: the admission criteria of ESIBE-RULES-v1, rulesets, the SME calculator, the
 * national taxonomy and the evaluator.
 *
 * <p>Its only libraries are Jakarta Validation with Hibernate Validator (messages go through ESIBE's
 * own catalog, so no EL implementation is needed) and Caffeine; no JSON library: reading and writing
 * files is {@code esibe-io}'s, the support programme's catalogues {@code esibe-support}'s.
 */
module it.esibe.rules {
    requires transitive it.esibe.core;
    // Annotations only (nullness), not needed at run time.
    requires static org.jspecify;
    // Stability markers (@API), read by tools and documentation only.
    requires static org.apiguardian.api;
    requires org.hibernate.validator;
    // Quietens Hibernate Validator's start-up INFO line when the host configured no level for it.
    requires java.logging;
    // Behind EvidenceCache (an explicit module since Caffeine 3); no Caffeine type is part of the API.
    requires com.github.benmanes.caffeine;

    exports it.esibe.rules;
    exports it.esibe.rules.whatif;

    // Providers of the core SPI from other modules, found only when discovery is asked for.
    uses it.esibe.core.spi.RulesetProvider;
    uses it.esibe.core.spi.TaxonomyProvider;
    uses it.esibe.core.spi.MessageProvider;
    uses it.esibe.core.spi.EvidenceSource;
}
