package it.esibe.rules.internal;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import it.esibe.rules.EvidenceCache;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.function.LongSupplier;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The Caffeine cache behind {@link EvidenceCache}, kept here so that no Caffeine type reaches the API.
 *
 * <p>The cache holds futures rather than answers, and the caller that misses loads on its own
 * thread: a synchronous Caffeine cache would run the lookup inside the map's compute, where a slow
 * register would block unrelated keys hashed to the same bin (Caffeine asks such computations to be
 * "short and simple"). Callers asking for a key whose lookup is under way wait for that lookup
 * instead of asking the source again. A lookup that throws completes its future exceptionally,
 * which Caffeine removes and counts as a load failure: the next caller asks again.
 *
 * <p>Thread-safety: thread-safe.
 */
@API(status = API.Status.INTERNAL, since = "0.1.0")
public final class EvidenceMemo {

    private final AsyncCache<Object, Optional<?>> cache;

    /**
     * A cache of at most {@code maximumSize} answers, each kept {@code expireAfterWrite} after it
     * arrived, timed by {@code ticker} (nanoseconds) when given, else by the system's clock.
     */
    public EvidenceMemo(long maximumSize, Duration expireAfterWrite, @Nullable LongSupplier ticker) {
        Caffeine<Object, Object> builder = Caffeine.newBuilder()
                .maximumSize(maximumSize)
                .expireAfterWrite(expireAfterWrite)
                // Maintenance (eviction, expiry) on the caller's thread: nothing is queued on the
                // common pool of the embedding application, and the counts are current when read.
                .executor(Runnable::run)
                .recordStats();
        if (ticker != null) {
            builder.ticker(ticker::getAsLong);
        }
        this.cache = builder.buildAsync();
    }

    /**
     * The answer cached for {@code key}, or {@code load}'s, cached unless it throws or is null.
     *
     * @throws Exception what {@code load} threw, here or in the caller whose lookup this one waited for
     */
    @SuppressWarnings("unchecked")
    public <T> @Nullable Optional<T> get(Object key, Callable<@Nullable Optional<T>> load) throws Exception {
        CompletableFuture<Optional<?>> mine = new CompletableFuture<>();
        CompletableFuture<Optional<?>> answer = cache.get(key, (k, executor) -> mine);
        if (answer != mine) {
            return (Optional<T>) await(answer);
        }
        try {
            Optional<T> loaded = load.call();
            // A null answer (the source's contract breached) is dropped by Caffeine like a failure
            // and handed back as it came, so that ESIBE reports it as it would without the cache.
            mine.complete(loaded);
            return loaded;
        } catch (Throwable t) {
            // Whatever went wrong, the future must complete: callers waiting on it would otherwise
            // wait for ever, and the key would never be asked again.
            mine.completeExceptionally(new Failed(t));
            throw t;
        }
    }

    private static @Nullable Optional<?> await(CompletableFuture<Optional<?>> answer) throws Exception {
        try {
            return answer.get();
        } catch (Failed e) {
            throw e.rethrowable();
        } catch (ExecutionException e) {
            // Only a Failed completes these futures exceptionally: anything else is a defect here.
            throw new IllegalStateException("evidence lookup failed", e.getCause());
        }
    }

    /**
     * A failed lookup, as its future holds it. A cancellation, because Caffeine logs every other
     * failure of an asynchronous load as a warning with its stack trace, and a register that is
     * down is no news to log: the decision already says so (the criterion is {@code UNKNOWN} with
     * the reason). Caffeine still counts it as a load failure and drops the entry.
     */
    private static final class Failed extends CancellationException {
        private static final long serialVersionUID = 1L;

        Failed(Throwable cause) {
            super("evidence lookup failed: " + cause);
            initCause(cause);
        }

        /** {@return the lookup's own exception, to throw in the waiting caller} */
        Exception rethrowable() {
            Throwable cause = getCause();
            if (cause instanceof Error e) {
                throw e;
            }
            return cause instanceof Exception x ? x : new IllegalStateException(cause);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            // The stack of interest is the cause's.
            return this;
        }
    }

    /** {@return the counts since the cache was built, after pending maintenance} */
    public EvidenceCache.Stats stats() {
        cache.synchronous().cleanUp();
        CacheStats s = cache.synchronous().stats();
        return new EvidenceCache.Stats(s.hitCount(), s.missCount(), s.loadFailureCount(), s.evictionCount());
    }

    /** Forgets every cached answer; lookups under way complete for their callers. */
    public void invalidateAll() {
        cache.synchronous().invalidateAll();
    }

    /** {@return the number of answers cached, after pending maintenance} */
    public long size() {
        cache.synchronous().cleanUp();
        return cache.synchronous().estimatedSize();
    }
}
