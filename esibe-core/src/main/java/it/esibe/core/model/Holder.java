package it.esibe.core.model;

import it.esibe.core.validation.EuroAmount;
import it.esibe.core.validation.Headcount;
import it.esibe.core.validation.Share;
import it.esibe.core.validation.Text;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A shareholder of the applicant (upstream).
 *
 * <p>Build one with {@link #builder(HolderType, BigDecimal)}, which names each optional figure:
 * {@code Holder.builder(HolderType.VENTURE_CAPITAL, 40).name("Fondo VC").build()}. The canonical
 * constructor, with its seven values in a row, stays for code that copies evidence as it is.
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
 * @param group the joint holding the holder belongs to, if any: 1–64 characters of
 *     {@code [A-Za-z0-9._-]}; holders with the same value (compared exactly, letter case included)
 *     are linked to one another or act jointly, and the SME test judges them on their combined
 *     share (Recommendation 2003/361/EC, Annex art. 3(2) last sentence and 3(3); ESIBE spec v1.1)
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record Holder(
        @Nullable @Text String name,
        @NotNull HolderType type,
        @NotNull @Share BigDecimal capitalShare,
        @Nullable @Share BigDecimal votingShare,
        @Nullable @Headcount BigDecimal staffHeadcount,
        @Nullable @EuroAmount BigDecimal turnover,
        @Nullable @EuroAmount BigDecimal balanceSheetTotal,
        @Nullable @Pattern(regexp = "[A-Za-z0-9._-]{1,64}", message = "{it.esibe.validation.Group.message}")
        String group) implements Stake {

    /**
     * A new builder of a holder of {@code type} with {@code capitalShare} of the applicant's capital.
     *
     * @param type the kind of holder
     * @param capitalShare the share of capital in percent, 0–100, at most 4 decimals
     * @return the builder; name, voting share, figures and group start absent
     */
    @API(status = API.Status.STABLE, since = "0.1.0")
    public static Builder builder(HolderType type, BigDecimal capitalShare) {
        return new Builder(type, capitalShare);
    }

    /**
     * A new builder of a holder of {@code type} with a whole percentage of the applicant's capital.
     *
     * @param type the kind of holder
     * @param capitalShare the share of capital in whole percent, 0–100
     * @return the builder; name, voting share, figures and group start absent
     */
    @API(status = API.Status.STABLE, since = "0.1.0")
    public static Builder builder(HolderType type, long capitalShare) {
        return builder(type, BigDecimal.valueOf(capitalShare));
    }

    /**
     * Builds a {@link Holder}: its type and capital share are given to {@link Holder#builder}, every
     * other value is optional and named. Ranges are judged by the evaluator, not here.
     *
     * <p>Thread-safety: a builder is mutable and not thread-safe; use it on one thread.
     *
     * @since 0.1.0
     */
    @API(status = API.Status.STABLE, since = "0.1.0")
    public static final class Builder extends StakeBuilder<Builder> {

        private final HolderType type;
        private @Nullable String group;

        private Builder(HolderType type, BigDecimal capitalShare) {
            super(capitalShare);
            this.type = Objects.requireNonNull(type, "type");
        }

        @Override
        Builder self() {
            return this;
        }

        /**
         * Puts the holder in a joint holding: holders with the same group are linked to one another or
         * act jointly, and the SME test judges them on their combined share (ESIBE spec v1.1).
         *
         * @param group 1–64 characters of {@code [A-Za-z0-9._-]}, or {@code null} for none
         * @return this builder
         */
        public Builder group(@Nullable String group) {
            this.group = group;
            return this;
        }

        /** {@return a new holder with the values set so far} */
        public Holder build() {
            return new Holder(name, type, capitalShare, votingShare, staffHeadcount, turnover, balanceSheetTotal,
                    group);
        }
    }
}
