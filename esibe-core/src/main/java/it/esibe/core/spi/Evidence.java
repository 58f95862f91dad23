package it.esibe.core.spi;

import java.time.LocalDate;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The evidence sources of an evaluation, as criteria use them: every lookup is guarded (a failing
 * or slow source gives {@link EvidenceAnswer.Unavailable}, never an exception) and asks the sources
 * in registration order until one knows the answer.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public interface Evidence {

    /** {@return evidence with no sources: every lookup is {@link EvidenceAnswer.NotFound} with no source} */
    static Evidence none() {
        return NoEvidence.INSTANCE;
    }

    /** {@return whether any source answers patent lookups} */
    boolean hasPatentSources();

    /** {@return whether any source answers company lookups} */
    boolean hasCompanySources();

    /**
     * Whether patent {@code number} is in force on {@code at}.
     *
     * @param number the patent number
     * @param at the date
     * @return the answer; never throws
     */
    EvidenceAnswer<PatentEvidence> patent(String number, LocalDate at);

    /**
     * The registered data of the company with VAT number {@code vatNumber}.
     *
     * @param vatNumber the VAT number
     * @return the answer; never throws
     */
    EvidenceAnswer<CompanyEvidence> company(String vatNumber);
}

/** No sources at all. */
enum NoEvidence implements Evidence {
    INSTANCE;

    @Override
    public boolean hasPatentSources() {
        return false;
    }

    @Override
    public boolean hasCompanySources() {
        return false;
    }

    @Override
    public EvidenceAnswer<PatentEvidence> patent(String number, LocalDate at) {
        return new EvidenceAnswer.NotFound<>(List.of());
    }

    @Override
    public EvidenceAnswer<CompanyEvidence> company(String vatNumber) {
        return new EvidenceAnswer.NotFound<>(List.of());
    }
}
