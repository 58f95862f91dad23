package it.esibe.io;

import it.esibe.core.ApplicationRecord;
import it.esibe.io.internal.RecordSource;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The records of a file, pulled one at a time in input order; each record is read only when it is
 * asked for, so memory does not grow with the file.
 *
 * <p>Close it (try-with-resources) to release the file. Bad content never throws: it is a record
 * with violations. A real I/O failure while reading throws {@link UncheckedIOException} from
 * {@link #hasNext()} or {@link #next()}, since {@link Iterator} cannot throw checked exceptions.
 *
 * <p>Thread-safety: not thread-safe, like any iterator: it belongs to one consumer at a time.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class RecordIterator implements Iterator<ApplicationRecord>, Closeable {

    private final RecordSource source;
    private @Nullable ApplicationRecord lookahead;
    private boolean finished;

    RecordIterator(RecordSource source) {
        this.source = source;
    }

    /**
     * Whether another record follows; reads it to know.
     *
     * @throws UncheckedIOException if reading fails
     */
    @Override
    public boolean hasNext() {
        if (lookahead != null) {
            return true;
        }
        if (finished) {
            return false;
        }
        try {
            lookahead = source.next();
        } catch (IOException e) {
            finished = true;
            throw new UncheckedIOException(e);
        }
        finished = lookahead == null;
        return !finished;
    }

    /**
     * The next record.
     *
     * @throws NoSuchElementException after the last record
     * @throws UncheckedIOException if reading fails
     */
    @Override
    public ApplicationRecord next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no more records");
        }
        ApplicationRecord next = lookahead;
        lookahead = null;
        return next;
    }

    /** Releases the underlying stream; further calls to {@link #hasNext()} return {@code false}. */
    @Override
    public void close() throws IOException {
        finished = true;
        lookahead = null;
        source.close();
    }
}
