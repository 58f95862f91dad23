package it.esibe.io.internal;

import it.esibe.core.ApplicationRecord;
import java.io.Closeable;
import java.io.IOException;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** Records pulled one at a time from a file, so memory does not grow with the file. */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public interface RecordSource extends Closeable {

    /**
     * The next record with its position and hash, or {@code null} after the last one.
     *
     * @throws IOException only for a real I/O failure of the underlying stream; bad content is a record
     *     with violations
     */
    @Nullable ApplicationRecord next() throws IOException;
}
