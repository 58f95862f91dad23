package it.esibe.examples.archfixture.rules;

import it.esibe.examples.archfixture.io.IoUsesRulesAndExamples;

/** Breaks "rules does not depend on io". */
public final class RulesUsesIo {

    /** {@return an io type seen from rules} */
    public IoUsesRulesAndExamples io() {
        return null;
    }
}
