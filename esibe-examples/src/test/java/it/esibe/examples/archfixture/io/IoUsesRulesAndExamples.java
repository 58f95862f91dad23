package it.esibe.examples.archfixture.io;

import it.esibe.examples.archfixture.examples.Cli;
import it.esibe.examples.archfixture.rules.RulesUsesIo;

/** Breaks "io does not depend on rules" and "libraries do not depend on examples". */
public final class IoUsesRulesAndExamples {

    /** {@return a rules type seen from io} */
    public RulesUsesIo rules() {
        return null;
    }

    /** {@return an examples type seen from io} */
    public Cli cli() {
        return null;
    }
}
