package it.esibe.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A byte stream cut into records before any decoding, so that a record of invalid UTF-8 or an
 * over-long record costs only itself: the buffered input and the current record shared by the
 * splitters of JSON Lines and CSV ({@link RecordSplitter}) and of a JSON array
 * ({@link JsonArraySplitter}). Cutting bytes is safe for UTF-8 because the bytes of a multi-byte
 * character are never ASCII, and every boundary is ASCII.
 *
 * <p>A record longer than the limit is hashed as it streams past and never held in memory: its
 * bytes are dropped and {@link #overflow()} holds the digest of all of them.
 *
 * <p>Not thread-safe: one splitter per stream.
 */
abstract class ByteRecords {

    private static final int INITIAL_CAPACITY = 8 * 1024;

    private final InputStream in;
    private final int maxRecordBytes;

    private static final int BUFFER_SIZE = 64 * 1024;

    /** The input buffer: bytes from {@link #pos} to {@link #limit} are read but not yet consumed. */
    byte[] buffer = new byte[BUFFER_SIZE];
    int pos;
    int limit;
    private boolean eof;

    private byte[] record = new byte[INITIAL_CAPACITY];
    private int length;
    private long totalLength;
    private @Nullable MessageDigest overflow;

    ByteRecords(InputStream in, int maxRecordBytes) {
        this.in = Objects.requireNonNull(in, "in");
        this.maxRecordBytes = maxRecordBytes;
    }

    /** The bytes of the current record, valid up to {@link #length()}; empty when it overflowed. */
    final byte[] bytes() {
        return record;
    }

    /** How many bytes of {@link #bytes()} the current record holds. */
    final int length() {
        return length;
    }

    /** The length of the current record in bytes, even when it overflowed. */
    final long totalLength() {
        return totalLength;
    }

    /** The digest of an over-long record's bytes, or {@code null} when the record is within the limit. */
    final @Nullable MessageDigest overflow() {
        return overflow;
    }

    /** The SHA-256 of the current record's bytes, in hex, whether it overflowed or not. */
    final String sha256() {
        MessageDigest digest = overflow;
        return digest != null ? Sha256.toHex(digest.digest()) : Sha256.hex(record, length);
    }

    /** Starts an empty record. */
    final void startRecord() {
        length = 0;
        totalLength = 0;
        overflow = null;
        if (record.length > INITIAL_CAPACITY) {
            record = new byte[INITIAL_CAPACITY]; // one long record must not pin its buffer for the rest of the file
        }
    }

    /** Makes input available at {@link #pos}; {@code false} at the end of the stream. */
    final boolean fill() throws IOException {
        if (pos < limit) {
            return true;
        }
        if (buffer.length != BUFFER_SIZE) {
            buffer = new byte[BUFFER_SIZE]; // the bytes given back by giveBack() are consumed
            pos = 0;
            limit = 0;
        }
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

    /** Skips a UTF-8 byte order mark at the very start of the stream. */
    final void skipByteOrderMark() throws IOException {
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
     * Makes bytes {@code from} to {@link #length()} of the current record the next input again, and
     * keeps only its first {@code keep} bytes: a splitter that read too far gives back what it should
     * not have taken. Only at the end of the stream, for a record within the limit.
     */
    final void giveBack(int keep, int from) {
        if (pos < limit || !eof || overflow != null || keep > from || from > length) {
            throw new IllegalStateException("bytes can be given back only at the end of the stream");
        }
        buffer = Arrays.copyOfRange(record, from, length);
        pos = 0;
        limit = buffer.length;
        totalLength = keep;
        length = keep;
    }

    /** Adds {@code count} bytes of the input buffer from {@code offset} to the current record. */
    final void append(int offset, int count) {
        if (count <= 0) {
            return;
        }
        totalLength += count;
        MessageDigest digest = overflow;
        if (digest == null) {
            if ((long) length + count <= maxRecordBytes) {
                if (length + count > record.length) {
                    int capacity = (int) Math.min(Math.max((long) record.length * 2, (long) length + count),
                            maxRecordBytes);
                    record = Arrays.copyOf(record, capacity);
                }
                System.arraycopy(buffer, offset, record, length, count);
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
        digest.update(buffer, offset, count);
    }
}
