package it.esibe.core.model;

import it.esibe.core.validation.EuroAmount;
import it.esibe.core.validation.Headcount;
import it.esibe.core.validation.RdItalyWithinTotal;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * The applicant's figures for one fiscal year. Every figure is optional: an absent figure is
 * unknown, never zero, and makes the criteria that need it {@code UNKNOWN}.
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
@RdItalyWithinTotal
public record FiscalYear(
        @NotNull @Min(1900) @Max(2100) Integer year,
        @Nullable @EuroAmount BigDecimal rdExpenditure,
        @Nullable @EuroAmount BigDecimal rdExpenditureItaly,
        @Nullable @EuroAmount BigDecimal euInternationalGrants,
        @Nullable @Headcount BigDecimal staffHeadcount,
        @Nullable @EuroAmount BigDecimal turnover,
        @Nullable @EuroAmount BigDecimal balanceSheetTotal) {
}
