package it.esibe.io.internal;

/**
 * Every message the readers put in a violation, each built here and nowhere else.
 *
 * <p>Each problem has a stable key and an English text with numbered placeholders ({@code {0}},
 * {@code {1}} …), the form of the evaluator's message bundles, so that reader messages can become
 * keyed, translated messages in one step. Some entries are fragments (positions, JSON types, CSV
 * locations) that other messages take as arguments, so that they too can be translated.
 *
 * <p>A message says what was wrong, where in the text (line, column, row, cell) and what is
 * allowed; it never holds a JSON path (the violation's {@code path} carries it), a Java name or a
 * parser's own text.
 */
public enum ReadProblem {

    // ------------------------------------------------------------------ positions and types (fragments)

    /** Fragment: a position in a multi-line text. */
    AT_LINE_COLUMN("read.at.lineColumn", "line {0}, column {1}"),
    /** Fragment: a position in a one-line record. */
    AT_COLUMN("read.at.column", "column {0}"),
    /** Fragment: a JSON type, with its article. */
    TYPE_STRING("read.type.string", "a string"),
    /** Fragment. */
    TYPE_INTEGER("read.type.integer", "an integer number"),
    /** Fragment. */
    TYPE_DECIMAL("read.type.decimal", "a decimal number"),
    /** Fragment: an integer or a decimal. */
    TYPE_NUMBER("read.type.number", "a number"),
    /** Fragment. */
    TYPE_BOOLEAN("read.type.boolean", "a boolean"),
    /** Fragment. */
    TYPE_OBJECT("read.type.object", "an object"),
    /** Fragment. */
    TYPE_ARRAY("read.type.array", "an array"),
    /** Fragment. */
    TYPE_NULL("read.type.null", "null"),
    /** Fragment: a node of an embedder's tree that JSON cannot hold. */
    TYPE_OTHER("read.type.other", "a value that is not JSON data"),

    // ------------------------------------------------------------------ records

    /** A record over {@code maxRecordBytes}: its length and the limit. */
    RECORD_TOO_LARGE("read.record.tooLarge",
            "the record is {0} bytes long, over the limit of {1} bytes for one record; it was not read"),
    /** Bytes that are not UTF-8: the byte's position in the record, from 1. */
    NOT_UTF8("read.record.notUtf8", "not valid UTF-8: a malformed byte sequence at byte {0} of the record"),
    /** A record with nothing in it (a single JSON text, not a JSON Lines line, which is skipped). */
    NO_VALUE("read.record.noValue", "no JSON value: the record is empty or holds only white space"),
    /** A {@code .json} file with nothing in it. */
    NO_VALUE_IN_FILE("read.record.noValueInFile", "no JSON value: the file is empty or holds only white space"),
    /** A record that is JSON but no object: its type. */
    NOT_AN_OBJECT("read.record.notAnObject",
            "not a JSON object: an application is a JSON object, this record is {0}"),
    /** A message already built from other problems (a CSV header problem repeated on each row). */
    VERBATIM("read.verbatim", "{0}"),
    /** The cap on violations: how many more there are, and the cap. */
    MORE_PROBLEMS("read.record.moreProblems",
            "{0} more problems in this record are not listed: at most {1} are listed for one record"),

    // ------------------------------------------------------------------ JSON syntax (first argument: a position)

