package it.esibe.examples.archfixture.io;

import it.esibe.examples.archfixture.core.ApplicationEvaluator;

/** The deciding loop may use an evaluator: not a break of any rule. */
public final class ApplicationFiles {

    /** {@return the evaluator that decides each record} */
    public ApplicationEvaluator evaluator() {
        return null;
    }
}
