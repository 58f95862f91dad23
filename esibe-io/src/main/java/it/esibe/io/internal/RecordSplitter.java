package it.esibe.io.internal;

import java.io.IOException;
import java.io.InputStream;
import org.jspecify.annotations.Nullable;

/**
 * Splits a byte stream into records at line ends, before any decoding: JSON Lines (every line end
 * ends a record) and CSV (a line end inside a double-quoted cell does not, by the rules of
 * {@link CsvLexer}).
 *
 * <p>A line ends with CRLF, LF or a bare CR (files saved by old spreadsheet programs on macOS),
 * and the line end is not part of the record; a final line end does not start another record, and a
 * UTF-8 byte order mark at the start of the stream is skipped. Lines are counted the same way, so
 * that positions in messages are those an editor shows.
 *
 * <p>Not thread-safe: one splitter per stream.
 */
final class RecordSplitter extends ByteRecords {

    private final @Nullable CsvLexer csv;

    private boolean started;
    /** The previous record ended with a CR: an LF right after it belongs to that line end. */
    private boolean skipLf;
    /** The last byte seen was a CR: an LF right after it ends the same line. */
    private boolean afterCr;
    private long firstLine;
    private long nextLine = 1;
    private boolean blank;
    /** The code point being assembled from a multi-byte UTF-8 sequence, and how many bytes it still needs. */
    private int codePoint;
    private int pending;
    /** The smallest code point the sequence may encode: a smaller one is an overlong form, not UTF-8. */
    private int minimum;

    /**
     * A splitter of JSON Lines ({@code csv} null) or of CSV rows ({@code csv} the lexer, whose
     * separators may change between rows).
     */
    RecordSplitter(InputStream in, int maxRecordBytes, @Nullable CsvLexer csv) {
        super(in, maxRecordBytes);
        this.csv = csv;
    }

    /** The line of the stream the current record starts on, from 1. */
    long firstLine() {
        return firstLine;
    }

    /** Whether the current record ended inside a double-quoted CSV cell, that is, at the end of the stream. */
    boolean endedInQuotes() {
        return csv != null && csv.inQuotes();
    }

    /**
     * Whether the current record holds only characters with Unicode's {@code White_Space} property,
     * in valid UTF-8, or nothing: judged on the bytes as they pass, so that it is known even for an
     * over-long record, whose bytes are not kept.
     */
    boolean blank() {
        return blank && pending == 0;
    }

    /** Reads the next record; {@code false} at the end of the stream. */
    boolean next() throws IOException {
        if (!started) {
            started = true;
            skipByteOrderMark();
        }
        startRecord();
        firstLine = nextLine;
        blank = true;
        pending = 0;
        if (csv != null) {
            csv.reset();
        }
        boolean any = false;
        while (true) {
            if (!fill()) {
                // A final line end does not start a record; bytes after the last one do.
                return any;
            }
            if (skipLf) {
                skipLf = false;
                if (buffer[pos] == '\n') {
                    pos++;
                    afterCr = false;
                    continue;
                }
            }
            any = true;
            int end = recordEnd();
            if (end >= 0) {
                append(pos, end - pos);
                skipLf = buffer[end] == '\r';
                pos = end + 1;
                return true;
            }
            append(pos, limit - pos);
            pos = limit;
        }
    }

    /** The index in the buffer of the line end that ends the record, or -1; counts the lines it passes. */
    private int recordEnd() {
        for (int i = pos; i < limit; i++) {
            int b = buffer[i] & 0xFF;
            boolean lineEnd = b == '\n' || b == '\r';
            if (lineEnd) {
                if (b == '\r' || !afterCr) {
                    nextLine++;
                }
                afterCr = b == '\r';
            } else {
                afterCr = false;
                if (blank) {
                    blankByte(b);
                }
            }
            if (csv == null) {
                if (lineEnd) {
                    return i;
                }
            } else if (csv.step(b) == CsvLexer.LINE_END) {
                return i;
            } else if (lineEnd) {
                blank = false; // a line end inside quotes is content
            }
        }
        return -1;
    }

    /** Follows the current record's bytes (not its line ends) as UTF-8 while every character is white space. */
    private void blankByte(int b) {
        if (pending > 0) {
            if ((b & 0xC0) != 0x80) {
                blank = false;
                return;
            }
            codePoint = (codePoint << 6) | (b & 0x3F);
            if (--pending == 0) {
                blank = codePoint >= minimum && Texts.isWhiteSpace((char) codePoint);
            }
        } else if (b < 0x80) {
            blank = Texts.isWhiteSpace((char) b);
        } else if ((b & 0xE0) == 0xC0) {
            codePoint = b & 0x1F;
            pending = 1;
            minimum = 0x80;
        } else if ((b & 0xF0) == 0xE0) {
            codePoint = b & 0x0F;
            pending = 2;
            minimum = 0x800;
        } else {
            blank = false; // no white space needs four bytes; anything else is not UTF-8
        }
    }
}
