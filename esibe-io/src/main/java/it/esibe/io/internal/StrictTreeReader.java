package it.esibe.io.internal;

import it.esibe.core.message.Message;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import it.esibe.io.ReadLimits;
import java.io.IOException;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Builds a Jackson tree from one record's JSON text, exactly and strictly, and says in its own words
 * what is wrong with a text that is not JSON.
 *
 * <p>The tree is built here rather than by {@code ObjectMapper.readTree} because every value is
 * judged as it is read, with its path: numbers go through the {@link NumberReader} (exact value and
 * scale, limits judged from the literal, never a {@code double}); a string, property name or
 * nesting over its {@link ReadLimits limit}, a number over its limits and a duplicated property each
 * become a violation at their path, with {@code null} in the tree in their place, and the rest of
 * the record is read as usual. Only a text that is not JSON at all (a syntax error) has no tree.
 *
 * <p>Jackson's own stream limits are lifted: the record's size is bounded before it gets here
 * ({@link ReadLimits#maxRecordBytes()}), and the limits checked here give a violation at a path
 * instead of a parse failure in Jackson's words. Recursion is bounded by
 * {@link ReadLimits#maxNestingDepth()}, itself at most {@link ReadLimits#MAX_NESTING_LIMIT}.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class StrictTreeReader {

    /**
     * Where a record's text stands in its file, so that positions in messages are those of the
     * file: the line and column of its first character, and whether to name the line (a JSON Lines
     * record is one line, named by its decision).
     *
     * @param line the file line of the text's first character, from 1
     * @param column the column of the text's first character, from 1
     * @param withLine whether messages give the line as well as the column
     */
    public record Origin(long line, long column, boolean withLine) {

        /** A standalone text: positions are its own, with lines. */
        public static final Origin TEXT = new Origin(1, 1, true);

        /** A JSON Lines record: one line, positions by column. */
        public static final Origin LINE = new Origin(1, 1, false);

        /** The position fragment of {@code line} and {@code column} of the text, in file terms. */
        Message at(long textLine, long textColumn) {
            long l = line + textLine - 1;
            long c = textLine == 1 ? column + textColumn - 1 : textColumn;
            return ReadProblem.at(l, c, withLine);
        }
    }

    /**
     * One record as parsed: either a JSON value with the problems found in it, or why the text is
     * not one JSON value.
     *
     * @param value the value; {@code null} when the text is not JSON, or the first value when
     *     the text holds more than one (then {@code error} says so)
     * @param problems what was found while reading the value (limits, duplicates), with paths
     * @param error why the text is not one JSON value, when it is not
     */
    public record Parsed(@Nullable JsonNode value, Problems problems, @Nullable Message error) {
    }

    private final ReadLimits limits;
    private final NumberReader numbers;
    private final Problems problems;

    private StrictTreeReader(ReadLimits limits, Problems problems) {
        this.limits = limits;
        this.numbers = new NumberReader(limits);
        this.problems = problems;
    }

    /**
     * Parses {@code text} as exactly one JSON value within {@code limits}. Never throws for bad
     * content.
     *
     * @param origin where the text stands in its file, for the positions in messages
     */
    public static Parsed parse(String text, Origin origin, ReadLimits limits) {
        Problems problems = new Problems(limits.maxViolationsPerRecord());
        try (JsonParser p = Json.readFactory().createParser(text)) {
            JsonToken first = p.nextToken();
            if (first == null) {
                return new Parsed(null, problems, ReadProblem.NO_VALUE.message());
            }
            JsonNode value = new StrictTreeReader(limits, problems).value(p, JsonPath.ROOT, 1);
            JsonLocation after;
            try {
                after = p.nextToken() == null ? null : p.currentTokenLocation();
            } catch (JsonProcessingException e) {
                after = e.getLocation() == null ? p.currentLocation() : e.getLocation();
            }
            if (after != null) {
                // The value is kept: its applicationId can still name the decision.
                return new Parsed(value, problems, ReadProblem.JSON_CONTENT_AFTER_VALUE.message(
                        origin.at(Math.max(1, after.getLineNr()), Math.max(1, after.getColumnNr()))));
            }
            return new Parsed(value, problems, null);
        } catch (JsonProcessingException e) {
            return new Parsed(null, problems, describe(e, text, origin));
        } catch (IOException e) {
            // A String source performs no I/O; anything else here is still about the content.
            return new Parsed(null, problems, ReadProblem.JSON_UNEXPECTED_CHARACTER.message(origin.at(1, 1), "?"));
        }
    }

    /** Reads the value at the parser's current token, leaving the parser on its last token. */
    private JsonNode value(JsonParser p, JsonPath path, int depth) throws IOException {
        JsonToken token = Objects.requireNonNull(p.currentToken(), "token");
        switch (token) {
            case START_OBJECT:
            case START_ARRAY:
                if (depth > limits.maxNestingDepth()) {
                    p.skipChildren();
                    problems.unreadable(path, ReadProblem.NESTED_TOO_DEEP, limits.maxNestingDepth());
                    return NullNode.getInstance();
                }
                return token == JsonToken.START_OBJECT ? object(p, path, depth) : array(p, path, depth);
            case VALUE_STRING: {
                int length = p.getTextLength();
                if (length > limits.maxStringLength()) {
                    problems.unreadable(path, ReadProblem.STRING_TOO_LONG, length, limits.maxStringLength());
                    return NullNode.getInstance();
                }
                return Json.NODES.textNode(p.getText());
            }
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return number(p, path);
            case VALUE_TRUE:
                return BooleanNode.TRUE;
            case VALUE_FALSE:
                return BooleanNode.FALSE;
            case VALUE_NULL:
                return NullNode.getInstance();
            default:
                throw new IllegalStateException("unexpected token " + token);
        }
    }

    private JsonNode array(JsonParser p, JsonPath path, int depth) throws IOException {
        ArrayNode array = Json.NODES.arrayNode();
        int i = 0;
        while (p.nextToken() != JsonToken.END_ARRAY) {
            array.add(value(p, path.index(i++), depth + 1));
        }
        return array;
    }

    private JsonNode object(JsonParser p, JsonPath path, int depth) throws IOException {
        ObjectNode object = Json.NODES.objectNode();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            p.nextToken();
            if (name.length() > limits.maxNameLength()) {
                p.skipChildren();
                // The name is too long to be part of a path: the object's own path carries the problem.
                problems.add(path, ReadProblem.NAME_TOO_LONG, name.length(), limits.maxNameLength());
                problems.inexact();
                continue;
            }
            JsonPath child = path.field(name);
            if (object.has(name)) {
                // Either value could be the intended one: neither is judged (v1.1), and the record is INVALID.
                p.skipChildren();
                problems.unreadable(child, ReadProblem.DUPLICATE_PROPERTY, Texts.quote(name));
                object.set(name, NullNode.getInstance());
                continue;
            }
            object.set(name, value(p, child, depth + 1));
        }
        return object;
    }

    private JsonNode number(JsonParser p, JsonPath path) throws IOException {
        int length = p.getTextLength();
        if (length > limits.maxNumberLength()) {
            // Judged before the literal is even copied out of the parser.
            problems.unreadable(path, ReadProblem.NUMBER_TOO_LONG, length, limits.maxNumberLength());
            return NullNode.getInstance();
        }
        NumberReader.Literal literal = numbers.literal(p.getText());
        JsonNode node = literal.node();
        if (node != null) {
            return node;
        }
        if (literal.problem() == null) {
            // Jackson's lexer and the number reader disagree on the grammar: a defect, not the input's.
            throw new IllegalStateException("a JSON number the number reader does not accept");
        }
        problems.unreadable(path, literal.problem(), literal.args());
        return NullNode.getInstance();
    }

    // ---------------------------------------------------------------- syntax errors in our words

    /**
     * What a Jackson parse failure means, in the reader's words, at the position in the file.
     * Jackson's message is only inspected for its kind, never copied (except the offending word,
     * which is the input's own text, shortened).
     */
    static Message describe(JsonProcessingException e, String text, Origin origin) {
        JsonLocation location = e.getLocation();
        long line = location == null || location.getLineNr() < 1 ? 1 : location.getLineNr();
        long column = location == null || location.getColumnNr() < 1 ? 1 : location.getColumnNr();
        Message at = origin.at(line, column);
        String m = Objects.toString(e.getOriginalMessage(), "");
        long offset = location == null ? -1 : location.getCharOffset();
        int ch = offset >= 0 && offset < text.length() ? text.codePointAt((int) offset) : -1;
        if (e instanceof JsonEOFException || m.contains("end-of-input")) {
            return ReadProblem.JSON_UNEXPECTED_END.message(at);
        }
        if (m.contains("comment")) {
            return ReadProblem.JSON_COMMENT.message(at);
        }
        if (m.startsWith("Non-standard token") || m.startsWith("Unrecognized token")) {
            String word = quoted(m);
            return ReadProblem.JSON_UNKNOWN_WORD.message(origin.at(line, wordStart(text, word, offset, column)),
                    Texts.quote(word));
        }
        if (m.contains("numeric value") || m.contains("Leading zeroes") || ch == '+' || ch == '.') {
            return ReadProblem.JSON_BAD_NUMBER.message(at);
        }
        if (m.contains("CTRL-CHAR")) {
            return ReadProblem.JSON_CONTROL_CHARACTER.message(at);
        }
        if (m.contains("escape")) {
            return ReadProblem.JSON_BAD_ESCAPE.message(at);
        }
        if (m.contains("close marker")) {
            return ReadProblem.JSON_BAD_CLOSE.message(at);
        }
        if ((ch == ']' || ch == '}') && (m.contains("valid value") || m.contains("start field name"))) {
            return ReadProblem.JSON_TRAILING_COMMA.message(at);
        }
        if (m.contains("expecting comma")) {
            return ReadProblem.JSON_MISSING_COMMA.message(at);
        }
        if (m.contains("colon")) {
            return ReadProblem.JSON_MISSING_COLON.message(at);
        }
        if (ch == '\'') {
            return ReadProblem.JSON_SINGLE_QUOTE.message(at);
        }
        if (m.contains("start field name")) {
            return ReadProblem.JSON_NAME_NOT_QUOTED.message(at);
        }
        return ReadProblem.JSON_UNEXPECTED_CHARACTER.message(at, character(ch));
    }

    /**
     * The column where {@code word} starts, when the parser reported a position inside it or right
     * after it ({@code offset}, {@code column}): Jackson before 2.20 points after an unknown word,
     * later ones at it, and a message must not depend on the Jackson on the class path.
     */
    private static long wordStart(String text, String word, long offset, long column) {
        String head = word.endsWith("...") ? word.substring(0, word.length() - 3) : word;
        if (offset < 0 || head.isEmpty() || offset > text.length()) {
            return column;
        }
        int start = text.lastIndexOf(head, (int) offset);
        if (start < 0 || offset - start > word.length()) {
            return column;
        }
        String between = text.substring(start, (int) offset);
        return between.indexOf('\n') >= 0 || between.indexOf('\r') >= 0 ? column : Math.max(1, column - (offset - start));
    }

    /** The first single-quoted part of a parser message: the offending word, taken from the input. */
    private static String quoted(String message) {
        int start = message.indexOf('\'');
        int end = start < 0 ? -1 : message.indexOf('\'', start + 1);
        return end < 0 ? "?" : message.substring(start + 1, end);
    }

    /** A character as messages show it: itself in quotes when visible, else its code point. */
    static String character(int ch) {
        if (ch < 0) {
            return "?";
        }
        if (Character.isISOControl(ch) || Character.isWhitespace(ch) || Character.isSpaceChar(ch)
                || Character.getType(ch) == Character.FORMAT || Character.isSurrogate((char) ch)) {
            return String.format(java.util.Locale.ROOT, "U+%04X", ch);
        }
        return "'" + new String(Character.toChars(ch)) + "'";
    }
}
