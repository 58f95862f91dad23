package it.esibe.core.model;

import it.esibe.core.validation.EuroAmount;
import it.esibe.core.validation.Headcount;
import it.esibe.core.validation.Share;
import it.esibe.core.validation.Text;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A shareholder of the applicant (upstream).
 *
 * <p>Thread-safety: immutable, and safe to share between threads.
 *
 * @param name the holder's name, if given
 * @param type the kind of holder
 * @param capitalShare share of capital, 0–100
 * @param votingShare share of voting rights, 0–100; absent means equal to the capital share
 * @param staffHeadcount the holder's staff in annual work units, if known
 * @param turnover the holder's turnover in EUR, if known
 * @param balanceSheetTotal the holder's balance-sheet total in EUR, if known
 * @since 0.1.0
 */
public record Holder(
        @Nullable @Text String name,
        @NotNull HolderType type,
        @NotNull @Share BigDecimal capitalShare,
        @Nullable @Share BigDecimal votingShare,
        @Nullable @Headcount BigDecimal staffHeadcount,
        @Nullable @EuroAmount BigDecimal turnover,
        @Nullable @EuroAmount BigDecimal balanceSheetTotal) implements Stake {
}
