package it.esibe.core.model;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A shareholding link between the applicant and another entity, upstream ({@link Holder}) or
 * downstream ({@link Participation}), with the figures the SME test may aggregate.
 */
public sealed interface Stake permits Holder, Participation {

    /** The kind of the other entity. */
    HolderType type();

    /** Share of capital, 0–100. */
    BigDecimal capitalShare();

    /** Share of voting rights, 0–100; absent means equal to the capital share. */
    @Nullable BigDecimal votingShare();

    /** The other entity's staff in annual work units, if known. */
    @Nullable BigDecimal staffHeadcount();

    /** The other entity's turnover in EUR, if known. */
    @Nullable BigDecimal turnover();

    /** The other entity's balance-sheet total in EUR, if known. */
    @Nullable BigDecimal balanceSheetTotal();

    /**
     * The share that decides the relation: the higher of capital and voting share, voting
     * defaulting to capital (ESIBE-RULES-v1, ESIBE-SME rule 2).
     */
    default BigDecimal effectiveShare() {
        BigDecimal voting = votingShare();
        return voting == null ? capitalShare() : capitalShare().max(voting);
    }
}
