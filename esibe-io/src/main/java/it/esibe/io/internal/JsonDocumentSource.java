package it.esibe.io.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
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
import java.io.OutputStream;
import java.nio.charset.CharacterCodingException;
import java.security.DigestInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The records of a JSON file: the single value it holds, or each element of its top-level array,
 * read with Jackson's streaming parser one element at a time (the array is never in memory).
 *
 * <p>Content errors never throw. A document that is not JSON yields one {@code INVALID} decision,
 * hashed over the raw bytes of the whole file. In an array, an element over the size limit is
 * skipped and rejected, and a syntax error rejects the element being read and ends the file
 * (after a syntax error the parser cannot tell where the next element starts). Content after
 * the end of the top-level array is rejected as one more record, at the next index, so that it is
 * not silently ignored.
 *
 * <p>Bytes are decoded with a strict UTF-8 decoder before Jackson sees them: Jackson's own byte
 * parser would guess UTF-16 or UTF-32 from the first bytes and does not reject every malformed
 * sequence. Record sizes are therefore measured in characters.
 *
 * <p>Not thread-safe: one reader per stream.
 */
public final class JsonDocumentSource implements RecordSource {

    private enum State { START, ARRAY, DONE }

    private final DigestInputStream raw;
    private final JsonParser parser;
    private final ApplicationEvaluator evaluator;
    private final ReadLimits limits;
    private State state = State.START;
    private long index;
    private int arrayDepth;

    /** A source reading {@code in}, which it closes when closed. */
    public JsonDocumentSource(InputStream in, ApplicationEvaluator evaluator, ReadLimits limits) throws IOException {
        this.evaluator = Objects.requireNonNull(evaluator, "evaluator");
        this.limits = Objects.requireNonNull(limits, "limits");
        // The raw bytes are hashed until the document turns out to be an array: a document that is not
        // JSON at all is hashed whole, as its decision's inputSha256.
        this.raw = new DigestInputStream(Objects.requireNonNull(in, "in"), Sha256.digest());
        JsonFactory factory = Json.readFactory(limits);
        this.parser = factory.createParser(new StrictUtf8Reader(raw, true));
    }

    @Override
    public @Nullable Decided next() throws IOException {
        switch (state) {
            case START:
                return first();
            case ARRAY:
                return nextElement();
            default:
                return null;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            parser.close();
        } finally {
            raw.close();
        }
    }

    private @Nullable Decided first() throws IOException {
        state = State.DONE;
        JsonToken token;
        try {
            token = parser.nextToken();
        } catch (JsonProcessingException e) {
            return wholeFileRejected(StrictTreeReader.describe(e, true), null);
        } catch (CharacterCodingException e) {
            return wholeFileRejected(Objects.toString(e.getMessage(), "not valid UTF-8"), null);
        }
        if (token == null) {
            return wholeFileRejected("no JSON value: the file is empty or only white space", null);
        }
        if (token == JsonToken.START_ARRAY) {
            raw.on(false);
            state = State.ARRAY;
            arrayDepth = parser.getParsingContext().getNestingDepth();
            return nextElement();
        }
        List<Violation> problems = new ArrayList<>();
        JsonNode value;
        try {
            value = StrictTreeReader.readValue(parser, JsonPath.ROOT, problems, guard(0));
        } catch (RecordTooLargeException e) {
            return wholeFileRejected(Objects.requireNonNull(e.getMessage()), null);
        } catch (JsonProcessingException e) {
            return wholeFileRejected(StrictTreeReader.describe(e, true), null);
        } catch (CharacterCodingException e) {
            return wholeFileRejected(Objects.toString(e.getMessage(), "not valid UTF-8"), null);
        }
        String trailing;
        try {
            trailing = parser.nextToken() == null ? null
                    : "not valid JSON" + StrictTreeReader.where(parser.currentTokenLocation(), true)
                            + ": content after the end of the JSON value";
        } catch (JsonProcessingException e) {
            trailing = StrictTreeReader.describe(e, true) + " (after the end of the JSON value)";
        } catch (CharacterCodingException e) {
            trailing = Objects.toString(e.getMessage(), "not valid UTF-8") + " (after the end of the JSON value)";
        }
        if (trailing != null) {
            return wholeFileRejected(trailing, applicationId(value));
        }
        ApplicationRead read = ApplicationTreeReader.read(value, problems, limits, CanonicalJson.sha256(value));
        return new Decided(read.application(), read.decide(evaluator));
    }

