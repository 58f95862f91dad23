package it.esibe.io.internal;

import java.io.IOException;
import java.io.InputStream;

/**
 * Cuts a {@code .json} file into records before any parsing: the elements of its top-level array,
 * or the whole document when it is not an array. Each element is then parsed on its own, like a
 * JSON Lines line, so that a broken element costs only itself and the next one is read as usual.
 *
 * <p>The scanner follows only what decides where an element ends: strings (with their escapes, so
 * that a bracket or comma inside a string is text), comments (so that a quote inside one is not
 * taken for a string), and the nesting of objects and arrays, counted bracket by bracket (so that a
 * closing bracket of the wrong kind, <code>["PAT-ONCO"&#125;</code>, still closes one level). At
 * nesting level 0 a comma ends the element and {@code ]} ends the array. It recovers the way a
 * reader would expect:
 * <ul>
 *   <li>a value that starts right after a complete one, without a comma, starts a new element,
 *       marked {@link #missingComma()};</li>
 *   <li>an element that runs to the end of the file without a separator (a missing {@code ]} in
 *       {@code {"a":[1,2}} makes counting take the following elements, and the array's own
 *       {@code ]}, into it) is, when within the size limit, scanned again with each closing bracket
 *       closing up to the nearest open bracket of its kind; where that finds the element's end, the
 *       rest of the file is read again from there, so the missing bracket costs only its element.
 *       A missing <code>&#125;</code> is found the same way: in that scan, a comma inside an
 *       object that is not followed by a property name closes the object;</li>
 *   <li>an element never closed either way (a string, object, array or comment open at the end of
 *       the file) is marked {@link #unclosed()}: everything from its start to the end of the file is
 *       that one record, the only case in which later elements cannot be told apart.</li>
 * </ul>
 * Nothing is lost in between: an empty slot ({@code [1,,2]}, {@code [1,]}), an array never closed
 * and content after the array are records of their own ({@link Kind}).
 *
 * <p>Lines and columns (in characters) are counted as the scanner goes, so that each record knows
 * where it starts in the file. Nesting is counted without limit; the kinds of the first
 * {@value #TYPED_DEPTH} levels are remembered for the recovery above.
 *
 * <p>Not thread-safe: one splitter per stream.
 */
final class JsonArraySplitter extends ByteRecords {

    /** What the current record is. */
    enum Kind {
        /** The file holds only white space (or nothing). */
        EMPTY_FILE,
        /** The file is not an array: the whole file (after a byte order mark) is the record. */
        DOCUMENT,
        /** An element of the top-level array: its bytes, without the white space around it. */
        ELEMENT,
        /** A comma or {@code ]} where an element was expected: no bytes, a position. */
        NO_ELEMENT,
        /** The file ends before the array is closed: no bytes, the position of the end. */
        NOT_CLOSED,
        /** Content after the top-level array: the bytes from its first character to the end of the file. */
        AFTER_ARRAY
    }

    private static final int TYPED_DEPTH = 4096;

    private static final int START = 0;
    private static final int BETWEEN = 1;
    private static final int AFTER = 2;
    private static final int DONE = 3;

    private static final int NO_COMMENT = 0;
    private static final int LINE_COMMENT = 1;
    private static final int BLOCK_COMMENT = 2;

    private int phase = START;
    /** Between elements: the last separator was a comma, so a {@code ]} now closes an empty slot. */
    private boolean afterComma;
    /** The next element starts right after a complete value, without a comma. */
    private boolean pendingMissingComma;

    // Where the scanner is in the file.
    private long line = 1;
    private long column = 1;
    private boolean afterCr;

    // The current record.
    private Kind kind = Kind.EMPTY_FILE;
    private long startLine;
    private long startColumn;
    private boolean missingComma;
    private boolean unclosed;

