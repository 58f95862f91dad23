package it.esibe.core.model;

import it.esibe.core.validation.EuroAmount;
import it.esibe.core.validation.Headcount;
import it.esibe.core.validation.RdItalyWithinTotal;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The applicant's figures for one fiscal year. Every figure is optional: an absent figure is
 * unknown, never zero, and makes the criteria that need it {@code UNKNOWN}.
 *
 * <p>Build one with {@link #builder(int)}, which names each figure, so that R&amp;D and Italian R&amp;D
 * cannot be swapped silently:
 * {@code FiscalYear.builder(2024).rdExpenditure(2_500_000).rdExpenditureItaly(2_100_000).build()}.
 * The canonical constructor takes the seven values in a row and stays for code that copies
 * evidence as it is, readers included.
 *
 * <p>Thread-safety: immutable, and safe to share between threads.
 *
 * @param year the fiscal year, 1900–2100
 * @param rdExpenditure total R&amp;D cost in EUR, whatever funds it (§5.3 bullets 1–2)
 * @param rdExpenditureItaly the part of it carried out in Italy (§5.3 bullet 4)
 * @param euInternationalGrants EU and international grants received for R&amp;D (§5.3 bullet 2)
 * @param staffHeadcount staff in annual work units, fractions allowed (SME test)
 * @param turnover annual turnover in EUR (SME test)
 * @param balanceSheetTotal balance-sheet total in EUR (SME test)
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
@RdItalyWithinTotal
public record FiscalYear(
        @NotNull @Min(1900) @Max(2100) Integer year,
        @Nullable @EuroAmount BigDecimal rdExpenditure,
        @Nullable @EuroAmount BigDecimal rdExpenditureItaly,
        @Nullable @EuroAmount BigDecimal euInternationalGrants,
        @Nullable @Headcount BigDecimal staffHeadcount,
        @Nullable @EuroAmount BigDecimal turnover,
        @Nullable @EuroAmount BigDecimal balanceSheetTotal) {

    /**
     * A new builder of the figures of fiscal year {@code year}, with every figure unknown.
     *
     * @param year the fiscal year, 1900–2100
     * @return the builder
     */
    @API(status = API.Status.STABLE, since = "0.1.0")
    public static Builder builder(int year) {
        return new Builder(year);
    }

    /**
     * Builds a {@link FiscalYear} figure by figure. Every figure is optional and starts unknown;
     * {@code null} makes one unknown again. Each amount takes a {@link BigDecimal} (euro, at most 2
     * decimals, such as {@code new BigDecimal("2500000.50")}) or, for whole euros, a {@code long}
     * ({@code 2_500_000}); never a {@code double}, which cannot hold every cent. Ranges and decimals
     * are judged by the evaluator, not here.
     *
     * <p>Thread-safety: a builder is mutable and not thread-safe; use it on one thread.
     *
     * @since 0.1.0
     */
    @API(status = API.Status.STABLE, since = "0.1.0")
    public static final class Builder {

        private final int year;
        private @Nullable BigDecimal rdExpenditure;
        private @Nullable BigDecimal rdExpenditureItaly;
        private @Nullable BigDecimal euInternationalGrants;
        private @Nullable BigDecimal staffHeadcount;
        private @Nullable BigDecimal turnover;
        private @Nullable BigDecimal balanceSheetTotal;

        private Builder(int year) {
            this.year = year;
        }

        /**
         * Sets the total R&amp;D cost, whatever funds it (§5.3 bullets 1–2).
         *
         * @param euro the amount in euro, or {@code null} for unknown
         * @return this builder
         */
        public Builder rdExpenditure(@Nullable BigDecimal euro) {
            this.rdExpenditure = euro;
            return this;
        }

        /**
         * Sets the total R&amp;D cost in whole euros.
         *
         * @param euro the amount in whole euros
         * @return this builder
         */
        public Builder rdExpenditure(long euro) {
            return rdExpenditure(BigDecimal.valueOf(euro));
        }

        /**
         * Sets the part of the R&amp;D cost carried out in Italy (§5.3 bullet 4).
         *
         * @param euro the amount in euro, or {@code null} for unknown
         * @return this builder
         */
        public Builder rdExpenditureItaly(@Nullable BigDecimal euro) {
            this.rdExpenditureItaly = euro;
            return this;
        }

        /**
         * Sets the part of the R&amp;D cost carried out in Italy, in whole euros.
         *
         * @param euro the amount in whole euros
         * @return this builder
         */
        public Builder rdExpenditureItaly(long euro) {
            return rdExpenditureItaly(BigDecimal.valueOf(euro));
        }

        /**
         * Sets the EU and international grants received for R&amp;D (§5.3 bullet 2).
         *
         * @param euro the amount in euro, or {@code null} for unknown
         * @return this builder
         */
        public Builder euInternationalGrants(@Nullable BigDecimal euro) {
            this.euInternationalGrants = euro;
            return this;
        }

        /**
         * Sets the EU and international grants received for R&amp;D, in whole euros.
         *
         * @param euro the amount in whole euros
         * @return this builder
         */
        public Builder euInternationalGrants(long euro) {
            return euInternationalGrants(BigDecimal.valueOf(euro));
        }

        /**
         * Sets the staff in annual work units, fractions allowed (SME test).
         *
         * @param annualWorkUnits the staff, at most 2 decimals, or {@code null} for unknown
         * @return this builder
         */
        public Builder staffHeadcount(@Nullable BigDecimal annualWorkUnits) {
            this.staffHeadcount = annualWorkUnits;
            return this;
        }

        /**
         * Sets the staff in whole annual work units.
         *
         * @param annualWorkUnits the staff
         * @return this builder
         */
        public Builder staffHeadcount(long annualWorkUnits) {
            return staffHeadcount(BigDecimal.valueOf(annualWorkUnits));
        }

        /**
         * Sets the annual turnover (SME test).
         *
         * @param euro the amount in euro, or {@code null} for unknown
         * @return this builder
         */
        public Builder turnover(@Nullable BigDecimal euro) {
            this.turnover = euro;
            return this;
        }

        /**
         * Sets the annual turnover in whole euros.
         *
         * @param euro the amount in whole euros
         * @return this builder
         */
        public Builder turnover(long euro) {
            return turnover(BigDecimal.valueOf(euro));
        }

        /**
         * Sets the balance-sheet total (SME test).
         *
         * @param euro the amount in euro, or {@code null} for unknown
         * @return this builder
         */
        public Builder balanceSheetTotal(@Nullable BigDecimal euro) {
            this.balanceSheetTotal = euro;
            return this;
        }

        /**
         * Sets the balance-sheet total in whole euros.
         *
         * @param euro the amount in whole euros
         * @return this builder
         */
        public Builder balanceSheetTotal(long euro) {
            return balanceSheetTotal(BigDecimal.valueOf(euro));
        }

        /** {@return new figures of the year with the values set so far} */
        public FiscalYear build() {
            return new FiscalYear(year, rdExpenditure, rdExpenditureItaly, euInternationalGrants, staffHeadcount,
                    turnover, balanceSheetTotal);
        }
    }
}
