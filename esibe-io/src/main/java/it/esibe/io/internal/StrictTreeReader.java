package it.esibe.io.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.esibe.core.decision.Violation;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Builds a Jackson tree from a streaming parser, exactly and strictly.
 *
 * <p>The tree is built here rather than by {@code ObjectMapper.readTree} for three reasons:
 * numbers keep their exact value and scale (integers as integers, every decimal as a
 * {@code BigDecimal}, never a {@code double}); a duplicate property becomes a violation with its
 * path instead of a parse failure that would lose the rest of the record (and, in a JSON array, the
 * records after it); and the size of a record can be checked while it is read, so that an
 * oversized element of a huge array is skipped instead of being held in memory. Recursion is
 * bounded by the parser's nesting limit.
 */
public final class StrictTreeReader {

    /** Checks the size of the record being read after each token. */
    @FunctionalInterface
    interface SizeGuard {
        /** Never objects: for a record whose size is already known to be within the limit. */
        SizeGuard NONE = p -> { };

        void check(JsonParser p) throws RecordTooLargeException;
    }

    /**
     * One record as parsed: either a JSON value with the duplicate properties found in it, or why
     * the text is not one JSON value.
     *
     * @param value the value, or {@code null} when the text is not JSON
     * @param problems duplicate properties, with their paths
     * @param error why the text is not one JSON value, when it is not
     */
    public record Parsed(@Nullable JsonNode value, List<Violation> problems, @Nullable String error) {

        static Parsed ok(JsonNode value, List<Violation> problems) {
            return new Parsed(value, List.copyOf(problems), null);
        }

        static Parsed failed(String error) {
            return new Parsed(null, List.of(), error);
        }
    }

    private StrictTreeReader() {
    }

    /**
     * Parses {@code text} as exactly one JSON value. Never throws for bad content.
     *
     * @param withLine whether error messages give the line as well as the column (for
     *     multi-line documents; a JSON Lines record is a single line)
     */
    public static Parsed parse(JsonFactory factory, String text, boolean withLine) {
        try (JsonParser p = factory.createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                return Parsed.failed("no JSON value: the record is empty or only white space");
            }
            List<Violation> problems = new ArrayList<>();
            JsonNode value = readValue(p, JsonPath.ROOT, problems, SizeGuard.NONE);
            if (p.nextToken() != null) {
                return Parsed.failed("not valid JSON" + where(p.currentTokenLocation(), withLine)
                        + ": content after the end of the JSON value");
            }
            return Parsed.ok(value, problems);
        } catch (JsonProcessingException e) {
            return Parsed.failed(describe(e, withLine));
        } catch (IOException e) {
            // A String source performs no I/O; anything else here is still about the content.
            return Parsed.failed("not valid JSON: " + e.getMessage());
        }
    }

    /** The violation message for a parse failure: what limit or syntax rule was broken, and where. */
    static String describe(JsonProcessingException e, boolean withLine) {
        String what = e instanceof StreamConstraintsException ? "exceeds a resource limit" : "not valid JSON";
        String message = e.getOriginalMessage();
        return what + where(e.getLocation(), withLine) + ": " + (message == null ? e.getClass().getSimpleName() : message);
    }

    static String where(@Nullable JsonLocation location, boolean withLine) {
        if (location == null || location.getColumnNr() < 0) {
            return "";
        }
        return withLine ? " at line " + location.getLineNr() + ", column " + location.getColumnNr()
                : " at column " + location.getColumnNr();
    }

    /**
     * Reads the value starting at the parser's current token, leaving the parser on its last token.
     *
     * @param path where the value stands in its record
     * @param problems receives a violation for every duplicate property
     */
    static JsonNode readValue(JsonParser p, JsonPath path, List<Violation> problems, SizeGuard guard)
            throws IOException {
        JsonToken token = p.currentToken();
        guard.check(p);
        if (token == null) {
            throw new JsonParseException(p, "unexpected end of input");
        }
        switch (token) {
            case START_OBJECT:
                return readObject(p, path, problems, guard);
            case START_ARRAY: {
                ArrayNode array = Json.NODES.arrayNode();
                int i = 0;
                while (p.nextToken() != JsonToken.END_ARRAY) {
                    array.add(readValue(p, path.index(i++), problems, guard));
                }
                guard.check(p);
                return array;
            }
            case VALUE_STRING:
                return Json.NODES.textNode(p.getText());
            case VALUE_NUMBER_INT:
                return integer(p);
            case VALUE_NUMBER_FLOAT:
                try {
                    // The exact decimal, scale included: never through double.
                    return DecimalNode.valueOf(p.getDecimalValue());
                } catch (NumberFormatException | ArithmeticException e) {
                    throw new JsonParseException(p, "malformed number: " + e.getMessage());
                }
            case VALUE_TRUE:
                return BooleanNode.TRUE;
            case VALUE_FALSE:
                return BooleanNode.FALSE;
            case VALUE_NULL:
                return NullNode.getInstance();
            default:
                throw new JsonParseException(p, "unexpected token " + token);
        }
    }

    private static JsonNode readObject(JsonParser p, JsonPath path, List<Violation> problems, SizeGuard guard)
            throws IOException {
        ObjectNode object = Json.NODES.objectNode();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            JsonPath child = path.field(name);
            p.nextToken();
            if (object.has(name)) {
                // Either value could be the intended one: keep the first, and make the record INVALID.
                problems.add(new Violation(child.toString(), "duplicate property " + Texts.quote(name)
                        + ": a property may appear only once in an object"));
                p.skipChildren();
                guard.check(p);
                continue;
            }
            object.set(name, readValue(p, child, problems, guard));
        }
        guard.check(p);
        return object;
    }

    private static JsonNode integer(JsonParser p) throws IOException {
        try {
            switch (p.getNumberType()) {
                case INT:
                    return Json.NODES.numberNode(p.getIntValue());
                case LONG:
                    return Json.NODES.numberNode(p.getLongValue());
                default:
                    return Json.NODES.numberNode(p.getBigIntegerValue());
            }
        } catch (NumberFormatException | ArithmeticException e) {
            throw new JsonParseException(p, "malformed number: " + e.getMessage());
        }
    }
}
