package it.esibe.io.internal;

import it.esibe.core.message.Message;
import it.esibe.core.message.MessageArg;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Every message the readers put in a violation, each built here and nowhere else.
 *
 * <p>Each problem is a key of ESIBE core's message files ({@code read.*} in
 * {@code it/esibe/core/message/messages.properties} and its Italian twin), so that a reader's
 * violation is rendered in the evaluator's language like every other message, through the same
 * message providers. Some entries are fragments (positions, JSON types, CSV locations) that other
 * messages take as arguments, so that they too are translated.
 *
 * <p>A message says what was wrong, where in the text (line, column, row, cell) and what is
 * allowed; it never holds a JSON path (the violation's {@code path} carries it), a Java name or a
 * parser's own text.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public enum ReadProblem {

    // ------------------------------------------------------------------ positions and types (fragments)

    /** Fragment: a position in a multi-line text. */
    AT_LINE_COLUMN("read.at.lineColumn"),
    /** Fragment: a position in a one-line record. */
    AT_COLUMN("read.at.column"),
    /** Fragment: a JSON type, with its article. */
    TYPE_STRING("read.type.string"),
    /** Fragment. */
    TYPE_INTEGER("read.type.integer"),
    /** Fragment. */
    TYPE_DECIMAL("read.type.decimal"),
    /** Fragment: an integer or a decimal. */
    TYPE_NUMBER("read.type.number"),
    /** Fragment. */
    TYPE_BOOLEAN("read.type.boolean"),
    /** Fragment. */
    TYPE_OBJECT("read.type.object"),
    /** Fragment. */
    TYPE_ARRAY("read.type.array"),
    /** Fragment. */
    TYPE_NULL("read.type.null"),
    /** Fragment: a node of an embedder's tree that JSON cannot hold. */
    TYPE_OTHER("read.type.other"),

    // ------------------------------------------------------------------ records

    /** A record over {@code maxRecordBytes}: its length and the limit. */
    RECORD_TOO_LARGE("read.record.tooLarge"),
    /** Bytes that are not UTF-8: the byte's position in the record, from 1. */
    NOT_UTF8("read.record.notUtf8"),
    /** A record with nothing in it (a single JSON text, not a JSON Lines line, which is skipped). */
    NO_VALUE("read.record.noValue"),
    /** A {@code .json} file with nothing in it. */
    NO_VALUE_IN_FILE("read.record.noValueInFile"),
    /** A record that is JSON but no object: its type. */
    NOT_AN_OBJECT("read.record.notAnObject"),
    /** A message already built from other problems (a CSV header problem repeated on each row, a CSV location). */
    VERBATIM("read.verbatim"),
    /** The cap on violations: how many more there are, and the cap. */
    MORE_PROBLEMS("read.record.moreProblems"),

    // ------------------------------------------------------------------ JSON syntax (first argument: a position)

    /** A character JSON does not allow there: position, the character. */
    JSON_UNEXPECTED_CHARACTER("read.json.unexpectedCharacter"),
    /** The text stops inside a value. */
    JSON_UNEXPECTED_END("read.json.unexpectedEnd"),
    /** A comment. */
    JSON_COMMENT("read.json.comment"),
    /** A word that is no JSON value ({@code NaN}, {@code Infinity}, {@code tru}): position, the word. */
    JSON_UNKNOWN_WORD("read.json.unknownWord"),
    /** A number JSON's grammar rejects. */
    JSON_BAD_NUMBER("read.json.badNumber"),
    /** A property name without double quotes. */
    JSON_NAME_NOT_QUOTED("read.json.nameNotQuoted"),
    /** A single-quoted string or name. */
    JSON_SINGLE_QUOTE("read.json.singleQuote"),
    /** Two values without a comma between them. */
    JSON_MISSING_COMMA("read.json.missingComma"),
    /** A property name without a colon after it. */
    JSON_MISSING_COLON("read.json.missingColon"),
    /** A comma right before a closing bracket. */
    JSON_TRAILING_COMMA("read.json.trailingComma"),
    /** A raw control character inside a string. */
    JSON_CONTROL_CHARACTER("read.json.controlCharacter"),
    /** A backslash escape JSON does not define. */
    JSON_BAD_ESCAPE("read.json.badEscape"),
    /** A closing bracket that closes nothing or the wrong thing. */
    JSON_BAD_CLOSE("read.json.badClose"),
    /** More after a complete value. */
    JSON_CONTENT_AFTER_VALUE("read.json.contentAfterValue"),

    // ------------------------------------------------------------------ the top-level array of a .json file

    /** The array is never closed. */
    ARRAY_NOT_CLOSED("read.array.notClosed"),
    /** Nothing between two separators: the position of the comma or bracket. */
    ARRAY_NO_ELEMENT("read.array.noElement"),
    /** Two elements without a comma: the position of the second. */
    ARRAY_MISSING_COMMA("read.array.missingComma"),
    /** An element never closed: where it starts, and the line from which the rest of the file is lost. */
    ARRAY_ELEMENT_NOT_CLOSED("read.array.elementNotClosed"),
    /** Text after the closing bracket: its position. */
    CONTENT_AFTER_ARRAY("read.array.contentAfter"),

    // ------------------------------------------------------------------ limits of single values

    /** A string over {@code maxStringLength}: its length and the limit. */
    STRING_TOO_LONG("read.limit.string"),
    /** A property name over {@code maxNameLength}: its length and the limit. */
    NAME_TOO_LONG("read.limit.name"),
    /** Nesting over {@code maxNestingDepth}: the limit. */
    NESTED_TOO_DEEP("read.limit.nesting"),
    /** A number literal over {@code maxNumberLength}: its length and the limit. */
    NUMBER_TOO_LONG("read.limit.numberLength"),
    /** A magnitude over {@code maxIntegerDigits}: the limit. */
    NUMBER_TOO_LARGE("read.limit.numberMagnitude"),
    /** A scale over {@code maxDecimalScale}: the limit. */
    NUMBER_TOO_MANY_DECIMALS("read.limit.numberScale"),
    /** A list over {@code maxItemsPerList}: its size and the limit. */
    TOO_MANY_ITEMS("read.limit.items"),

    // ------------------------------------------------------------------ structure and types

    /** An unknown property: its name, the allowed ones. */
    UNKNOWN_PROPERTY("read.unknownProperty"),
    /** A property given twice in one object: its name. */
    DUPLICATE_PROPERTY("read.duplicateProperty"),
    /** A required property that is absent: its name. */
    REQUIRED_MISSING("read.required"),
    /** A required property that is null: its name. */
    REQUIRED_NULL("read.requiredNull"),
    /** The wrong JSON type: the expected type and the one found (type fragments). */
    WRONG_TYPE("read.wrongType"),
    /** The wrong JSON type where null is allowed too. */
    WRONG_TYPE_OR_NULL("read.wrongTypeOrNull"),
    /** A null element of a list. */
    NULL_ELEMENT("read.nullElement"),
    /** A value outside an enumeration: the value, the allowed ones. */
    NOT_ALLOWED("read.notAllowed"),
    /** A date not in ISO form: the text. */
    DATE_FORM("read.dateForm"),
    /** A date not in ISO form where null is allowed too: the text. */
    DATE_FORM_OR_NULL("read.dateFormOrNull"),
    /** A well-formed date that does not exist: the text. */
    NOT_A_REAL_DATE("read.notARealDate"),
    /** A decimal where an integer is required. */
    INTEGER_EXPECTED("read.integerExpected"),
    /** An integer beyond Java's {@code int}: the bounds. */
    INTEGER_OUT_OF_RANGE("read.integerOutOfRange"),
    /** NaN or an infinity in an embedder's tree. */
    NOT_FINITE("read.notFinite"),

    // ------------------------------------------------------------------ decisions read back

    /** A decision that is no JSON object: its type. */
    DECISION_NOT_AN_OBJECT("read.decision.notAnObject"),
    /** More than one position: the position fields. */
    DECISION_POSITIONS("read.decision.positions"),
    /** A negative position. */
    DECISION_NEGATIVE_POSITION("read.decision.negativePosition"),
    /** A remedy without values. */
    DECISION_EMPTY_REMEDY("read.decision.emptyRemedy"),
    /** Fragment: the properties of a message (it, en) and further languages. */
    DECISION_MESSAGE_PROPERTIES("read.decision.messageProperties"),
    /** A blank text in a further language. */
    DECISION_BLANK_TEXT("read.decision.blankText"),
    /** Parts of a decision that contradict each other: what ESIBE's decision type says. */
    DECISION_INCONSISTENT("read.decision.inconsistent"),
    /** A decision that could not be read, without a more precise problem. */
    DECISION_INVALID("read.decision.invalid"),

    // ------------------------------------------------------------------ CSV

    /** Fragment: where a CSV record starts. */
    CSV_AT_ROW("read.csv.at.row"),
    /** Fragment: a column by number and header. */
    CSV_AT_COLUMN("read.csv.at.column"),
    /** Fragment: a column by header only. */
    CSV_AT_COLUMN_NAME("read.csv.at.columnName"),
    /** Fragment: an item of a list cell, from 1. */
    CSV_AT_ITEM("read.csv.at.item"),
    /** Fragment: a field of an item. */
    CSV_AT_FIELD("read.csv.at.field"),
    /** An empty file. */
    CSV_NO_HEADER("read.csv.noHeader"),
    /** A problem of the header row: the problem. */
    CSV_IN_HEADER("read.csv.inHeader"),
    /** A header column that is not in the layout: its number and text. */
    CSV_UNKNOWN_COLUMN("read.csv.unknownColumn"),
    /** A header column given twice: its number, its text, the column it repeats. */
    CSV_REPEATED_COLUMN("read.csv.repeatedColumn"),
    /** A first row without any known column. */
    CSV_NOT_A_HEADER("read.csv.notAHeader"),
    /** A row with more or fewer cells than the header: its cells, the header's columns. */
    CSV_CELL_COUNT("read.csv.cellCount"),
    /** Far more cells than any layout: the limit. */
    CSV_TOO_MANY_CELLS("read.csv.tooManyCells"),
    /** A quoted cell never closed: the cell's number. */
    CSV_QUOTE_NOT_CLOSED("read.csv.quoteNotClosed"),
    /** Text after a quoted cell's closing quote: the cell's number. */
    CSV_TEXT_AFTER_QUOTE("read.csv.textAfterQuote"),
    /** A row over {@code maxRecordBytes} because a quote is never closed: its length and the limit. */
    CSV_ROW_TOO_LARGE_OPEN_QUOTE("read.csv.rowTooLargeOpenQuote"),
    /** An item with more fields than the layout: item number, its fields, the layout's count and form. */
    CSV_TOO_MANY_FIELDS("read.csv.tooManyFields"),
    /** A number cell that is no number: the text. */
    CSV_NOT_A_NUMBER("read.csv.notANumber"),
    /** An integer cell that is no number: the text. */
    CSV_NOT_AN_INTEGER("read.csv.notAnInteger");

    private final String key;

    ReadProblem(String key) {
        this.key = key;
    }

    /** The stable key of the message in ESIBE core's message files ({@code it/esibe/core/message}). */
    public String key() {
        return key;
    }

    /**
     * The message with {@code args} for {@code {0}}, {@code {1}} …: a {@link Message} or
     * {@link MessageArg} is rendered in the message's language (fragments such as positions and
     * JSON types are messages of their own), a whole number is written as the language writes
     * numbers, anything else as its text.
     */
    public Message message(Object... args) {
        MessageArg[] converted = new MessageArg[args.length];
        for (int i = 0; i < args.length; i++) {
            converted[i] = argument(args[i]);
        }
        return Message.of(key, converted);
    }

    private static MessageArg argument(@Nullable Object arg) {
        if (arg instanceof MessageArg a) {
            return a;
        }
        if (arg instanceof Message m) {
            return MessageArg.message(m);
        }
        if (arg instanceof Integer || arg instanceof Long) {
            return MessageArg.count(((Number) arg).longValue());
        }
        return MessageArg.text(String.valueOf(arg));
    }

    /** The position fragment: {@code line L, column C}, or {@code column C} for a one-line record. */
    static Message at(long line, long column, boolean withLine) {
        return withLine ? AT_LINE_COLUMN.message(line, column) : AT_COLUMN.message(column);
    }
}
