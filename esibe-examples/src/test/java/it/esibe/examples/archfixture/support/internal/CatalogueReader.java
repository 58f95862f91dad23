package it.esibe.examples.archfixture.support.internal;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Jackson where it belongs, in support's internal package: no rule may report it. */
public final class CatalogueReader {

    /** {@return a Jackson type used inside the implementation} */
    public ObjectMapper mapper() {
        return new ObjectMapper();
    }
}
