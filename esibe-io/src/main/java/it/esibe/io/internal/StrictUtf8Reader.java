package it.esibe.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import org.jspecify.annotations.Nullable;

/**
 * Decodes UTF-8 strictly, optionally skipping a leading byte order mark, and reports a malformed
 * sequence only once every character before it has been delivered.
 *
 * <p>{@link java.io.InputStreamReader} with a reporting decoder fails as soon as it decodes ahead
 * into a bad byte, which would make the parser blame a record that is entirely valid. Here the
 * parser reads up to the bad byte and the error surfaces in the record that holds it.
 */
final class StrictUtf8Reader extends Reader {

    /** A malformed UTF-8 sequence, with its byte offset in the stream. */
    static final class InvalidUtf8Exception extends CharacterCodingException {
        private static final long serialVersionUID = 1L;

        private final long offset;

        InvalidUtf8Exception(long offset) {
            this.offset = offset;
        }

        @Override
        public String getMessage() {
            return "not valid UTF-8: a malformed byte sequence at byte " + (offset + 1) + " of the file";
        }
    }

    private final InputStream in;
    private final CharsetDecoder decoder = Json.strictUtf8();
    /** Kept in read mode: position is the next byte to decode, limit the end of the data. */
    private final ByteBuffer bytes = ByteBuffer.allocate(16 * 1024).limit(0);
    private final char[] pair = new char[2];
    private boolean skipBom;
    private boolean eof;
    private boolean flushed;
    private long consumed;
    private int pendingChar = -1;
    private @Nullable InvalidUtf8Exception error;

    StrictUtf8Reader(InputStream in, boolean skipByteOrderMark) {
        this.in = in;
        this.skipBom = skipByteOrderMark;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (pendingChar >= 0) {
            buffer[offset] = (char) pendingChar;
            pendingChar = -1;
            return 1;
        }
        if (length == 1) {
            // A supplementary character needs two chars: decode into a pair and keep the second.
            int n = read(pair, 0, 2);
            if (n == 2) {
                pendingChar = pair[1];
            }
            if (n > 0) {
                buffer[offset] = pair[0];
                return 1;
            }
            return n;
        }
        if (skipBom) {
            skipBom = false;
            skipByteOrderMark();
        }
        CharBuffer out = CharBuffer.wrap(buffer, offset, length);
        while (true) {
            if (error != null) {
                if (out.position() > offset) {
                    return out.position() - offset;
                }
                throw error;
            }
            if (flushed) {
                return out.position() > offset ? out.position() - offset : -1;
            }
            CoderResult result = decoder.decode(bytes, out, eof);
            if (result.isError()) {
                error = new InvalidUtf8Exception(consumed + bytes.position());
                continue;
            }
            if (result.isOverflow()) {
                return out.position() - offset;
            }
            if (eof) {
                if (decoder.flush(out).isOverflow()) {
                    return out.position() - offset;
                }
                flushed = true;
                continue;
            }
            if (out.position() > offset) {
                return out.position() - offset; // deliver what is decoded rather than block for more
            }
            fill();
        }
    }

    private void fill() throws IOException {
        consumed += bytes.position();
        bytes.compact();
        try {
            int n = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
            if (n < 0) {
                eof = true;
            } else {
                bytes.position(bytes.position() + n);
            }
        } finally {
            bytes.flip();
        }
    }

    private void skipByteOrderMark() throws IOException {
        while (bytes.remaining() < 3 && !eof) {
            fill();
        }
        if (bytes.remaining() >= 3 && (bytes.get(bytes.position()) & 0xFF) == 0xEF
                && (bytes.get(bytes.position() + 1) & 0xFF) == 0xBB && (bytes.get(bytes.position() + 2) & 0xFF) == 0xBF) {
            bytes.position(bytes.position() + 3);
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