    /** A character JSON does not allow there: position, the character. */
    JSON_UNEXPECTED_CHARACTER("read.json.unexpectedCharacter", "not valid JSON at {0}: unexpected character {1}"),
    /** The text stops inside a value. */
    JSON_UNEXPECTED_END("read.json.unexpectedEnd",
            "not valid JSON at {0}: the text ends before its JSON value is complete (it may have been cut off)"),
    /** A comment. */
    JSON_COMMENT("read.json.comment", "not valid JSON at {0}: comments are not allowed in JSON"),
    /** A word that is no JSON value ({@code NaN}, {@code Infinity}, {@code tru}): position, the word. */
    JSON_UNKNOWN_WORD("read.json.unknownWord", "not valid JSON at {0}: {1} is not a JSON value (a value is a "
            + "string in double quotes, a number written with digits, an object, an array, true, false or null)"),
    /** A number JSON's grammar rejects. */
    JSON_BAD_NUMBER("read.json.badNumber", "not valid JSON at {0}: a malformed number (JSON numbers have no "
            + "leading zeros and no plus sign, and a decimal point has digits on both sides)"),
    /** A property name without double quotes. */
    JSON_NAME_NOT_QUOTED("read.json.nameNotQuoted",
            "not valid JSON at {0}: a property name must be written in double quotes"),
    /** A single-quoted string or name. */
    JSON_SINGLE_QUOTE("read.json.singleQuote",
            "not valid JSON at {0}: strings and property names are written in double quotes, not single quotes"),
    /** Two values without a comma between them. */
    JSON_MISSING_COMMA("read.json.missingComma", "not valid JSON at {0}: a comma is missing between two values"),
    /** A property name without a colon after it. */
    JSON_MISSING_COLON("read.json.missingColon", "not valid JSON at {0}: a colon is missing after a property name"),
    /** A comma right before a closing bracket. */
    JSON_TRAILING_COMMA("read.json.trailingComma",
            "not valid JSON at {0}: a comma before a closing bracket (a comma too many)"),
    /** A raw control character inside a string. */
    JSON_CONTROL_CHARACTER("read.json.controlCharacter", "not valid JSON at {0}: a control character (a tab, a "
            + "line break …) inside a string must be written as an escape such as \\t, \\n or \\u0000"),
    /** A backslash escape JSON does not define. */
    JSON_BAD_ESCAPE("read.json.badEscape", "not valid JSON at {0}: an unknown escape sequence in a string (JSON "
            + "allows \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t and \\u followed by four hex digits)"),
    /** A closing bracket that closes nothing or the wrong thing. */
    JSON_BAD_CLOSE("read.json.badClose",
            "not valid JSON at {0}: a closing bracket that does not match the object or array it should close"),
    /** More after a complete value. */
    JSON_CONTENT_AFTER_VALUE("read.json.contentAfterValue",
            "not valid JSON at {0}: content after the end of the JSON value"),

    // ------------------------------------------------------------------ the top-level array of a .json file

    /** The array is never closed. */
    ARRAY_NOT_CLOSED("read.array.notClosed", "the file ends before its top-level array is closed: the final ']' "
            + "is missing (the file may have been cut off)"),
    /** Nothing between two separators: the position of the comma or bracket. */
    ARRAY_NO_ELEMENT("read.array.noElement",
            "not valid JSON at {0}: no element where the array expects one (a comma too many)"),
    /** Two elements without a comma: the position of the second. */
    ARRAY_MISSING_COMMA("read.array.missingComma", "not valid JSON at {0}: a comma is missing before this element"),
    /** An element never closed: where it starts, and the line from which the rest of the file is lost. */
    ARRAY_ELEMENT_NOT_CLOSED("read.array.elementNotClosed", "not valid JSON: the file ends inside the element that "
            + "starts at {0}, because a string, object, array or comment in it is never closed; the rest of the "
            + "file, from line {1}, could not be read as separate elements"),
    /** Text after the closing bracket: its position. */
    CONTENT_AFTER_ARRAY("read.array.contentAfter",
            "not valid JSON at {0}: content after the end of the top-level array"),

    // ------------------------------------------------------------------ limits of single values

