package it.esibe.examples.archfixture.core;

import com.fasterxml.jackson.databind.ObjectMapper;
import it.esibe.examples.archfixture.rules.RulesUsesIo;

/** Breaks the core rules: depends on the rules module and on Jackson. */
public final class CoreUsesRulesAndJackson {

    /** {@return a rules type seen from core} */
    public RulesUsesIo rules() {
        return new RulesUsesIo();
    }

    /** {@return a Jackson type seen from core} */
    public ObjectMapper mapper() {
        return new ObjectMapper();
    }
}
