package it.esibe.examples.archfixture.io;

import it.esibe.examples.archfixture.core.ApplicationEvaluator;

/** Breaks "esibe-io's readers know no evaluator": a reader that decides. */
public final class ReaderDecides {

    /** {@return the evaluator this reader would call} */
    public ApplicationEvaluator evaluator() {
        return null;
    }
}
