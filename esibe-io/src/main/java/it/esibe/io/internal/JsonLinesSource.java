package it.esibe.io.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.JsonNode;
import it.esibe.core.ApplicationEvaluator;
import it.esibe.core.decision.RecordPosition;
import it.esibe.core.decision.Violation;
import it.esibe.io.ApplicationRead;
import it.esibe.io.CanonicalJson;
import it.esibe.io.Decided;
import it.esibe.io.ReadLimits;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
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

    private final InputStream in;
    private final RecordSplitter lines;
    private final ApplicationEvaluator evaluator;
    private final ReadLimits limits;
    private final JsonFactory factory;

    private long lineNumber;

    /** A source reading {@code in}, which it closes when closed. */
    public JsonLinesSource(InputStream in, ApplicationEvaluator evaluator, ReadLimits limits) {
        this.in = Objects.requireNonNull(in, "in");
        this.evaluator = Objects.requireNonNull(evaluator, "evaluator");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.factory = Json.readFactory(limits);
        this.lines = new RecordSplitter(in, limits.maxRecordBytes(), false);
    }

    @Override
    public @Nullable Decided next() throws IOException {
        if (!lines.next()) {
            return null;
        }
        lineNumber++;
        ApplicationRead read = record();
        return new Decided(read.application(), read.decide(evaluator).withPosition(RecordPosition.line(lineNumber)));
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** The current line as an application, or the reason it is none. Never throws for content. */
    private ApplicationRead record() {
        MessageDigest digest = lines.overflow();
        if (digest != null) {
            return rejected("line " + lineNumber + " is " + lines.totalLength() + " bytes long, over the limit of "
                    + limits.maxRecordBytes() + " bytes for one record; it was not read",
                    Sha256.toHex(digest.digest()));
        }
        Utf8.Decoded decoded = Utf8.decode(lines.bytes(), lines.length());
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
        return Sha256.hex(lines.bytes(), lines.length());
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
}
