package it.esibe.examples.archfixture.rules.internal;

import it.esibe.examples.archfixture.core.ApplicationEvaluator;

/** A built-in criterion that uses the public API only, and a helper of its own: the rule lets it be. */
@org.apiguardian.api.API(status = org.apiguardian.api.API.Status.INTERNAL, since = "0.1.0")
public class CleanCriterion {

    /** Public API only. */
    public String decide(ApplicationEvaluator evaluator) {
        return evaluator.toString() + new Citations();
    }
}
