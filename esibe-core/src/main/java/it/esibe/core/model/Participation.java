package it.esibe.core.model;

import it.esibe.core.validation.EuroAmount;
import it.esibe.core.validation.Headcount;
import it.esibe.core.validation.Share;
import it.esibe.core.validation.Text;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * An enterprise in which the applicant holds shares (downstream).
 *
 * <p>A participation has no type: it is always an enterprise, and the SME test always judges it as
 * one (ESIBE spec v1.1: a type there let an applicant drop a subsidiary from the test by calling it
 * a natural person or an investor).
 *
 * <p>Thread-safety: immutable, and safe to share between threads.
 *
 * @param name the participated enterprise's name, if given
 * @param capitalShare the applicant's share of its capital, 0–100
 * @param votingShare the applicant's share of its voting rights; absent means equal to capital
 * @param staffHeadcount its staff in annual work units, if known
 * @param turnover its turnover in EUR, if known
 * @param balanceSheetTotal its balance-sheet total in EUR, if known
 * @since 0.1.0
 */
public record Participation(
        @Nullable @Text String name,
        @NotNull @Share BigDecimal capitalShare,
        @Nullable @Share BigDecimal votingShare,
        @Nullable @Headcount BigDecimal staffHeadcount,
        @Nullable @EuroAmount BigDecimal turnover,
        @Nullable @EuroAmount BigDecimal balanceSheetTotal) implements Stake {
}
