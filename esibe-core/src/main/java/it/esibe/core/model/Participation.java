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
 * <p>Thread-safety: immutable, and safe to share between threads.
 *
 * @param name the participated enterprise's name, if given
 * @param type its kind; {@link HolderType#OTHER_ENTERPRISE} when not given
 * @param capitalShare the applicant's share of its capital, 0–100
 * @param votingShare the applicant's share of its voting rights; absent means equal to capital
 * @param staffHeadcount its staff in annual work units, if known
 * @param turnover its turnover in EUR, if known
 * @param balanceSheetTotal its balance-sheet total in EUR, if known
 * @since 0.1.0
 */
public record Participation(
        @Nullable @Text String name,
        HolderType type,
        @NotNull @Share BigDecimal capitalShare,
        @Nullable @Share BigDecimal votingShare,
        @Nullable @Headcount BigDecimal staffHeadcount,
        @Nullable @EuroAmount BigDecimal turnover,
        @Nullable @EuroAmount BigDecimal balanceSheetTotal) implements Stake {

    /**
     * Defaults an absent type to {@link HolderType#OTHER_ENTERPRISE}: a participation is an enterprise.
     *
     * @param name the enterprise's name, if given
     * @param type its type; {@code null} means {@code OTHER_ENTERPRISE}
     * @param capitalShare the applicant's share of its capital
     * @param votingShare the applicant's share of its voting rights, if different
     * @param staffHeadcount its staff in annual work units, if known
     * @param turnover its turnover in EUR, if known
     * @param balanceSheetTotal its balance-sheet total in EUR, if known
     */
    public Participation {
        type = type == null ? HolderType.OTHER_ENTERPRISE : type;
    }
}