    // The current element's scanning state.
    private long depth;
    private final byte[] open = new byte[TYPED_DEPTH];
    private boolean inString;
    private boolean escape;
    private int comment;
    private boolean star;
    private boolean slash;
    private boolean complete;
    private boolean scalar;
    /** Whether closing brackets close up to the nearest match of their kind (the second scan). */
    private boolean repair;
    private boolean startAfterCr;
    /** Second scan: the index of the byte being scanned, and of a comma inside an object just passed. */
    private int scanIndex;
    private int objectComma = -1;
    /** After a second scan found an element's end, the rest of the file is scanned in its mode. */
    private boolean repairRest;
    /** How {@link #scan} found the element's end, and where {@link #ended} cut it. */
    private int ending;
    private int keep;

    JsonArraySplitter(InputStream in, int maxRecordBytes) {
        super(in, maxRecordBytes);
    }

    /** The current record's kind. */
    Kind kind() {
        return kind;
    }

    /** The file line of the current record's first character (or of its position, for a record without bytes). */
    long startLine() {
        return startLine;
    }

    /** The column, in characters, of the current record's first character. */
    long startColumn() {
        return startColumn;
    }

    /** Whether the current element follows the previous one without a comma between them. */
    boolean missingComma() {
        return missingComma;
    }

    /** Whether the current element is still open at the end of the file. */
    boolean unclosed() {
        return unclosed;
    }

    /** Reads the next record; {@code false} after the last. */
    boolean next() throws IOException {
        startRecord();
        missingComma = false;
        unclosed = false;
        switch (phase) {
            case START:
                return start();
            case BETWEEN:
                return between();
            case AFTER:
                return after();
            default:
                return false;
        }
    }

    private boolean start() throws IOException {
        skipByteOrderMark();
        while (fill()) {
            int b = buffer[pos] & 0xFF;
            if (isWhiteSpace(b)) {
                append(pos, 1); // kept in case the file is no array: then the whole file is the record
                advance(b);
                pos++;
                continue;
            }
            if (b == '[') {
                advance(b);
                pos++;
                startRecord();
                phase = BETWEEN;
                return between();
            }
            kind = Kind.DOCUMENT;
            startLine = 1;
            startColumn = 1;
            rest();
            return true;
        }
        phase = DONE;
        kind = Kind.EMPTY_FILE;
        return true;
    }

    private boolean between() throws IOException {
        missingComma = pendingMissingComma;
        pendingMissingComma = false;
        while (true) {
            if (!fill()) {
                phase = DONE;
                kind = Kind.NOT_CLOSED;
                startLine = line;
                startColumn = column;
                return true;
            }
            int b = buffer[pos] & 0xFF;
            if (isWhiteSpace(b)) {
                advance(b);
                pos++;
                continue;
            }
            if (b == ']' || b == ',') {
                long l = line;
                long c = column;
                advance(b);
                pos++;
                boolean emptySlot = b == ',' || afterComma;
                afterComma = b == ',';
                if (b == ']') {
                    phase = AFTER;
                }
                if (!emptySlot) {
                    return after(); // "[]": an empty array
                }
                kind = Kind.NO_ELEMENT;
                startLine = l;
                startColumn = c;
                return true;
            }
            return element();
        }
    }

    private boolean element() throws IOException {
        kind = Kind.ELEMENT;
        startLine = line;
        startColumn = column;
        startAfterCr = afterCr;
        afterComma = false;
        resetElement(repairRest);
        while (fill()) {
            int from = pos;
            int end = scan(buffer, from, limit);
            if (end < 0) {
                append(from, limit - from);
                pos = limit;
                continue;
            }
            // In the second scan's mode the rest of the file is one buffer, so 'from' is the element's start.
            int next = ended(buffer, from, end);
            append(from, keep - from);
            pos = next;
            return true;
        }
        boolean open = inString || depth > 0 || comment == BLOCK_COMMENT;
        if (!repair && overflow() == null && rescan()) {
            return true;
        }
        unclosed = open;
        // A complete element at the end of the file: the next record says that the array is not closed.
        phase = unclosed ? DONE : BETWEEN;
        return true;
    }

