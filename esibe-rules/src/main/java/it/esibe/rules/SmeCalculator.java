package it.esibe.rules;

import it.esibe.core.decision.Verdict;
import it.esibe.core.model.Application;
import it.esibe.core.model.FiscalYear;
import it.esibe.core.model.HolderType;
import it.esibe.core.model.Stake;
import it.esibe.core.ruleset.RulesetParameters;
import it.esibe.rules.SmeAssessment.Basis;
import it.esibe.rules.SmeAssessment.Direction;
import it.esibe.rules.SmeAssessment.Link;
import it.esibe.rules.SmeAssessment.Relation;
import it.esibe.rules.SmeAssessment.YearTest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The SME test of ESIBE-RULES-v1 (criterion {@code ESIBE-SME}): corporate-backed waiver (interim
 * report §6 last bullet), public-body rule (Recommendation 2003/361/EC, Annex art. 3(4)),
 * aggregation of linked and partner enterprises with the investor exceptions (art. 3), the
 * ceilings (art. 2) in three-valued logic, and the two-consecutive-years rule (art. 4(2)).
 *
 * <p>Arithmetic is exact ({@link BigDecimal}); thresholds come from the ruleset's parameters.
 *
 * <p>Thread-safety: immutable and thread-safe; one calculator may serve every thread.
 *
 * @since 0.1.0
 */
