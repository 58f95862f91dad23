package it.esibe.examples.archfixture.rules.internal;

import it.esibe.examples.archfixture.core.ApplicationEvaluator;
import it.esibe.examples.archfixture.internal.Hidden;

/** A built-in criterion that reaches past the public API into an internal type: the rule must catch it. */
public class LeakyCriterion {

    /** Uses the public API, which is allowed, and an internal type, which is not. */
    public String decide(ApplicationEvaluator evaluator) {
        return evaluator.toString() + new Hidden();
    }
}
