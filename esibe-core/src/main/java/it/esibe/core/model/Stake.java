package it.esibe.core.model;

import java.math.BigDecimal;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A shareholding link between the applicant and another entity, upstream ({@link Holder}) or
 * downstream ({@link Participation}), with the figures the SME test may aggregate.
 *
 * <p>Only a {@link Holder} has a {@link HolderType}: a participation is always an enterprise, so
 * the kind of the other entity is no part of this interface.
 *
 * <p>Thread-safety: both implementations are immutable records, safe to share between threads.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public sealed interface Stake permits Holder, Participation {

    /** {@return the share of capital, 0–100} */
    BigDecimal capitalShare();

    /** {@return the share of voting rights, 0–100; absent means equal to the capital share} */
    @Nullable BigDecimal votingShare();

    /** {@return the other entity's staff in annual work units, if known} */
    @Nullable BigDecimal staffHeadcount();

    /** {@return the other entity's turnover in EUR, if known} */
    @Nullable BigDecimal turnover();

    /** {@return the other entity's balance-sheet total in EUR, if known} */
    @Nullable BigDecimal balanceSheetTotal();

    /**
     * {@return the share that decides the relation: the higher of capital and voting share}
     * Voting defaults to capital (ESIBE-RULES-v1, ESIBE-SME rule 2).
     */
    default BigDecimal effectiveShare() {
        BigDecimal voting = votingShare();
        return voting == null ? capitalShare() : capitalShare().max(voting);
    }
}
