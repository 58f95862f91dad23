package it.esibe.io.internal;

/**
 * The quoting rules of a CSV row, character by character, shared by the splitter that finds where
 * rows end in the raw bytes ({@link RecordSplitter}) and the parser that cuts a row into cells
 * ({@link CsvCellParser}), so that the two can never disagree.
 *
 * <p>RFC 4180, read leniently as spreadsheets do: a double quote opens a quoted cell only at the
 * start of a cell; inside a quoted cell, {@code ""} is one double quote, and separators and line ends
 * are text; a double quote anywhere else (in {@code Esempio 5" Bio}) is an ordinary character. A
 * line end outside quotes ends the row: CRLF, LF or a bare CR (old spreadsheets on macOS).
 *
 * <p>Not thread-safe: one lexer per row being read.
 */
final class CsvLexer {

    /** The character is cell text. */
    static final int TEXT = 0;
    /** The character is quoting syntax, not text. */
    static final int QUOTE = 1;
    /** The character separates two cells. */
    static final int SEPARATOR = 2;
    /** The character ends the row. */
    static final int LINE_END = 3;
    /** The character is text after the closing quote of a quoted cell: the row is not valid CSV. */
    static final int TEXT_AFTER_QUOTE = 4;

    private static final int CELL_START = 0;
    private static final int UNQUOTED = 1;
    private static final int QUOTED = 2;
    private static final int QUOTE_IN_QUOTED = 3;

    private String separators;
    private int state = CELL_START;

    /** A lexer at the start of a row, for which each character of {@code separators} separates cells. */
    CsvLexer(String separators) {
        this.separators = separators;
    }

    /** From the next character on, each character of {@code separators} separates cells. */
    void separators(String value) {
        this.separators = value;
    }

    /** Back to the start of a row. */
    void reset() {
        state = CELL_START;
    }

    /** Whether the lexer is inside a quoted cell, where line ends are text. */
    boolean inQuotes() {
        return state == QUOTED;
    }

    /** What {@code ch} is at this point of the row: one of the constants of this class. */
    int step(int ch) {
        switch (state) {
            case QUOTED:
                if (ch == '"') {
                    state = QUOTE_IN_QUOTED;
                    return QUOTE;
                }
                return TEXT;
            case QUOTE_IN_QUOTED:
                if (ch == '"') {
                    state = QUOTED; // "" inside quotes: one literal double quote
                    return TEXT;
                }
                if (isEnd(ch)) {
                    return end(ch);
                }
                state = UNQUOTED;
                return TEXT_AFTER_QUOTE;
            case CELL_START:
                if (ch == '"') {
                    state = QUOTED;
                    return QUOTE;
                }
                // fall through: any other first character starts an unquoted cell
            default:
                if (isEnd(ch)) {
                    return end(ch);
                }
                state = UNQUOTED;
                return TEXT;
        }
    }

    private boolean isEnd(int ch) {
        return ch == '\n' || ch == '\r' || separators.indexOf(ch) >= 0;
    }

    private int end(int ch) {
        state = CELL_START;
        return ch == '\n' || ch == '\r' ? LINE_END : SEPARATOR;
    }
}