    /**
     * The element ran to the end of the file without a separator (open, or closed only by brackets
     * that belonged to later elements): scans its bytes again, each closing bracket closing up to the
     * nearest open one of its kind. If that ends the element, the element is cut there and the bytes
     * after it are read again as the rest of the file, in the same mode (so that no byte is scanned
     * more than three times, whatever the file).
     *
     * @return whether the second scan found the element's end
     */
    private boolean rescan() {
        resetElement(true);
        line = startLine;
        column = startColumn;
        afterCr = startAfterCr;
        int end = scan(bytes(), 0, length());
        if (end < 0) {
            return false;
        }
        int next = ended(bytes(), 0, end);
        giveBack(keep, next);
        repairRest = true;
        return true;
    }

    /**
     * Scans {@code bytes} from {@code from} to {@code to} as part of the current element, moving the
     * line and column along.
     *
     * @return the index of the byte that ends the element (not moved past; {@link #ending} says how),
     *     or -1 when the element goes on after {@code to}
     */
    private int scan(byte[] bytes, int from, int to) {
        for (int i = from; i < to; i++) {
            int b = bytes[i] & 0xFF;
            scanIndex = i;
            int end = step(b);
            if (end != CONTINUE) {
                ending = end;
                return i;
            }
            advance(b);
        }
        return -1;
    }

    /**
     * Completes the element that {@link #scan} ended at {@code end}, in {@code bytes} whose element
     * starts at {@code elementStart}: sets {@link #keep} to the index where the element's bytes stop,
     * and the state for what follows.
     *
     * @return the index from which the file goes on
     */
    private int ended(byte[] bytes, int elementStart, int end) {
        switch (ending) {
            case SPLIT:
                // The byte starts the next element: not consumed.
                keep = end;
                pendingMissingComma = true;
                phase = BETWEEN;
                return end;
            case EARLIER_COMMA: {
                // The element ended at an earlier comma: count the lines again up to it.
                int comma = objectComma;
                line = startLine;
                column = startColumn;
                afterCr = startAfterCr;
                for (int k = elementStart; k <= comma; k++) {
                    advance(bytes[k] & 0xFF);
                }
                keep = comma;
                afterComma = true;
                phase = BETWEEN;
                return comma + 1;
            }
            default:
                advance(bytes[end] & 0xFF);
                keep = end;
                afterComma = ending == COMMA;
                phase = ending == COMMA ? BETWEEN : AFTER;
                return end + 1;
        }
    }

    private void resetElement(boolean repairing) {
        repair = repairing;
        objectComma = -1;
        depth = 0;
        inString = false;
        escape = false;
        comment = NO_COMMENT;
        star = false;
        slash = false;
        complete = false;
        scalar = false;
    }

    private static final int CONTINUE = 0;
    private static final int COMMA = 1;
    private static final int CLOSE = 2;
    private static final int SPLIT = 3;
    /** Second scan: the element ended at the comma at {@link #objectComma}. */
    private static final int EARLIER_COMMA = 4;

