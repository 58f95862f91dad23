package it.esibe.rules;

import it.esibe.core.ConfigurationException;
import it.esibe.core.spi.CompanyEvidence;
import it.esibe.core.spi.CompanyLookup;
import it.esibe.core.spi.EsibeSpi;
import it.esibe.core.spi.EvidenceSource;
import it.esibe.core.spi.PatentEvidence;
import it.esibe.core.spi.PatentLookup;
import it.esibe.rules.internal.EvidenceMemo;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * An {@link EvidenceSource} that remembers the answers of another, so that a register is asked
 * once per patent and date, or per VAT number, however many applications or evaluations need it.
 *
 * <pre>{@code
 * EvidenceCache cache = EvidenceCache.builder(register)
 *         .maximumSize(10_000)
 *         .expireAfterWrite(Duration.ofHours(12))
 *         .build();
 * EsibeRegistry registry = Esibe.builder().evidenceSource(cache).build();
 * }</pre>
 *
 * <p>What is cached: every answer, found or not found, per lookup ({@link PatentLookup} or
 * {@link CompanyLookup}, so a patent is cached per date), until it has been kept
 * {@code expireAfterWrite} or is evicted to stay within {@code maximumSize} (patents and companies
 * together). "Not found" is cached too: the register not knowing a patent is an answer, and asking
 * again at once would not change it. A lookup that throws is not cached: the exception reaches the
 * caller (ESIBE makes the criterion {@code UNKNOWN} with the reason) and the next lookup asks the
 * source again. Callers asking for a key whose lookup is under way wait for it rather than ask the
 * source a second time; an answer that arrives after ESIBE stopped waiting (see
 * {@link EsibeRegistry.Builder#evidenceTimeout(Duration)}) is still cached, for the next evaluation.
 *
 * <p>The cache bears the name of the source it wraps, so that explanations ("confirmed by …") read
 * the same with or without it and decisions do not depend on caching; {@link #toString()} tells
 * them apart.
 *
 * <p>Thread-safety: thread-safe, as the source it wraps must be.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class EvidenceCache implements EvidenceSource {

    private final EvidenceSource source;
    private final EvidenceMemo memo;

    private EvidenceCache(EvidenceSource source, EvidenceMemo memo) {
        this.source = source;
        this.memo = memo;
    }

    /**
     * Starts a cache of {@code source}'s answers.
     *
     * @param source the source to wrap
     * @return a builder with the defaults: at most 10 000 answers, each kept one hour
     * @throws ConfigurationException if {@code source} was built for another SPI version
     */
    public static Builder builder(EvidenceSource source) {
        Objects.requireNonNull(source, "source");
        // The cache states ESIBE's SPI version itself: the source's must be checked here, or a
        // source built for another version would slip past the registry's check inside the cache.
        EsibeSpi.check(source);
        return new Builder(source);
    }

    /** {@return the name of the source wrapped, so that decisions read the same with or without the cache} */
    @Override
    public String name() {
        return source.name();
    }

    /** {@return {@link EsibeSpi#VERSION}: the source wrapped is checked when the cache is built} */
    @Override
    public String spiVersion() {
        return EsibeSpi.VERSION;
    }

    /** {@return whether the source wrapped answers patent lookups} */
    @Override
    public boolean servesPatents() {
        return source.servesPatents();
    }

    /** {@return whether the source wrapped answers company lookups} */
    @Override
    public boolean servesCompanies() {
        return source.servesCompanies();
    }

    /**
     * The cached answer, or the source's, which is cached unless it throws.
     *
     * @param lookup the patent number and date
     * @return the evidence, or empty when the source does not know the patent
     * @throws Exception what the source threw
     */
    @Override
    public Optional<PatentEvidence> patent(PatentLookup lookup) throws Exception {
        // A null answer breaks the source's contract: it is handed on as it came, not cached, so
        // that ESIBE reports it exactly as it would without the cache.
        return memo.get(lookup, () -> source.patent(lookup));
    }

    /**
     * The cached answer, or the source's, which is cached unless it throws.
     *
     * @param lookup the VAT number
     * @return the evidence, or empty when the source does not know the company
     * @throws Exception what the source threw
     */
    @Override
    public Optional<CompanyEvidence> company(CompanyLookup lookup) throws Exception {
        return memo.get(lookup, () -> source.company(lookup));
    }

    /**
     * {@return how the cache has fared since it was built} Counts include lookups of patents and
     * companies together; a lookup that waited for another caller's lookup of the same key counts
     * as a hit.
     */
    public Stats stats() {
        return memo.stats();
    }

    /** Forgets every cached answer, such as after the register announced corrections; statistics are kept. */
    public void invalidateAll() {
        memo.invalidateAll();
    }

    /** The number of answers cached, for tests. */
    long size() {
        return memo.size();
    }

    /** {@return {@code EvidenceCache[}the source's name{@code ]}} */
    @Override
    public String toString() {
        return "EvidenceCache[" + source.name() + "]";
    }

    /**
     * What the cache counted since it was built.
     *
     * @param hitCount lookups answered from the cache
     * @param missCount lookups that asked the source (successfully or not)
     * @param loadFailureCount lookups of the source that threw (or answered null), whose answers were not cached
     * @param evictionCount answers dropped because they expired or to stay within the maximum size
     *     (not those dropped by {@link EvidenceCache#invalidateAll()})
     * @since 0.1.0
     */
    public record Stats(long hitCount, long missCount, long loadFailureCount, long evictionCount) {

        /**
         * Rejects negative counts.
         *
         * @param hitCount lookups answered from the cache
         * @param missCount lookups that asked the source
         * @param loadFailureCount lookups of the source that failed
         * @param evictionCount answers expired or evicted
         * @throws IllegalArgumentException if a count is negative
         */
        public Stats {
            if (hitCount < 0 || missCount < 0 || loadFailureCount < 0 || evictionCount < 0) {
                throw new IllegalArgumentException("cache counts must not be negative, got hits " + hitCount
                        + ", misses " + missCount + ", load failures " + loadFailureCount + ", evictions "
                        + evictionCount);
            }
        }

        /** {@return hits plus misses: every lookup the cache was asked, at most {@link Long#MAX_VALUE}} */
        public long requestCount() {
            long sum = hitCount + missCount;
            return sum < 0 ? Long.MAX_VALUE : sum;
        }

        /** {@return the share of lookups answered from the cache, from 0 to 1; 1 when there were none} */
        public double hitRate() {
            long requests = requestCount();
            return requests == 0 ? 1.0 : (double) hitCount / requests;
        }
    }

    /**
     * Sets up an {@link EvidenceCache}. Obtain one from {@link EvidenceCache#builder(EvidenceSource)}.
     *
     * <p>Thread-safety: mutable and not thread-safe.
     *
     * @since 0.1.0
     */
    public static final class Builder {

        private final EvidenceSource source;
        private long maximumSize = 10_000;
        private Duration expireAfterWrite = Duration.ofHours(1);
        private @Nullable LongSupplier ticker;

        private Builder(EvidenceSource source) {
            this.source = source;
        }

        /**
         * Sets how many answers the cache keeps at most (default 10 000), patents and companies
         * together; beyond it, the answers least likely to be asked again are dropped.
         *
         * @param maximumSize a positive number
         * @return this builder
         * @throws ConfigurationException if {@code maximumSize} is not positive
         */
        public Builder maximumSize(long maximumSize) {
            if (maximumSize <= 0) {
                throw new ConfigurationException("the maximum size of an evidence cache must be positive, got "
                        + maximumSize);
            }
            this.maximumSize = maximumSize;
            return this;
        }

        /**
         * Sets how long an answer is kept after it arrived (default one hour): a patent may lapse,
         * so a register's answer is worth keeping only as long as the register's own updates allow.
         *
         * @param expireAfterWrite a positive duration
         * @return this builder
         * @throws ConfigurationException if {@code expireAfterWrite} is zero or negative
         */
        public Builder expireAfterWrite(Duration expireAfterWrite) {
            Objects.requireNonNull(expireAfterWrite, "expireAfterWrite");
            if (expireAfterWrite.isNegative() || expireAfterWrite.isZero()) {
                throw new ConfigurationException("the expiry of an evidence cache must be positive, got "
                        + expireAfterWrite);
            }
            this.expireAfterWrite = expireAfterWrite;
            return this;
        }

        /** Times expiry with {@code nanos} instead of the system's clock: for tests of expiry. */
        Builder ticker(LongSupplier nanos) {
            this.ticker = Objects.requireNonNull(nanos, "nanos");
            return this;
        }

        /** {@return the cache, empty} */
        public EvidenceCache build() {
            return new EvidenceCache(source, new EvidenceMemo(maximumSize, expireAfterWrite, ticker));
        }
    }
}
