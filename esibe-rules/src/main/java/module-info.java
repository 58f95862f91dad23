/**
 * ESIBE rules: the admission criteria of ESIBE-RULES-v1, rulesets, the SME calculator, the
 * national taxonomy and the evaluator.
 */
module it.esibe.rules {
    requires transitive it.esibe.core;
    requires static org.jspecify;
    requires org.hibernate.validator;

    exports it.esibe.rules;
}
