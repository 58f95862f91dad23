package it.esibe.core.model;

import it.esibe.core.validation.EuroAmount;
import it.esibe.core.validation.Headcount;
import it.esibe.core.validation.Share;
import it.esibe.core.validation.Text;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * An enterprise in which the applicant holds shares (downstream).
 *
 * <p>A participation has no type: it is always an enterprise, and the SME test always judges it as
 * one (ESIBE spec v1.1: a type there let an applicant drop a subsidiary from the test by calling it
 * a natural person or an investor).
 *
 * <p>Build one with {@link #builder(BigDecimal)}, which names each optional figure:
 * {@code Participation.builder(100).name("Esempio Lab S.r.l.").staffHeadcount(12).build()}. The
 * canonical constructor stays for code that copies evidence as it is.
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
@API(status = API.Status.STABLE, since = "0.1.0")
public record Participation(
        @Nullable @Text String name,
        @NotNull @Share BigDecimal capitalShare,
        @Nullable @Share BigDecimal votingShare,
        @Nullable @Headcount BigDecimal staffHeadcount,
        @Nullable @EuroAmount BigDecimal turnover,
        @Nullable @EuroAmount BigDecimal balanceSheetTotal) implements Stake {

    /**
     * A new builder of a participation of {@code capitalShare} in another enterprise's capital.
     *
     * @param capitalShare the applicant's share of its capital in percent, 0–100, at most 4 decimals
     * @return the builder; name, voting share and figures start absent
     */
    @API(status = API.Status.STABLE, since = "0.1.0")
    public static Builder builder(BigDecimal capitalShare) {
        return new Builder(capitalShare);
    }

    /**
     * A new builder of a participation of a whole percentage in another enterprise's capital.
     *
     * @param capitalShare the applicant's share of its capital in whole percent, 0–100
     * @return the builder; name, voting share and figures start absent
     */
    @API(status = API.Status.STABLE, since = "0.1.0")
    public static Builder builder(long capitalShare) {
        return builder(BigDecimal.valueOf(capitalShare));
    }

    /**
     * Builds a {@link Participation}: its capital share is given to {@link Participation#builder},
     * every other value is optional and named. Ranges are judged by the evaluator, not here.
     *
     * <p>Thread-safety: a builder is mutable and not thread-safe; use it on one thread.
     *
     * @since 0.1.0
     */
    @API(status = API.Status.STABLE, since = "0.1.0")
    public static final class Builder extends StakeBuilder<Builder> {

        private Builder(BigDecimal capitalShare) {
            super(capitalShare);
        }

        @Override
        Builder self() {
            return this;
        }

        /** {@return a new participation with the values set so far} */
        public Participation build() {
            return new Participation(name, capitalShare, votingShare, staffHeadcount, turnover, balanceSheetTotal);
        }
    }
}
