package it.esibe.examples.archfixture.support;

import com.fasterxml.jackson.databind.JsonNode;

/** Breaks "only esibe-support's internal package uses Jackson": a Jackson type in the support API. */
public final class SupportApiUsesJackson {

    /** {@return a Jackson type in an API signature} */
    public JsonNode tree() {
        return null;
    }
}
