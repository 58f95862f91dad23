package it.esibe.io.internal;

import it.esibe.core.decision.RecordPosition;
import it.esibe.io.ReadLimits;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The records of a JSON Lines stream, one per line, read at the byte level.
 *
 * <p>Lines are split in the raw bytes ({@link RecordSplitter}: CRLF, LF or a bare CR), before any
 * decoding, so that a line of invalid UTF-8 or an over-long line costs only itself. A line holding
 * only white space (Unicode's {@code White_Space}) is not a record and yields nothing, but is
 * counted, so that every record's {@code line} is the line an editor shows; every other line is
 * exactly one record. A line longer than {@link ReadLimits#maxRecordBytes()} is hashed as it
 * streams past and never held in memory.
 *
 * <p>Not thread-safe: one reader per stream.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class JsonLinesSource implements RecordSource {

    private final InputStream in;
    private final RecordSplitter lines;
    private final ReadLimits limits;

    /** A source reading {@code in}, which it closes when closed. */
    public JsonLinesSource(InputStream in, ReadLimits limits) {
        this.in = Objects.requireNonNull(in, "in");
        this.limits = Objects.requireNonNull(limits, "limits");
        this.lines = new RecordSplitter(in, limits.maxRecordBytes(), null);
    }

    @Override
    public @Nullable Cut nextCut() throws IOException {
        while (lines.next()) {
            Cut cut = cut();
            if (cut != null) {
                return cut;
            }
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    /** The current line, to be read as an application or the reason it is none; {@code null} for a blank line. */
    private @Nullable Cut cut() {
        if (lines.blank()) {
            return null;
        }
        RecordPosition position = RecordPosition.line(lines.firstLine());
        if (lines.overflow() != null) {
            ReadResult tooLarge = ReadResult.unreadable(ReadProblem.RECORD_TOO_LARGE.message(lines.totalLength(),
                    limits.maxRecordBytes()), lines.sha256());
            return () -> tooLarge.record().position(position).build();
        }
        byte[] bytes = Arrays.copyOf(lines.bytes(), lines.length());
        return () -> JsonRecord.read(bytes, bytes.length, StrictTreeReader.Origin.LINE, limits).record()
                .position(position).build();
    }
}
