package it.esibe.examples.archfixture.support;

import it.esibe.examples.archfixture.io.IoUsesRulesAndExamples;
import it.esibe.examples.archfixture.rules.RulesUsesIo;

/** Breaks "support depends on neither io nor rules". */
public final class SupportUsesIoAndRules {

    /** {@return an io type seen from support} */
    public IoUsesRulesAndExamples io() {
        return null;
    }

    /** {@return a rules type seen from support} */
    public RulesUsesIo rules() {
        return null;
    }
}
