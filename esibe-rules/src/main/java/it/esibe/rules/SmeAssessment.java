package it.esibe.rules;

import it.esibe.core.decision.Verdict;
import it.esibe.core.model.HolderType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The result of the SME test of ESIBE-RULES-v1 (criterion {@code ESIBE-SME}; interim report §6
 * last bullet; Commission Recommendation 2003/361/EC, Annex arts. 2–4), with the aggregated figures
 * and the reasons, so that the decision can be explained enterprise by enterprise and year by year:
 * how each holder and participation counts ({@link #links()}), the joint holdings and their combined
 * share ({@link #groups()}), and for each year tested the company's own figures, what each
 * enterprise added and which figures are missing and whose ({@link YearTest}).
 *
 * <p>Thread-safety: immutable (its lists are unmodifiable copies), and safe to share between
 * threads.
 *
 * @param verdict {@code PASS} when the applicant qualifies (an SME, or corporate-backed under
 *     {@link CorporateBacking#WAIVE_TEST}), {@code FAIL} when it does not, {@code UNKNOWN} when the
 *     figures cannot decide
 * @param basis what decided
 * @param corporateBacking the reading of corporate backing that was applied ({@code sme.corporateBacking})
 * @param links how each holder and participation was counted, in input order (holders first)
 * @param groups the joint holdings (a {@code group} value shared by two or more holders), in the
 *     order of their first member
 * @param publicBodyCapital the capital share held by public bodies together
 * @param publicBodyVoting the voting share held by public bodies together (voting defaults to capital)
 * @param referenceYear the ceiling test on fiscal year {@code Y}, when it was run
 * @param previousYear the ceiling test on {@code Y-1}, when it was run and that year is present
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public record SmeAssessment(
        Verdict verdict,
        Basis basis,
        CorporateBacking corporateBacking,
        List<Link> links,
        List<Group> groups,
        BigDecimal publicBodyCapital,
        BigDecimal publicBodyVoting,
        @Nullable YearTest referenceYear,
        @Nullable YearTest previousYear) {

    /**
     * Copies the lists and rejects missing parts.
     *
     * @param verdict the verdict
     * @param basis what decided
     * @param corporateBacking the reading of corporate backing applied
     * @param links how each holder and participation counted
     * @param groups the joint holdings
     * @param publicBodyCapital the public bodies' capital share
     * @param publicBodyVoting the public bodies' voting share
     * @param referenceYear the test on {@code Y}, or {@code null}
     * @param previousYear the test on {@code Y-1}, or {@code null}
     */
    public SmeAssessment {
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(corporateBacking, "corporateBacking");
        links = List.copyOf(links);
        groups = List.copyOf(groups);
        Objects.requireNonNull(publicBodyCapital, "publicBodyCapital");
        Objects.requireNonNull(publicBodyVoting, "publicBodyVoting");
    }

    /**
     * The joint holding named {@code name}.
     *
     * @param name a {@code group} value, compared exactly
     * @return the group, or empty when fewer than two holders share that value
     */
    public Optional<Group> group(String name) {
        return groups.stream().filter(g -> g.name().equals(name)).findFirst();
    }

    /**
     * The links of the members of {@code group}, in input order.
     *
     * @param group one of {@link #groups()}
     * @return its members' links, those that do not count in its share included
     */
    public List<Link> members(Group group) {
        return links.stream().filter(l -> group.name().equals(l.group())).toList();
    }

    /** {@return the corporate holders left out of the aggregation under {@link CorporateBacking#EXCLUDE_BACKERS}} */
    public List<Link> corporateBackersLeftOut() {
        return links.stream().filter(l -> l.relation() == Relation.CORPORATE_BACKER).toList();
    }

    /** What decided the SME test. */
    public enum Basis {
        /** The ruleset does not require SME status ({@code sme.required = false}). */
        NOT_REQUIRED,
        /**
         * Under {@link CorporateBacking#WAIVE_TEST} only: a {@code CORPORATE} holder with a capital share
         * above 0, so the SME requirement is waived (§6).
         */
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

    /** How an upstream holder or downstream participation (or a joint holding) counts in the aggregation. */
    public enum Relation {
        /** Share (or the group's combined share) above 50 %: 100 % of its figures are added. */
        LINKED,
        /** Share (or the group's combined share) from 25 % to 50 %: that share of its figures is added. */
        PARTNER,
        /**
         * A partner share (25 % to 50 %, alone or as the group's combined share) held by a qualifying
         * investor of Annex art. 3(2): nothing is added.
         */
        EXEMPT_INVESTOR,
        /** Share (or the group's combined share) below 25 %: nothing is added. */
        AUTONOMOUS,
        /** A natural person: not an enterprise, nothing is added (its share counts in a group's share). */
        NOT_AN_ENTERPRISE,
        /** A public body: never added, the public-body rule of Annex art. 3(4) decides instead. */
        PUBLIC_BODY,
        /**
         * A {@code CORPORATE} holder under {@link CorporateBacking#EXCLUDE_BACKERS}: left out of the
         * aggregation (§6), neither its figures nor, in a group, its share.
         */
        CORPORATE_BACKER
    }

    /** Whether a link is a holder of the applicant or a participation of the applicant. */
    public enum Direction {
        /** A shareholder of the applicant. */
        UPSTREAM,
        /** An enterprise the applicant holds shares in. */
        DOWNSTREAM
    }

    /** One of the three figures the SME ceilings test. */
    public enum Figure {
        /** Staff in annual work units. */
        STAFF,
        /** Annual turnover in EUR. */
        TURNOVER,
        /** Balance-sheet total in EUR. */
        BALANCE_SHEET_TOTAL
    }

    /**
     * One holder or participation and how it was counted.
     *
     * @param direction upstream (a holder) or downstream (a participation)
     * @param index its position in {@code ownership.holders} or {@code ownership.participations}, from 0
     * @param name its name, or {@code null} when the application gives none
     * @param type a holder's type; {@code null} for a participation, which is always an enterprise
     * @param share its own share, the higher of capital and voting (voting defaults to capital)
     * @param group the joint holding it was judged in, or {@code null} when it was judged alone (no
     *     {@code group}, or a value no other holder shares)
     * @param relation how it counts; for a group member, after the group's combined share
     * @param weight the fraction of its figures added: 1 for linked, the (combined) share / 100 for
     *     partners, else 0
     */
    public record Link(Direction direction, int index, @Nullable String name, @Nullable HolderType type,
            BigDecimal share, @Nullable String group, Relation relation, BigDecimal weight) {

        /** {@return whether some of its figures are added to the company's} */
        public boolean isAdded() {
            return weight.signum() > 0;
        }
    }

    /**
     * Holders that share a {@code group} value, judged on their combined share (Annex art. 3(2) last
     * sentence and 3(3); ESIBE-RULES-v1 "Joint holdings").
     *
     * @param name the {@code group} value
     * @param capitalShare the sum of the capital shares of the members that count
     * @param votingShare the sum of their voting shares (each defaulting to its capital share)
     * @param share the combined share {@code g}: the higher of the two sums
     * @param relation {@link Relation#LINKED} above 50 %, {@link Relation#PARTNER} from 25 % to 50 %,
     *     else {@link Relation#AUTONOMOUS}; the investors of art. 3(2) among partners add nothing
     */
    public record Group(String name, BigDecimal capitalShare, BigDecimal votingShare, BigDecimal share,
            Relation relation) {
    }

    /**
     * The three figures of one enterprise or one aggregate, each {@code null} when unknown.
     *
     * @param staff staff in annual work units
     * @param turnover turnover in EUR
     * @param balanceSheetTotal balance-sheet total in EUR
     */
    public record Figures(@Nullable BigDecimal staff, @Nullable BigDecimal turnover,
            @Nullable BigDecimal balanceSheetTotal) {

        /**
         * One of the figures.
         *
         * @param figure which
         * @return its value, or {@code null} when unknown
         */
        public @Nullable BigDecimal get(Figure figure) {
            return switch (figure) {
                case STAFF -> staff;
                case TURNOVER -> turnover;
                case BALANCE_SHEET_TOTAL -> balanceSheetTotal;
            };
        }
    }

    /**
     * What one linked or partner enterprise added to a year's aggregate.
     *
     * @param link the enterprise
     * @param added its figures times its weight; a figure is {@code null} when the enterprise did
     *     not declare it (the aggregate of that figure is then unknown)
     */
    public record Contribution(Link link, Figures added) {
    }

    /**
     * A figure the aggregate needs that the application does not declare.
     *
     * @param figure which figure
     * @param of the enterprise whose figure it is, or {@code null} for the company's own figure of the year
     */
    public record Missing(Figure figure, @Nullable Link of) {
    }

    /**
     * The ceiling test of Annex art. 2 on one year's aggregated figures, in three-valued logic.
     *
     * <p>The ownership is one snapshot: the contributions are those of the enterprises' declared
     * figures, the same for every year; only the company's own figures change.
     *
     * @param year the fiscal year
     * @param own the company's own figures of the year
     * @param contributions what each enterprise that must be added (weight above 0) added, in link order
     * @param missing the figures needed but not declared, figure by figure (staff, turnover, balance sheet):
     *     for each, the company's own first, then the enterprises' in link order
     * @param aggregated the company's own figures plus the contributions; a figure is {@code null}
     *     when any figure it needs is missing
     * @param withinCeilings {@code true} or {@code false}, or {@code null} when the known figures cannot decide
     */
    public record YearTest(int year, Figures own, List<Contribution> contributions, List<Missing> missing,
            Figures aggregated, @Nullable Boolean withinCeilings) {

        /**
         * Copies the lists.
         *
         * @param year the fiscal year
         * @param own the company's own figures
         * @param contributions what each added enterprise added
         * @param missing the missing figures
         * @param aggregated the aggregated figures
         * @param withinCeilings the result, or {@code null}
         */
        public YearTest {
            Objects.requireNonNull(own, "own");
            contributions = List.copyOf(contributions);
            missing = List.copyOf(missing);
            Objects.requireNonNull(aggregated, "aggregated");
        }

        /** {@return aggregated staff in annual work units; {@code null} when unknown} */
        public @Nullable BigDecimal staff() {
            return aggregated.staff();
        }

        /** {@return aggregated turnover in EUR; {@code null} when unknown} */
        public @Nullable BigDecimal turnover() {
            return aggregated.turnover();
        }

        /** {@return aggregated balance-sheet total in EUR; {@code null} when unknown} */
        public @Nullable BigDecimal balanceSheetTotal() {
            return aggregated.balanceSheetTotal();
        }

        /** {@return the outcome of the test, if the figures decide it} */
        public Optional<Boolean> decided() {
            return Optional.ofNullable(withinCeilings);
        }

        /**
         * What the members of {@code group} added together.
         *
         * @param group a group of the same assessment
         * @return the sums of its members' contributions, a figure {@code null} when a member's is
         *     missing; zeros when no member is added
         */
        public Figures addedBy(Group group) {
            BigDecimal[] sums = {BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO};
            Figure[] figures = Figure.values();
            for (Contribution c : contributions) {
                if (!group.name().equals(c.link().group())) {
                    continue;
                }
                for (int i = 0; i < figures.length; i++) {
                    BigDecimal v = c.added().get(figures[i]);
                    sums[i] = sums[i] == null || v == null ? null : sums[i].add(v);
                }
            }
            return new Figures(sums[0], sums[1], sums[2]);
        }
    }
}
