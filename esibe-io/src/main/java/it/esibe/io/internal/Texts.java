package it.esibe.io.internal;

import com.fasterxml.jackson.databind.JsonNode;

/** Small helpers for violation messages, which must stay short whatever the input holds. */
public final class Texts {

    /** The most characters of an input value echoed in a message. */
    private static final int MAX_ECHO = 64;

    private Texts() {
    }

    /**
     * {@code value} in single quotes, cut to a bounded length: messages echo input so that the
     * applicant recognises it, but a megabyte string must not be copied into every decision.
     */
    public static String quote(String value) {
        if (value.length() <= MAX_ECHO) {
            return "'" + value + "'";
        }
        int end = MAX_ECHO;
        if (Character.isHighSurrogate(value.charAt(end - 1))) {
            end--; // never cut a surrogate pair in two
        }
        return "'" + value.substring(0, end) + "…' (" + value.length() + " characters)";
    }

    /** The JSON type of {@code node} with its article, as messages name it ("a string", "an array"). */
    public static String jsonType(JsonNode node) {
        if (node.isTextual()) {
            return "a string";
        }
        if (node.isIntegralNumber()) {
            return "an integer number";
        }
        if (node.isNumber()) {
            return "a decimal number";
        }
        if (node.isBoolean()) {
            return "a boolean";
        }
        if (node.isObject()) {
            return "an object";
        }
        if (node.isArray()) {
            return "an array";
        }
        if (node.isNull()) {
            return "null";
        }
        return "a non-JSON value";
    }
}
