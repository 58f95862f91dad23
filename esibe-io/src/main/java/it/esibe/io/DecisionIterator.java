package it.esibe.io;

import it.esibe.core.ApplicationEvaluator;
import it.esibe.core.decision.Decision;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apiguardian.api.API;

/**
 * The decisions on a file's records, pulled one at a time in input order; each record is read only
 * when its decision is asked for, so memory does not grow with the file.
 *
 * <p>Close it (try-with-resources) to release the file. Bad content never throws: it is an
 * {@code INVALID} decision. A real I/O failure while reading throws {@link UncheckedIOException}
 * from {@link #hasNext()} or {@link #next()}, since {@link Iterator} cannot throw checked exceptions.
 *
 * <p>Thread-safety: not thread-safe, like any iterator: it belongs to one consumer at a time.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class DecisionIterator implements Iterator<Decision>, Closeable {

    private final RecordIterator records;
    private final ApplicationEvaluator evaluator;

    DecisionIterator(RecordIterator records, ApplicationEvaluator evaluator) {
        this.records = records;
        this.evaluator = evaluator;
    }

    /**
     * Whether another decision follows; reads the next record to know.
     *
     * @throws UncheckedIOException if reading fails
     */
    @Override
    public boolean hasNext() {
        return records.hasNext();
    }

    /**
     * The decision on the next record.
     *
     * @throws NoSuchElementException after the last record
     * @throws UncheckedIOException if reading fails
     */
    @Override
    public Decision next() {
        return evaluator.evaluate(records.next());
    }

    /** Releases the underlying stream; further calls to {@link #hasNext()} return {@code false}. */
    @Override
    public void close() throws IOException {
        records.close();
    }
}
