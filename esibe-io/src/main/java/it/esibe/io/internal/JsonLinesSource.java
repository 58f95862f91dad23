package it.esibe.io.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import it.esibe.core.ApplicationEvaluator;
import it.esibe.core.decision.Decision;
import it.esibe.core.decision.RecordPosition;
import it.esibe.core.decision.Violation;
import it.esibe.io.ApplicationRead;
import it.esibe.io.CanonicalJson;
import it.esibe.io.ReadLimits;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The records of a JSON Lines stream, one per line, read at the byte level.
 *
 * <p>Lines are split on {@code '\n'} in the raw bytes, before any decoding, so that a line of
 * invalid UTF-8 or an over-long line costs only itself: every line gets exactly one decision. A
 * trailing {@code '\r'} is stripped, a final line end does not start another record, and a UTF-8
 * byte order mark at the start of the stream is skipped. A line longer than
 * {@link ReadLimits#maxRecordBytes()} is hashed as it streams past and never held in memory.
 *
 * <p>Not thread-safe: one reader per stream.
 */
public final class JsonLinesSource implements RecordSource {

    private static final int INITIAL_LINE_CAPACITY = 8 * 1024;
    private static final byte[] CR = {'\r'};

    private final InputStream in;
    private final ApplicationEvaluator evaluator;
    private final ReadLimits limits;
    private final JsonFactory factory;

    private final byte[] buffer = new byte[64 * 1024];
    private int pos;
    private int limit;
    private boolean eof;
    private boolean started;
    private long lineNumber;

    // The current line.
    private byte[] line = new byte[INITIAL_LINE_CAPACITY];
    private int lineLength;
    private long totalLength;
    private boolean pendingCr;
    private @Nullable MessageDigest overflow;

    /** A source reading {@code in}, which it closes when closed. */
    public JsonLinesSource(InputStream in, ApplicationEvaluator evaluator, ReadLimits limits) {
        this.in = Objects.requireNonNull(in, "in");
        this.evaluator = Objects.requireNonNull(evaluator, "evaluator");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.factory = Json.readFactory(limits);
    }

    @Override
    public @Nullable Decision next() throws IOException {
        if (!readLine()) {
            return null;
        }
        lineNumber++;
        return record().decide(evaluator).withPosition(RecordPosition.line(lineNumber));
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** The current line as an application, or the reason it is none. Never throws for content. */
    private ApplicationRead record() {
        MessageDigest digest = overflow;
        if (digest != null) {
            return rejected("line " + lineNumber + " is " + totalLength + " bytes long, over the limit of "
                    + limits.maxRecordBytes() + " bytes for one record; it was not read",
                    Sha256.toHex(digest.digest()));
        }
        Utf8.Decoded decoded = Utf8.decode(line, lineLength);
        String text = decoded.text();
        if (text == null) {
            return rejected(Objects.requireNonNull(decoded.error()), rawHash());
        }
        if (isBlank(text)) {
            return rejected("blank line: every line of a JSON Lines file must hold one application", rawHash());
        }
        StrictTreeReader.Parsed parsed = StrictTreeReader.parse(factory, text, false);
        JsonNode value = parsed.value();
        if (value == null) {
            return rejected(Objects.requireNonNull(parsed.error()), rawHash());
        }
        return ApplicationTreeReader.read(value, parsed.problems(), limits, CanonicalJson.sha256(value));
    }

    private String rawHash() {
        return Sha256.hex(line, lineLength);
    }

    private static ApplicationRead rejected(String message, String sha256) {
        return new ApplicationRead(null, List.of(new Violation("", message)), null, sha256);
    }

    /** Only JSON white space; other Unicode spaces are content (and not JSON). */
    private static boolean isBlank(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- line splitting

    /** Reads the next line into {@link #line}; {@code false} at the end of the stream. */
    private boolean readLine() throws IOException {
        if (!started) {
            started = true;
            skipByteOrderMark();
        }
        lineLength = 0;
        totalLength = 0;
        pendingCr = false;
        overflow = null;
        if (line.length > INITIAL_LINE_CAPACITY) {
            line = new byte[INITIAL_LINE_CAPACITY]; // one long line must not pin its buffer for the rest of the file
        }
        boolean any = false;
        while (true) {
            if (pos == limit && !fill()) {
                // A final line end does not start a record; bytes after the last one do.
                return any;
            }
            any = true;
            int newline = indexOfNewline();
            if (newline >= 0) {
                append(buffer, pos, newline - pos);
                pos = newline + 1;
                return true;
            }
            append(buffer, pos, limit - pos);
            pos = limit;
        }
    }

    private int indexOfNewline() {
        for (int i = pos; i < limit; i++) {
            if (buffer[i] == '\n') {
                return i;
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
     * Adds bytes to the current line, holding back a final {@code '\r'} until it is known whether the
     * line ends right after it (then it is stripped).
     */
    private void append(byte[] bytes, int offset, int length) {
        if (length == 0) {
            return;
        }
        if (pendingCr) {
            pendingCr = false;
            emit(CR, 0, 1);
        }
        if (bytes[offset + length - 1] == '\r') {
            pendingCr = true;
            length--;
        }
        emit(bytes, offset, length);
    }

    private void emit(byte[] bytes, int offset, int length) {
        totalLength += length;
        MessageDigest digest = overflow;
        if (digest == null) {
            if ((long) lineLength + length <= limits.maxRecordBytes()) {
                if (lineLength + length > line.length) {
                    int capacity = (int) Math.min(Math.max((long) line.length * 2, (long) lineLength + length),
                            limits.maxRecordBytes());
                    line = Arrays.copyOf(line, capacity);
                }
                System.arraycopy(bytes, offset, line, lineLength, length);
                lineLength += length;
                return;
            }
            // Over the limit: from now on only hash, so the decision can still be traced.
            digest = Sha256.digest();
            digest.update(line, 0, lineLength);
            overflow = digest;
            lineLength = 0;
            line = new byte[INITIAL_LINE_CAPACITY];
        }
        digest.update(bytes, offset, length);
    }
}