public final class SmeCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal FIFTY = BigDecimal.valueOf(50);
    private static final BigDecimal TWENTY_FIVE = BigDecimal.valueOf(25);

    private final boolean required;
    private final BigDecimal maxStaff;
    private final BigDecimal maxTurnover;
    private final BigDecimal maxBalanceSheet;

    private SmeCalculator(RulesetParameters parameters) {
        this.required = parameters.flag(InterimParameters.SME_REQUIRED);
        this.maxStaff = parameters.decimal(InterimParameters.SME_MAX_STAFF);
        this.maxTurnover = parameters.decimal(InterimParameters.SME_MAX_TURNOVER);
        this.maxBalanceSheet = parameters.decimal(InterimParameters.SME_MAX_BALANCE_SHEET);
    }

    /**
     * A calculator with the ceilings of {@code parameters} ({@code sme.*}).
     *
     * @param parameters a ruleset's parameters, with every {@code sme.*} name
     * @return the calculator
     */
    public static SmeCalculator of(RulesetParameters parameters) {
        return new SmeCalculator(Objects.requireNonNull(parameters, "parameters"));
    }

    /** {@return a calculator with the ceilings of ruleset {@code esibe-2024-interim}} */
    public static SmeCalculator interim() {
        return of(InterimParameters.values());
    }

    /**
     * Runs the test on a valid application for reference fiscal year {@code year}.
     *
     * @param application a valid application (its ownership is one snapshot used for both years)
     * @param year the reference fiscal year {@code Y}
     * @return the verdict with the figures and reasons
     */
    public SmeAssessment assess(Application application, int year) {
        List<Link> links = links(application);
        BigDecimal pbCapital = BigDecimal.ZERO;
        BigDecimal pbVoting = BigDecimal.ZERO;
        boolean corporateBacked = false;
        for (var h : application.ownership().holders()) {
            if (h.type() == HolderType.PUBLIC_BODY) {
                pbCapital = pbCapital.add(h.capitalShare());
                pbVoting = pbVoting.add(h.votingShare() == null ? h.capitalShare() : h.votingShare());
            }
            corporateBacked |= h.type() == HolderType.CORPORATE && h.capitalShare().signum() > 0;
        }
        if (!required) {
            return new SmeAssessment(Verdict.PASS, Basis.NOT_REQUIRED, links, pbCapital, pbVoting, null, null);
        }
        if (corporateBacked) {
            return new SmeAssessment(Verdict.PASS, Basis.CORPORATE_BACKED, links, pbCapital, pbVoting, null, null);
        }
        if (pbCapital.compareTo(TWENTY_FIVE) >= 0 || pbVoting.compareTo(TWENTY_FIVE) >= 0) {
            return new SmeAssessment(Verdict.FAIL, Basis.PUBLIC_BODIES, links, pbCapital, pbVoting, null, null);
        }
        Optional<FiscalYear> current = application.fiscalYear(year);
        if (current.isEmpty()) {
            return new SmeAssessment(Verdict.UNKNOWN, Basis.NO_FIGURES, links, pbCapital, pbVoting, null, null);
        }
        YearTest y = test(application, links, current.get());
        YearTest previous = application.fiscalYear(year - 1).map(fy -> test(application, links, fy)).orElse(null);
        Boolean resultY = y.withinCeilings();
        // Y-1 counts as absent when its own figures cannot decide (ESIBE-SME rule 4).
        Boolean resultPrevious = previous == null ? null : previous.withinCeilings();
        Verdict verdict;
        Basis basis = Basis.CEILINGS;
        if (resultY == null) {
            verdict = Verdict.UNKNOWN;
        } else if (resultPrevious == null || resultPrevious.equals(resultY)) {
            verdict = resultY ? Verdict.PASS : Verdict.FAIL;
        } else {
            // Status changes only after two consecutive periods (Annex art. 4(2)).
            verdict = resultPrevious ? Verdict.PASS : Verdict.FAIL;
            basis = Basis.CEILINGS_PREVIOUS_YEAR_STANDS;
        }
        return new SmeAssessment(verdict, basis, links, pbCapital, pbVoting, y, previous);
    }

    /** The relation of every holder and participation (ESIBE-SME rule 2), holders first. */
    static List<Link> links(Application application) {
        List<Link> links = new ArrayList<>();
        var holders = application.ownership().holders();
        for (int i = 0; i < holders.size(); i++) {
            var h = holders.get(i);
            links.add(link(h, h.name() == null ? "holders[" + i + "]" : h.name(), Direction.UPSTREAM));
        }
        var participations = application.ownership().participations();
        for (int i = 0; i < participations.size(); i++) {
            var p = participations.get(i);
            links.add(link(p, p.name() == null ? "participations[" + i + "]" : p.name(), Direction.DOWNSTREAM));
        }
        return links;
    }

    private static Link link(Stake stake, String name, Direction direction) {
        BigDecimal s = stake.effectiveShare();
        Relation relation;
        BigDecimal weight = BigDecimal.ZERO;
        if (stake.type() == HolderType.INDIVIDUAL) {
            relation = Relation.NOT_AN_ENTERPRISE;
        } else if (stake.type() == HolderType.PUBLIC_BODY) {
            relation = Relation.PUBLIC_BODY;
        } else if (s.compareTo(FIFTY) > 0) {
            relation = Relation.LINKED;
            weight = BigDecimal.ONE;
        } else if (s.compareTo(TWENTY_FIVE) >= 0) {
            if (stake.type().isQualifyingInvestor()) {
                relation = Relation.EXEMPT_INVESTOR;
            } else {
                relation = Relation.PARTNER;
                weight = s.divide(HUNDRED);
            }
        } else {
            relation = Relation.AUTONOMOUS;
        }
        return new Link(name, stake.type(), direction, s, relation, weight);
    }

    private YearTest test(Application application, List<Link> links, FiscalYear fy) {
        List<Stake> stakes = new ArrayList<>();
        stakes.addAll(application.ownership().holders());
        stakes.addAll(application.ownership().participations());
        BigDecimal staff = aggregate(fy.staffHeadcount(), stakes, links, Stake::staffHeadcount);
        BigDecimal turnover = aggregate(fy.turnover(), stakes, links, Stake::turnover);
        BigDecimal balance = aggregate(fy.balanceSheetTotal(), stakes, links, Stake::balanceSheetTotal);
        Boolean staffOk = staff == null ? null : staff.compareTo(maxStaff) < 0;
        Boolean turnoverOk = turnover == null ? null : turnover.compareTo(maxTurnover) <= 0;
        Boolean balanceOk = balance == null ? null : balance.compareTo(maxBalanceSheet) <= 0;
        return new YearTest(fy.year(), staff, turnover, balance, and(staffOk, or(turnoverOk, balanceOk)));
    }

    /** Own figure plus the weighted figures of linked and partner enterprises; null when any needed one is absent. */
    private static @Nullable BigDecimal aggregate(@Nullable BigDecimal own, List<Stake> stakes, List<Link> links,
            Function<Stake, @Nullable BigDecimal> figure) {
        if (own == null) {
            return null;
        }
        BigDecimal total = own;
        for (int i = 0; i < stakes.size(); i++) {
            BigDecimal weight = links.get(i).weight();
            if (weight.signum() == 0) {
                continue;
            }
            BigDecimal value = figure.apply(stakes.get(i));
            if (value == null) {
                return null;
            }
            total = total.add(weight.compareTo(BigDecimal.ONE) == 0 ? value : value.multiply(weight));
        }
        return total;
    }

    // Kleene's strong three-valued logic, null meaning unknown.
    static @Nullable Boolean and(@Nullable Boolean a, @Nullable Boolean b) {
        if (Boolean.FALSE.equals(a) || Boolean.FALSE.equals(b)) {
            return Boolean.FALSE;
        }
        return a == null || b == null ? null : Boolean.TRUE;
    }

    static @Nullable Boolean or(@Nullable Boolean a, @Nullable Boolean b) {
        if (Boolean.TRUE.equals(a) || Boolean.TRUE.equals(b)) {
            return Boolean.TRUE;
        }
        return a == null || b == null ? null : Boolean.FALSE;
    }
}
