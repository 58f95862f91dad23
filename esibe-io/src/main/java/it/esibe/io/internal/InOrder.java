package it.esibe.io.internal;

import it.esibe.core.ApplicationRecord;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayDeque;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Reads and works on the records of a source on an executor's threads, several at once, and hands
 * the results to a sink on the calling thread in input order.
 *
 * <p>The calling thread cuts the records ({@link RecordSource#nextCut()}, which is cheap: finding
 * the record's end and copying its bytes); each record is read and worked on by a task of the
 * executor. At most {@code window} records are in flight (cut and not yet given to the sink): when
 * the window is full, the calling thread waits for the oldest, so memory is bounded by the window
 * whatever the file's size, and the output is the same, in the same order, as on one thread.
 *
 * <p>An exception of the work (the evaluator's) is rethrown unchanged on the calling thread when its
 * record's turn comes, as on one thread; records after it are not given to the sink. On any
 * exception the tasks still in flight are cancelled without interrupting the executor's threads,
 * which belong to the caller.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class InOrder {

    private InOrder() {
    }

    /**
     * Works on every record of {@code source} on {@code executor}, passing each result to {@code sink}
     * in input order.
     *
     * @param work the work on a record; must be thread-safe and return non-null
     * @return the number of records
     * @throws IOException if reading fails, or {@link InterruptedIOException} if the calling thread is
     *     interrupted while it waits
     */
    public static <T> long run(RecordSource source, Executor executor, int window,
            Function<? super ApplicationRecord, ? extends T> work, Consumer<? super T> sink) throws IOException {
        Objects.requireNonNull(executor, "executor");
        Objects.requireNonNull(work, "work");
        Objects.requireNonNull(sink, "sink");
        if (window < 1) {
            throw new IllegalArgumentException("window must be at least 1, was " + window);
        }
        ArrayDeque<FutureTask<@Nullable T>> inFlight = new ArrayDeque<>(window);
        long count = 0;
        boolean completed = false;
        try {
            for (RecordSource.Cut cut = source.nextCut(); cut != null; cut = source.nextCut()) {
                if (inFlight.size() == window) {
                    count += deliver(inFlight.removeFirst(), sink);
                }
                RecordSource.Cut next = cut;
                FutureTask<@Nullable T> task = new FutureTask<>(() -> {
                    ApplicationRecord record = next.read();
                    return record == null ? null : Objects.requireNonNull(work.apply(record), "result of work");
                });
                executor.execute(task);
                inFlight.addLast(task);
            }
            while (!inFlight.isEmpty()) {
                count += deliver(inFlight.removeFirst(), sink);
            }
            completed = true;
        } finally {
            if (!completed) {
                for (FutureTask<@Nullable T> task : inFlight) {
                    task.cancel(false);
                }
            }
        }
        return count;
    }

    /** Waits for {@code task} and gives its result to {@code sink}: 1, or 0 when the cut held no record. */
    private static <T> int deliver(FutureTask<@Nullable T> task, Consumer<? super T> sink) throws IOException {
        T result;
        try {
            result = task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            InterruptedIOException stop = new InterruptedIOException("interrupted while waiting for a record's decision");
            stop.initCause(e);
            throw stop;
        } catch (ExecutionException e) {
            throw rethrown(e.getCause());
        } catch (CancellationException e) {
            // Only this class cancels, after a failure that is already being thrown.
            throw new IllegalStateException("a record's work was cancelled", e);
        }
        if (result == null) {
            return 0;
        }
        sink.accept(result);
        return 1;
    }

    /** The work's own exception, thrown as it was (the work throws no checked exception). */
    private static RuntimeException rethrown(@Nullable Throwable cause) {
        if (cause instanceof RuntimeException) {
            throw (RuntimeException) cause;
        }
        if (cause instanceof Error) {
            throw (Error) cause;
        }
        throw new IllegalStateException("a record's work failed", cause);
    }
}