    private @Nullable Decided nextElement() throws IOException {
        long i = index;
        JsonToken token;
        try {
            token = parser.nextToken();
            if (token == JsonToken.END_ARRAY) {
                state = State.DONE;
                JsonToken after = parser.nextToken();
                return after == null ? null : elementRejected(i, "not valid JSON"
                        + StrictTreeReader.where(parser.currentTokenLocation(), true)
                        + ": content after the end of the top-level array");
            }
        } catch (JsonProcessingException e) {
            state = State.DONE;
            return elementRejected(i, StrictTreeReader.describe(e, true));
        } catch (CharacterCodingException e) {
            state = State.DONE;
            return elementRejected(i, Objects.toString(e.getMessage(), "not valid UTF-8"));
        }
        index++;
        List<Violation> problems = new ArrayList<>();
        JsonNode value;
        try {
            value = StrictTreeReader.readValue(parser, JsonPath.ROOT, problems,
                    guard(parser.currentTokenLocation().getCharOffset()));
        } catch (RecordTooLargeException e) {
            return skipRest(i, Objects.requireNonNull(e.getMessage()));
        } catch (JsonProcessingException e) {
            state = State.DONE;
            return elementRejected(i, StrictTreeReader.describe(e, true));
        } catch (CharacterCodingException e) {
            state = State.DONE;
            return elementRejected(i, Objects.toString(e.getMessage(), "not valid UTF-8"));
        }
        ApplicationRead read = ApplicationTreeReader.read(value, problems, limits, CanonicalJson.sha256(value));
        return new Decided(read.application(), read.decide(evaluator).withPosition(RecordPosition.index(i)));
    }

    /** Skips what is left of an oversized element without keeping it, then rejects the element. */
    private Decided skipRest(long i, String message) throws IOException {
        try {
            while (parser.getParsingContext().getNestingDepth() > arrayDepth) {
                if (parser.nextToken() == null) {
                    state = State.DONE;
                    break;
                }
            }
        } catch (JsonProcessingException | CharacterCodingException e) {
            // The element is rejected already; a syntax error inside it ends the file like any other.
            state = State.DONE;
        }
        return elementRejected(i, message);
    }

    private StrictTreeReader.SizeGuard guard(long start) {
        long max = limits.maxRecordBytes();
        return p -> {
            long size = p.currentLocation().getCharOffset() - start;
            if (size > max) {
                JsonLocation at = p.currentTokenLocation();
                throw new RecordTooLargeException("the record starting at line " + at.getLineNr()
                        + " is over the limit of " + max + " characters for one record; it was not read");
            }
        };
    }

    private Decided elementRejected(long i, String message) {
        // The element's raw text is not kept while streaming, so there is nothing to hash.
        return new Decided(null,
                evaluator.reject(null, List.of(new Violation("", message))).withPosition(RecordPosition.index(i)));
    }

    private Decided wholeFileRejected(String message, @Nullable String applicationId) throws IOException {
        state = State.DONE;
        // Hash the whole file as it is: read to the end, through the digesting stream.
        raw.on(true);
        raw.transferTo(OutputStream.nullOutputStream());
        String sha256 = Sha256.toHex(raw.getMessageDigest().digest());
        return new Decided(null,
                evaluator.reject(applicationId, List.of(new Violation("", message))).withInputSha256(sha256));
    }

    private static @Nullable String applicationId(JsonNode value) {
        JsonNode id = value.get("applicationId");
        return id != null && id.isTextual() ? id.textValue() : null;
    }
}