    /** Takes one byte of an element: whether it continues the element or how it ends it. */
    private int step(int b) {
        if (comment == LINE_COMMENT) {
            if (b == '\n' || b == '\r') {
                comment = NO_COMMENT;
            }
            return CONTINUE;
        }
        if (comment == BLOCK_COMMENT) {
            if (star && b == '/') {
                comment = NO_COMMENT;
            }
            star = b == '*';
            return CONTINUE;
        }
        if (inString) {
            if (escape) {
                escape = false;
            } else if (b == '\\') {
                escape = true;
            } else if (b == '"') {
                inString = false;
                complete |= depth == 0;
            }
            return CONTINUE;
        }
        if (slash) {
            slash = false;
            if (b == '*' || b == '/') {
                comment = b == '*' ? BLOCK_COMMENT : LINE_COMMENT;
                star = false;
                return CONTINUE;
            }
        }
        if (depth == 0 && (b == ',' || b == ']')) {
            return b == ',' ? COMMA : CLOSE;
        }
        if (objectComma >= 0 && !isWhiteSpace(b) && b != '/') {
            // Second scan: a comma inside an object must be followed by a property name. Anything else
            // means the object was never closed: close it (and any object around it that the comma
            // cannot belong to either).
            boolean name = b == '"' || b == '}';
            while (!name && depth > 0 && depth <= TYPED_DEPTH && open[(int) depth - 1] == '{') {
                depth--;
            }
            if (!name && depth == 0) {
                return EARLIER_COMMA;
            }
            objectComma = -1;
        }
        if (repair && b == ',' && depth > 0 && depth <= TYPED_DEPTH && open[(int) depth - 1] == '{') {
            objectComma = scanIndex;
            return CONTINUE;
        }
        if (isWhiteSpace(b)) {
            if (depth == 0 && scalar) {
                scalar = false;
                complete = true;
            }
            return CONTINUE;
        }
        if (b == '/') {
            // Perhaps a comment: decided by the next byte. Either way the element is not JSON.
            slash = true;
            return CONTINUE;
        }
        // A value starting at level 0 after a complete one (or a string or bracket right after a bare
        // word): the comma between two elements is missing. A stray '}' is no value: it stays text.
        boolean startsWord = b != '"' && b != '{' && b != '[' && b != '}';
        if (depth == 0 && b != '}' && (complete || (scalar && !startsWord))) {
            return SPLIT;
        }
        if (b == '"') {
            inString = true;
            scalar = false;
        } else if (b == '{' || b == '[') {
            if (depth < TYPED_DEPTH) {
                open[(int) depth] = (byte) b;
            }
            depth++;
            scalar = false;
        } else if (b == '}' || b == ']') {
            close(b);
        } else if (depth == 0) {
            scalar = true;
        }
        return CONTINUE;
    }

    /**
     * A closing bracket inside an element: closes one level, or, on the second scan, up to the
     * nearest open bracket of its kind. One that closes nothing open is ignored (it stays in the
     * element's text, which is then not JSON).
     */
    private void close(int b) {
        if (depth == 0) {
            return;
        }
        if (!repair || depth > TYPED_DEPTH) {
            depth--;
        } else {
            byte want = (byte) (b == '}' ? '{' : '[');
            int k = (int) depth - 1;
            while (k >= 0 && open[k] != want) {
                k--;
            }
            if (k < 0) {
                return;
            }
            depth = k;
        }
        complete |= depth == 0;
    }

    private boolean after() throws IOException {
        phase = AFTER;
        while (fill()) {
            int b = buffer[pos] & 0xFF;
            if (isWhiteSpace(b)) {
                advance(b);
                pos++;
                continue;
            }
            kind = Kind.AFTER_ARRAY;
            startLine = line;
            startColumn = column;
            rest();
            return true;
        }
        phase = DONE;
        return false;
    }

    /** Takes everything to the end of the stream into the current record. */
    private void rest() throws IOException {
        while (fill()) {
            append(pos, limit - pos);
            pos = limit;
        }
        phase = DONE;
    }

    /** Moves the line and column past {@code b}: CRLF, LF and a bare CR each end one line. */
    private void advance(int b) {
        if (b == '\n') {
            if (!afterCr) {
                line++;
            }
            column = 1;
            afterCr = false;
        } else if (b == '\r') {
            line++;
            column = 1;
            afterCr = true;
        } else {
            afterCr = false;
            if ((b & 0xC0) != 0x80) {
                column++; // a UTF-8 continuation byte is part of the character before it
            }
        }
    }

    /** JSON's white space. */
    private static boolean isWhiteSpace(int b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }
}