    /** A string over {@code maxStringLength}: its length and the limit. */
    STRING_TOO_LONG("read.limit.string",
            "a text of {0} characters, over the limit of {1} characters; it was not read"),
    /** A property name over {@code maxNameLength}: its length and the limit. */
    NAME_TOO_LONG("read.limit.name",
            "a property name of {0} characters, over the limit of {1} characters; the property was not read"),
    /** Nesting over {@code maxNestingDepth}: the limit. */
    NESTED_TOO_DEEP("read.limit.nesting",
            "nested too deeply: at most {0} levels of objects and arrays are read; this value was not read"),
    /** A number literal over {@code maxNumberLength}: its length and the limit. */
    NUMBER_TOO_LONG("read.limit.numberLength",
            "a number written with {0} characters, over the limit of {1} characters; it was not read"),
    /** A magnitude over {@code maxIntegerDigits}: the limit. */
    NUMBER_TOO_LARGE("read.limit.numberMagnitude",
            "number too large: at most {0} digits before the decimal point are accepted"),
    /** A scale over {@code maxDecimalScale}: the limit. */
    NUMBER_TOO_MANY_DECIMALS("read.limit.numberScale",
            "too many decimals: at most {0} digits after the decimal point are accepted"),
    /** A list over {@code maxItemsPerList}: its size and the limit. */
    TOO_MANY_ITEMS("read.limit.items",
            "too many items: {0}, more than the limit of {1} per list; the items were not read"),

    // ------------------------------------------------------------------ structure and types

    /** An unknown property: its name, the allowed ones. */
    UNKNOWN_PROPERTY("read.unknownProperty", "unknown property {0}; allowed properties here: {1}"),
    /** A property given twice in one object: its name. */
    DUPLICATE_PROPERTY("read.duplicateProperty",
            "duplicate property {0}: a property may appear only once in an object; neither value was read"),
    /** A required property that is absent: its name. */
    REQUIRED_MISSING("read.required", "required property {0} is missing"),
    /** A required property that is null: its name. */
    REQUIRED_NULL("read.requiredNull", "required property {0} is missing (it is null)"),
    /** The wrong JSON type: the expected type and the one found (type fragments). */
    WRONG_TYPE("read.wrongType", "must be {0}, got {1}"),
    /** The wrong JSON type where null is allowed too. */
    WRONG_TYPE_OR_NULL("read.wrongTypeOrNull", "must be {0} or null, got {1}"),
    /** A null element of a list. */
    NULL_ELEMENT("read.nullElement", "array elements must not be null"),
    /** A value outside an enumeration: the value, the allowed ones. */
    NOT_ALLOWED("read.notAllowed", "{0} is not allowed; allowed values: {1}"),
    /** A date not in ISO form: the text. */
    DATE_FORM("read.dateForm", "must be a date in the form YYYY-MM-DD, got {0}"),
    /** A date not in ISO form where null is allowed too: the text. */
    DATE_FORM_OR_NULL("read.dateFormOrNull", "must be a date in the form YYYY-MM-DD or null, got {0}"),
    /** A well-formed date that does not exist: the text. */
    NOT_A_REAL_DATE("read.notARealDate", "{0} is not a real date"),
    /** A decimal where an integer is required. */
    INTEGER_EXPECTED("read.integerExpected",
            "must be an integer number without decimal point or exponent, got a decimal number"),
    /** An integer beyond Java's {@code int}: the bounds. */
    INTEGER_OUT_OF_RANGE("read.integerOutOfRange", "integer out of range: it must lie between {0} and {1}"),
    /** NaN or an infinity in an embedder's tree. */
    NOT_FINITE("read.notFinite", "must be a finite number"),

    // ------------------------------------------------------------------ CSV

