package it.esibe.examples.archfixture.rules;

import com.fasterxml.jackson.databind.ObjectMapper;
import it.esibe.examples.archfixture.support.SupportUsesIoAndRules;

/** Breaks "rules depends on no Jackson and no EL" and "libraries do not depend on support". */
public final class RulesUsesJacksonAndSupport {

    /** {@return a Jackson type seen from rules} */
    public ObjectMapper mapper() {
        return new ObjectMapper();
    }

    /** {@return a support type seen from rules} */
    public SupportUsesIoAndRules support() {
        return null;
    }
}
