package it.esibe.core.model;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The steps {@link Holder.Builder} and {@link Participation.Builder} share: the other entity's name
 * and figures and the voting share, each optional and starting absent.
 *
 * @param <B> the concrete builder, which every step returns
 */
abstract class StakeBuilder<B extends StakeBuilder<B>> {

    final BigDecimal capitalShare;
    @Nullable String name;
    @Nullable BigDecimal votingShare;
    @Nullable BigDecimal staffHeadcount;
    @Nullable BigDecimal turnover;
    @Nullable BigDecimal balanceSheetTotal;

    StakeBuilder(BigDecimal capitalShare) {
        this.capitalShare = Objects.requireNonNull(capitalShare, "capitalShare");
    }

    abstract B self();

    /**
     * Sets the other entity's name.
     *
     * @param name the name, or {@code null} for none
     * @return this builder
     */
    public B name(@Nullable String name) {
        this.name = name;
        return self();
    }

    /**
     * Sets the share of voting rights; absent, it is the capital share.
     *
     * @param percent 0–100, at most 4 decimals, or {@code null} for absent
     * @return this builder
     */
    public B votingShare(@Nullable BigDecimal percent) {
        this.votingShare = percent;
        return self();
    }

    /**
     * Sets the share of voting rights in whole percent.
     *
     * @param percent 0–100
     * @return this builder
     */
    public B votingShare(long percent) {
        return votingShare(BigDecimal.valueOf(percent));
    }

    /**
     * Sets the other entity's staff in annual work units.
     *
     * @param annualWorkUnits the staff, at most 2 decimals, or {@code null} for unknown
     * @return this builder
     */
    public B staffHeadcount(@Nullable BigDecimal annualWorkUnits) {
        this.staffHeadcount = annualWorkUnits;
        return self();
    }

    /**
     * Sets the other entity's staff in whole annual work units.
     *
     * @param annualWorkUnits the staff
     * @return this builder
     */
    public B staffHeadcount(long annualWorkUnits) {
        return staffHeadcount(BigDecimal.valueOf(annualWorkUnits));
    }

    /**
     * Sets the other entity's turnover.
     *
     * @param euro the amount in euro, at most 2 decimals, or {@code null} for unknown
     * @return this builder
     */
    public B turnover(@Nullable BigDecimal euro) {
        this.turnover = euro;
        return self();
    }

    /**
     * Sets the other entity's turnover in whole euros.
     *
     * @param euro the amount in whole euros
     * @return this builder
     */
    public B turnover(long euro) {
        return turnover(BigDecimal.valueOf(euro));
    }

    /**
     * Sets the other entity's balance-sheet total.
     *
     * @param euro the amount in euro, at most 2 decimals, or {@code null} for unknown
     * @return this builder
     */
    public B balanceSheetTotal(@Nullable BigDecimal euro) {
        this.balanceSheetTotal = euro;
        return self();
    }

    /**
     * Sets the other entity's balance-sheet total in whole euros.
     *
     * @param euro the amount in whole euros
     * @return this builder
     */
    public B balanceSheetTotal(long euro) {
        return balanceSheetTotal(BigDecimal.valueOf(euro));
    }
}
