package it.esibe.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Splits a byte stream into records at line ends, before any decoding, so that a record of invalid
 * UTF-8 or an over-long record costs only itself: JSON Lines (every {@code '\n'} ends a record) and
 * CSV (a {@code '\n'} inside a double-quoted cell does not). Splitting bytes is safe for UTF-8
 * because the bytes of a multi-byte character are never ASCII.
 *
 * <p>A trailing {@code '\r'} is stripped, a final line end does not start another record, and a
 * UTF-8 byte order mark at the start of the stream is skipped. A record longer than the limit is
 * hashed as it streams past and never held in memory.
 *
 * <p>Not thread-safe: one splitter per stream.
 */
final class RecordSplitter {

    private static final int INITIAL_CAPACITY = 8 * 1024;
    private static final byte[] CR = {'\r'};

    private final InputStream in;
    private final int maxRecordBytes;
    private final boolean quoted;

    private final byte[] buffer = new byte[64 * 1024];
    private int pos;
    private int limit;
    private boolean eof;
    private boolean started;
    private long linesBefore;
    private long nextLine = 1;

    // The current record.
    private byte[] record = new byte[INITIAL_CAPACITY];
    private int length;
    private long totalLength;
    private boolean pendingCr;
    private boolean inQuotes;
    private @Nullable MessageDigest overflow;

    /**
     * @param quoted whether double quotes protect line ends (CSV)
     */
    RecordSplitter(InputStream in, int maxRecordBytes, boolean quoted) {
        this.in = Objects.requireNonNull(in, "in");
        this.maxRecordBytes = maxRecordBytes;
        this.quoted = quoted;
    }

    /** The bytes of the current record, valid up to {@link #length()}; empty when it overflowed. */
    byte[] bytes() {
        return record;
    }

    /** How many bytes of {@link #bytes()} the current record holds. */
    int length() {
        return length;
    }

    /** The length of the current record in bytes, even when it overflowed. */
    long totalLength() {
        return totalLength;
    }

    /** The line of the stream the current record starts on, from 1. */
    long firstLine() {
        return linesBefore;
    }

    /** Whether the current record ended inside a double-quoted CSV cell, that is, at the end of the stream. */
    boolean endedInQuotes() {
        return inQuotes;
    }

    /** The digest of an over-long record's bytes, or {@code null} when the record is within the limit. */
    @Nullable MessageDigest overflow() {
        return overflow;
    }

    /** Reads the next record; {@code false} at the end of the stream. */
    boolean next() throws IOException {
        if (!started) {
            started = true;
            skipByteOrderMark();
        }
        linesBefore = nextLine;
        length = 0;
        totalLength = 0;
        pendingCr = false;
        inQuotes = false;
        overflow = null;
        if (record.length > INITIAL_CAPACITY) {
            record = new byte[INITIAL_CAPACITY]; // one long record must not pin its buffer for the rest of the file
        }
        boolean any = false;
        while (true) {
            if (pos == limit && !fill()) {
                // A final line end does not start a record; bytes after the last one do.
                return any;
            }
            any = true;
            int end = recordEnd();
            if (end >= 0) {
                append(buffer, pos, end - pos);
                pos = end + 1;
                nextLine++;
                return true;
            }
            append(buffer, pos, limit - pos);
            pos = limit;
        }
    }

    /** The index in the buffer of the line end that ends the record, or -1; counts the lines it passes. */
    private int recordEnd() {
        for (int i = pos; i < limit; i++) {
            byte b = buffer[i];
            if (b == '\n') {
                if (!inQuotes) {
                    return i;
                }
                nextLine++;
            } else if (quoted && b == '"') {
                inQuotes = !inQuotes;
            }
        }
        return -1;
    }

    private boolean fill() throws IOException {
        while (!eof) {
            int n = in.read(buffer, 0, buffer.length);
            if (n < 0) {
                eof = true;
            } else if (n > 0) {
                pos = 0;
                limit = n;
                return true;
            }
        }
        return false;
    }

    private void skipByteOrderMark() throws IOException {
        while (limit < 3 && !eof) {
            int n = in.read(buffer, limit, buffer.length - limit);
            if (n < 0) {
                eof = true;
            } else {
                limit += n;
            }
        }
        if (limit >= 3 && (buffer[0] & 0xFF) == 0xEF && (buffer[1] & 0xFF) == 0xBB && (buffer[2] & 0xFF) == 0xBF) {
            pos = 3;
        }
    }

    /**
     * Adds bytes to the current record, holding back a final {@code '\r'} until it is known whether the
     * record ends right after it (then it is stripped).
     */
    private void append(byte[] bytes, int offset, int count) {
        if (count == 0) {
            return;
        }
        if (pendingCr) {
            pendingCr = false;
            emit(CR, 0, 1);
        }
        if (bytes[offset + count - 1] == '\r') {
            pendingCr = true;
            count--;
        }
        emit(bytes, offset, count);
    }

    private void emit(byte[] bytes, int offset, int count) {
        totalLength += count;
        MessageDigest digest = overflow;
        if (digest == null) {
            if ((long) length + count <= maxRecordBytes) {
                if (length + count > record.length) {
                    int capacity = (int) Math.min(Math.max((long) record.length * 2, (long) length + count),
                            maxRecordBytes);
                    record = Arrays.copyOf(record, capacity);
                }
                System.arraycopy(bytes, offset, record, length, count);
                length += count;
                return;
            }
            // Over the limit: from now on only hash, so the decision can still be traced.
            digest = Sha256.digest();
            digest.update(record, 0, length);
            overflow = digest;
            length = 0;
            record = new byte[INITIAL_CAPACITY];
        }
        digest.update(bytes, offset, count);
    }
}
