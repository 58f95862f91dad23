package it.esibe.io.internal;

import it.esibe.core.ApplicationRecord;
import java.io.Closeable;
import java.io.IOException;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Records pulled one at a time from a file, so memory does not grow with the file.
 *
 * <p>Reading a record has two steps: cutting it from the stream ({@link #nextCut()}), which must
 * happen in order on the thread that owns the source, and reading what was cut
 * ({@link Cut#read()}: decoding, parsing, binding, hashing), which needs nothing of the source and
 * may run on any thread, so that several records can be read at once while their order is kept.
 * {@link #next()} does both, one record after the other, by the same code.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public interface RecordSource extends Closeable {

    /**
     * A record cut from the stream, with its own copy of its bytes and of its position, not read yet.
     * Thread-safe: its {@link #read()} may run on any thread, once.
     */
    @FunctionalInterface
    interface Cut {

        /**
         * Reads the record.
         *
         * @return the record with its position and hash, or {@code null} when the cut turns out to
         *     hold no record (a CSV row whose cells are all empty)
         */
        @Nullable ApplicationRecord read();
    }

    /**
     * The next record cut from the stream, to be read with {@link Cut#read()}, or {@code null} after
     * the last one.
     *
     * @throws IOException only for a real I/O failure of the underlying stream; bad content is a record
     *     with violations
     */
    @Nullable Cut nextCut() throws IOException;

    /**
     * The next record with its position and hash, or {@code null} after the last one.
     *
     * @throws IOException only for a real I/O failure of the underlying stream; bad content is a record
     *     with violations
     */
    default @Nullable ApplicationRecord next() throws IOException {
        for (Cut cut = nextCut(); cut != null; cut = nextCut()) {
            ApplicationRecord record = cut.read();
            if (record != null) {
                return record;
            }
        }
        return null;
    }
}
