package it.esibe.io.internal;

import it.esibe.core.message.Message;
import com.fasterxml.jackson.databind.JsonNode;
import org.apiguardian.api.API;

/** Small helpers for violation messages, which must stay short whatever the input holds. */
@API(status = API.Status.INTERNAL, since = "0.1.0")
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

    /**
     * Whether {@code text} holds only characters with Unicode's {@code White_Space} property
     * (U+0009–U+000D, U+0020, U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F,
     * U+205F, U+3000), or nothing: the format's reading of "blank". {@link String#isBlank} and
     * {@link Character#isWhitespace} disagree with it on the no-break spaces.
     */
    public static boolean isBlank(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (!isWhiteSpace(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code ch} has Unicode's {@code White_Space} property (all such characters are in the BMP). */
    static boolean isWhiteSpace(char ch) {
        return (ch >= '\t' && ch <= '\r') || ch == ' ' || ch == '\u0085' || ch == '\u00A0'
                || ch == '\u1680' || (ch >= '\u2000' && ch <= '\u200A') || ch == '\u2028' || ch == '\u2029'
                || ch == '\u202F' || ch == '\u205F' || ch == '\u3000';
    }

    /** The JSON type of {@code node} with its article, as messages name it ("a string", "an array"). */
    public static Message jsonType(JsonNode node) {
        if (node.isTextual()) {
            return ReadProblem.TYPE_STRING.message();
        }
        if (node.isIntegralNumber()) {
            return ReadProblem.TYPE_INTEGER.message();
        }
        if (node.isNumber()) {
            return ReadProblem.TYPE_DECIMAL.message();
        }
        if (node.isBoolean()) {
            return ReadProblem.TYPE_BOOLEAN.message();
        }
        if (node.isObject()) {
            return ReadProblem.TYPE_OBJECT.message();
        }
        if (node.isArray()) {
            return ReadProblem.TYPE_ARRAY.message();
        }
        if (node.isNull()) {
            return ReadProblem.TYPE_NULL.message();
        }
        return ReadProblem.TYPE_OTHER.message();
    }
}
