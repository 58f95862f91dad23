package it.esibe.io.internal;

import it.esibe.core.ApplicationRecord;
import it.esibe.core.decision.RecordPosition;
import it.esibe.core.decision.Violation;
import it.esibe.core.message.Message;
import it.esibe.io.ReadLimits;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The records of a JSON file: the single value it holds, or each element of its top-level array,
 * cut apart by {@link JsonArraySplitter} before parsing and read one at a time (the array is never
 * in memory), each like a JSON Lines line.
 *
 * <p>Content errors never throw, and never silence a record. A document that is not JSON yields one
 * record without application. In an array, a bad element (not JSON, not UTF-8, over a limit) is one
 * such record with its index and the next element is read as usual; an empty slot ({@code [1,,2]}),
 * a missing comma, an array never closed and content after the array each say so in a record of
 * their own, at the next index; an element never closed takes the rest of the file with it, and its
 * record says from which line the file could not be read.
 *
 * <p>Not thread-safe: one reader per stream.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class JsonDocumentSource implements RecordSource {

    private final InputStream in;
    private final JsonArraySplitter records;
    private final ReadLimits limits;
    private long index;

    /** A source reading {@code in}, which it closes when closed. */
    public JsonDocumentSource(InputStream in, ReadLimits limits) {
        this.in = Objects.requireNonNull(in, "in");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.records = new JsonArraySplitter(in, limits.maxRecordBytes());
    }

    @Override
    public @Nullable Cut nextCut() throws IOException {
        if (!records.next()) {
            return null;
        }
        switch (records.kind()) {
            case EMPTY_FILE:
                return done(ReadResult.unreadable(ReadProblem.NO_VALUE_IN_FILE.message(), records.sha256()).record().build());
            case DOCUMENT:
                return cut(null);
            case ELEMENT:
                return cut(RecordPosition.index(index++));
            case NO_ELEMENT:
                return done(withoutText(ReadProblem.ARRAY_NO_ELEMENT.message(at())));
            case NOT_CLOSED:
                return done(withoutText(ReadProblem.ARRAY_NOT_CLOSED.message()));
            case AFTER_ARRAY:
                return done(ReadResult.unreadable(ReadProblem.CONTENT_AFTER_ARRAY.message(at()), records.sha256()).record()
                        .position(RecordPosition.index(index++)).build());
            default:
                throw new IllegalStateException("unknown record kind " + records.kind());
        }
    }

    /** A record settled while it was cut. */
    private static Cut done(ApplicationRecord record) {
        return () -> record;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /**
     * The current document or element, to be read as an application or the reason it is none, at
     * {@code position} ({@code null} for a whole document).
     */
    private Cut cut(@Nullable RecordPosition position) {
        if (records.unclosed()) {
            return done(at(ReadResult.unreadable(ReadProblem.ARRAY_ELEMENT_NOT_CLOSED.message(at(), records.startLine()),
                    records.sha256()), position));
        }
        if (records.overflow() != null) {
            return done(at(ReadResult.unreadable(ReadProblem.RECORD_TOO_LARGE.message(records.totalLength(),
                    limits.maxRecordBytes()), records.sha256()), position));
        }
        StrictTreeReader.Origin origin = new StrictTreeReader.Origin(records.startLine(), records.startColumn(), true);
        byte[] bytes = Arrays.copyOf(records.bytes(), records.length());
        // Read as usual, but after a missing comma the file is broken right before it: the element
        // cannot be taken as valid.
        Message missingComma = records.missingComma() ? ReadProblem.ARRAY_MISSING_COMMA.message(at()) : null;
        return () -> {
            ReadResult read = JsonRecord.read(bytes, bytes.length, origin, limits);
            if (missingComma == null) {
                return at(read, position);
            }
            List<Violation> violations = new ArrayList<>();
            violations.add(Violation.of("", missingComma));
            violations.addAll(read.violations());
            return at(new ReadResult(read.application(), violations, read.applicationId(), read.sha256()), position);
        };
    }

    private static ApplicationRecord at(ReadResult read, @Nullable RecordPosition position) {
        return read.record().position(position).build();
    }

    private Message at() {
        return ReadProblem.at(records.startLine(), records.startColumn(), true);
    }

    /** A record without text of its own (an empty slot, an array never closed): no hash. */
    private ApplicationRecord withoutText(Message message) {
        return ApplicationRecord.builder().violations(List.of(Violation.of("", message)))
                .position(RecordPosition.index(index++)).build();
    }
}
