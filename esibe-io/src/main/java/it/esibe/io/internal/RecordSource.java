package it.esibe.io.internal;

import it.esibe.io.Decided;
import java.io.Closeable;
import java.io.IOException;
import org.jspecify.annotations.Nullable;

/** Decisions pulled one record at a time from a file, so memory does not grow with the file. */
public interface RecordSource extends Closeable {

    /**
     * The decision on the next record with the application it judged, or {@code null} after the last one.
     *
     * @throws IOException only for a real I/O failure of the underlying stream; bad content is a decision
     */
    @Nullable Decided next() throws IOException;
}
