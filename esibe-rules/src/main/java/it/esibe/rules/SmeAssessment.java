package it.esibe.rules;

import it.esibe.core.decision.Verdict;
import it.esibe.core.model.HolderType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The result of the SME test of ESIBE-RULES-v1 (criterion {@code ESIBE-SME}; interim report §6
 * last bullet; Commission Recommendation 2003/361/EC, Annex arts. 2–4), with the aggregated figures
 * and the reasons, so that the decision can be explained line by line.
 *
 * <p>Thread-safety: immutable (its lists are unmodifiable copies), and safe to share between
 * threads.
 *
 * @param verdict {@code PASS} when the applicant qualifies (an SME, or corporate-backed), {@code FAIL}
 *     when it does not, {@code UNKNOWN} when the figures cannot decide
 * @param basis what decided
 * @param links how each holder and participation was counted, in input order (holders first)
 * @param publicBodyCapital the capital share held by public bodies together
 * @param publicBodyVoting the voting share held by public bodies together (voting defaults to capital)
 * @param referenceYear the ceiling test on fiscal year {@code Y}, when it was run
 * @param previousYear the ceiling test on {@code Y-1}, when that year is present
 * @since 0.1.0
 */
public record SmeAssessment(
        Verdict verdict,
        Basis basis,
        List<Link> links,
        BigDecimal publicBodyCapital,
        BigDecimal publicBodyVoting,
        @Nullable YearTest referenceYear,
        @Nullable YearTest previousYear) {

    /**
     * Copies the links and rejects missing parts.
     *
     * @param verdict the verdict
     * @param basis what decided
     * @param links how each holder and participation counted
     * @param publicBodyCapital the public bodies' capital share
     * @param publicBodyVoting the public bodies' voting share
     * @param referenceYear the test on {@code Y}, or {@code null}
     * @param previousYear the test on {@code Y-1}, or {@code null}
     */
    public SmeAssessment {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(basis, "basis");
        links = List.copyOf(links);
        Objects.requireNonNull(publicBodyCapital, "publicBodyCapital");
        Objects.requireNonNull(publicBodyVoting, "publicBodyVoting");
    }

    /** What decided the SME test. */
    public enum Basis {
        /** The ruleset does not require SME status ({@code sme.required = false}). */
        NOT_REQUIRED,
        /** A {@code CORPORATE} holder with a capital share above 0: the SME requirement is waived (§6). */
        CORPORATE_BACKED,
        /** Public bodies hold 25 % or more of capital or voting rights (Annex art. 3(4)): not an SME. */
        PUBLIC_BODIES,
        /** Fiscal year {@code Y} is absent: the test cannot be run. */
        NO_FIGURES,
        /** The ceilings of Annex art. 2 on {@code Y}, which {@code Y-1} confirmed or was absent for. */
        CEILINGS,
        /**
         * The ceilings gave different answers for {@code Y} and {@code Y-1}: status changes only after
         * two consecutive periods (Annex art. 4(2)), so the result for {@code Y-1} stands.
         */
        CEILINGS_PREVIOUS_YEAR_STANDS
    }

    /** How an upstream holder or downstream participation counts in the aggregation. */
    public enum Relation {
        /** Share above 50 %: 100 % of its figures are added. */
        LINKED,
        /** Share from 25 % to 50 %: that share of its figures is added. */
        PARTNER,
        /** Share from 25 % to 50 % held by a qualifying investor (art. 3(2)): nothing is added. */
        EXEMPT_INVESTOR,
        /** Share below 25 %: nothing is added. */
        AUTONOMOUS,
        /** A natural person: not an enterprise, nothing is added. */
        NOT_AN_ENTERPRISE,
        /** A public body: never added, the public-body rule decides instead. */
        PUBLIC_BODY
    }

    /** Whether a link is a holder of the applicant or a participation of the applicant. */
    public enum Direction {
        /** A shareholder of the applicant. */
        UPSTREAM,
        /** An enterprise the applicant holds shares in. */
        DOWNSTREAM
    }

    /**
     * One holder or participation and how it was counted.
     *
     * @param name its name, or {@code holders[i]} / {@code participations[i]} when unnamed
     * @param type its type
     * @param direction upstream or downstream
     * @param share the share that decides the relation: the higher of capital and voting
     * @param relation how it counts
     * @param weight the fraction of its figures added: 1 for linked, share/100 for partners, else 0
     */
    public record Link(String name, HolderType type, Direction direction, BigDecimal share, Relation relation,
            BigDecimal weight) {
    }

    /**
     * The ceiling test of Annex art. 2 on one year's aggregated figures, in three-valued logic.
     *
     * @param year the fiscal year
     * @param staff aggregated staff in annual work units; {@code null} when unknown
     * @param turnover aggregated turnover in EUR; {@code null} when unknown
     * @param balanceSheetTotal aggregated balance-sheet total in EUR; {@code null} when unknown
     * @param withinCeilings {@code true} or {@code false}, or {@code null} when the known figures cannot decide
     */
    public record YearTest(int year, @Nullable BigDecimal staff, @Nullable BigDecimal turnover,
            @Nullable BigDecimal balanceSheetTotal, @Nullable Boolean withinCeilings) {

        /** {@return the outcome of the test, if the figures decide it} */
        public Optional<Boolean> decided() {
            return Optional.ofNullable(withinCeilings);
        }
    }
}