    /** Fragment: where a CSV record starts. */
    CSV_AT_ROW("read.csv.at.row", "row {0} (line {1})"),
    /** Fragment: a column by number and header. */
    CSV_AT_COLUMN("read.csv.at.column", "column {0} {1}"),
    /** Fragment: a column by header only. */
    CSV_AT_COLUMN_NAME("read.csv.at.columnName", "column {0}"),
    /** Fragment: an item of a list cell, from 1. */
    CSV_AT_ITEM("read.csv.at.item", "item {0}"),
    /** Fragment: a field of an item. */
    CSV_AT_FIELD("read.csv.at.field", "field {0}"),
    /** A located CSV message: location fragments, then the message. */
    CSV_LOCATED("read.csv.located", "{0}: {1}"),
    /** An empty file. */
    CSV_NO_HEADER("read.csv.noHeader", "no header row: the file is empty; see docs/CSV-FORMAT.md for the layout"),
    /** A problem of the header row: the problem. */
    CSV_IN_HEADER("read.csv.inHeader", "header row: {0}"),
    /** A header column that is not in the layout: its number and text. */
    CSV_UNKNOWN_COLUMN("read.csv.unknownColumn",
            "column {0} {1} is not a column of the ESIBE CSV layout (docs/CSV-FORMAT.md)"),
    /** A header column given twice: its number, its text, the column it repeats. */
    CSV_REPEATED_COLUMN("read.csv.repeatedColumn", "column {0} {1} repeats column {2}"),
    /** A first row without any known column. */
    CSV_NOT_A_HEADER("read.csv.notAHeader",
            "the first row is not a header of the ESIBE CSV layout: no known column name in it"),
    /** A row with more or fewer cells than the header: its cells, the header's columns. */
    CSV_CELL_COUNT("read.csv.cellCount", "the row has {0} cells but the header has {1} columns"),
    /** Far more cells than any layout: the limit. */
    CSV_TOO_MANY_CELLS("read.csv.tooManyCells", "not valid CSV: more than {0} cells in one row"),
    /** A quoted cell never closed: the cell's number. */
    CSV_QUOTE_NOT_CLOSED("read.csv.quoteNotClosed", "not valid CSV: the double quote that opens cell {0} is "
            + "never closed, so the row runs to the end of the file"),
    /** Text after a quoted cell's closing quote: the cell's number. */
    CSV_TEXT_AFTER_QUOTE("read.csv.textAfterQuote", "not valid CSV: text after the closing double quote of cell {0}; "
            + "a double quote inside a quoted cell is written twice (\"\")"),
    /** A row over {@code maxRecordBytes} because a quote is never closed: its length and the limit. */
    CSV_ROW_TOO_LARGE_OPEN_QUOTE("read.csv.rowTooLargeOpenQuote", "the row is {0} bytes long, over the limit of {1} "
            + "bytes for one record; it was not read: a double quote in it is never closed, so it runs to the end of "
            + "the file"),
    /** An item with more fields than the layout: item number, its fields, the layout's count and form. */
    CSV_TOO_MANY_FIELDS("read.csv.tooManyFields",
            "item {0} has {1} fields separated by '|', more than the {2} of the layout: {3}"),
    /** A number cell that is no number: the text. */
    CSV_NOT_A_NUMBER("read.csv.notANumber", "must be a number written with digits and a point as decimal "
            + "separator (1234.56), no thousands separator, got {0}"),
    /** An integer cell that is no number: the text. */
    CSV_NOT_AN_INTEGER("read.csv.notAnInteger",
            "must be an integer written with digits, no thousands separator, got {0}");

    private final String key;
    private final String english;

    ReadProblem(String key, String english) {
        this.key = key;
        this.english = english;
    }

    /** The stable key of the message, for a future message bundle. */
    public String key() {
        return key;
    }

    /** The English text with {@code args} in place of {@code {0}}, {@code {1}} … */
    public String format(Object... args) {
        if (args.length == 0) {
            return english;
        }
        StringBuilder sb = new StringBuilder(english.length() + 32);
        int i = 0;
        while (i < english.length()) {
            char ch = english.charAt(i);
            if (ch == '{' && i + 2 < english.length() && english.charAt(i + 2) == '}'
                    && english.charAt(i + 1) >= '0' && english.charAt(i + 1) <= '9') {
                int n = english.charAt(i + 1) - '0';
                sb.append(n < args.length ? String.valueOf(args[n]) : english.substring(i, i + 3));
                i += 3;
            } else {
                sb.append(ch);
                i++;
            }
        }
        return sb.toString();
    }

    /** The position fragment: {@code line L, column C}, or {@code column C} for a one-line record. */
    static String at(long line, long column, boolean withLine) {
        return withLine ? AT_LINE_COLUMN.format(line, column) : AT_COLUMN.format(column);
    }
}
