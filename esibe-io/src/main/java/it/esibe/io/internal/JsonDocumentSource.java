package it.esibe.io.internal;

import it.esibe.core.ApplicationRecord;
import it.esibe.core.decision.RecordPosition;
import it.esibe.core.decision.Violation;
import it.esibe.core.message.Message;
import it.esibe.io.ReadLimits;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
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
    public @Nullable ApplicationRecord next() throws IOException {
        if (!records.next()) {
            return null;
        }
        switch (records.kind()) {
            case EMPTY_FILE:
                return ReadResult.unreadable(ReadProblem.NO_VALUE_IN_FILE.message(), records.sha256()).record().build();
            case DOCUMENT:
                return record().record().build();
            case ELEMENT:
                return record().record().position(RecordPosition.index(index++)).build();
            case NO_ELEMENT:
                return withoutText(ReadProblem.ARRAY_NO_ELEMENT.message(at()));
            case NOT_CLOSED:
                return withoutText(ReadProblem.ARRAY_NOT_CLOSED.message());
            case AFTER_ARRAY:
                return ReadResult.unreadable(ReadProblem.CONTENT_AFTER_ARRAY.message(at()), records.sha256()).record()
                        .position(RecordPosition.index(index++)).build();
            default:
                throw new IllegalStateException("unknown record kind " + records.kind());
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** The current document or element as an application, or the reason it is none. */
    private ReadResult record() {
        if (records.unclosed()) {
            return ReadResult.unreadable(ReadProblem.ARRAY_ELEMENT_NOT_CLOSED.message(at(), records.startLine()),
                    records.sha256());
        }
        if (records.overflow() != null) {
            return ReadResult.unreadable(ReadProblem.RECORD_TOO_LARGE.message(records.totalLength(),
                    limits.maxRecordBytes()), records.sha256());
        }
        StrictTreeReader.Origin origin = new StrictTreeReader.Origin(records.startLine(), records.startColumn(), true);
        ReadResult read = JsonRecord.read(records.bytes(), records.length(), origin, limits);
        if (!records.missingComma()) {
            return read;
        }
        // Read as usual, but the file is broken right before it: the element cannot be taken as valid.
        List<Violation> violations = new ArrayList<>();
        violations.add(Violation.of("", ReadProblem.ARRAY_MISSING_COMMA.message(at())));
        violations.addAll(read.violations());
        return new ReadResult(read.application(), violations, read.applicationId(), read.sha256());
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
