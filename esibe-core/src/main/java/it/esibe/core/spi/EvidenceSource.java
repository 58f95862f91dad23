package it.esibe.core.spi;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * A lookup the embedder plugs in to check an application against an outside record: a patent
 * office (is this patent in force at that date?) or the business register (company data by VAT
 * number).
 *
 * <p>A source answers what it knows and returns empty for the rest; the default methods know
 * nothing, so a source implements only what it serves. A lookup may throw, or take too long: ESIBE
 * then makes the criterion that needed the answer {@code UNKNOWN} with the reason, never crashes
 * and never passes the criterion silently. Wrap a slow source in ESIBE's caching decorator
 * ({@code EvidenceCache} in {@code esibe-rules}).
 *
 * <p>Thread-safety: implementations must be thread-safe; lookups may run on ESIBE's own threads.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface EvidenceSource extends EsibeProvider {

    /**
     * Whether a patent is in force at a date, according to this source.
     *
     * @param lookup the patent number and the date
     * @return the evidence, or empty when this source does not know the patent
     * @throws Exception when the source cannot answer now (network, timeout, quota …)
     */
    default Optional<PatentEvidence> patent(PatentLookup lookup) throws Exception {
        return Optional.empty();
    }

    /**
     * A company's registered data, according to this source.
     *
     * @param lookup the VAT number
     * @return the evidence, or empty when this source does not know the company
     * @throws Exception when the source cannot answer now
     */
    default Optional<CompanyEvidence> company(CompanyLookup lookup) throws Exception {
        return Optional.empty();
    }

    /**
     * {@return whether this source answers patent lookups at all} ESIBE asks only sources that do,
     * and a criterion consults the register only when at least one source does.
     */
    default boolean servesPatents() {
        return false;
    }

    /** {@return whether this source answers company lookups at all} */
    default boolean servesCompanies() {
        return false;
    }
}
