package it.esibe.rules;

import it.esibe.core.decision.Verdict;
import it.esibe.core.model.Application;
import it.esibe.core.model.FiscalYear;
import it.esibe.core.model.Holder;
import it.esibe.core.model.HolderType;
import it.esibe.core.model.Ownership;
import it.esibe.core.model.Participation;
import it.esibe.core.model.Stake;
import it.esibe.core.ruleset.RulesetParameters;
import it.esibe.rules.SmeAssessment.Basis;
import it.esibe.rules.SmeAssessment.Contribution;
import it.esibe.rules.SmeAssessment.Direction;
import it.esibe.rules.SmeAssessment.Figure;
import it.esibe.rules.SmeAssessment.Figures;
import it.esibe.rules.SmeAssessment.Group;
import it.esibe.rules.SmeAssessment.Link;
import it.esibe.rules.SmeAssessment.Missing;
import it.esibe.rules.SmeAssessment.Relation;
import it.esibe.rules.SmeAssessment.YearTest;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The SME test of ESIBE-RULES-v1 as of spec v1.1 (criterion {@code ESIBE-SME}): the corporate
 * backing of interim report §6 last bullet (by default corporate holders are left out of the
 * aggregation, see {@link CorporateBacking}), the public-body rule (Recommendation 2003/361/EC,
 * Annex art. 3(4)), the aggregation of linked and partner enterprises with the investor exceptions
 * and joint holdings (art. 3), the ceilings (art. 2) in three-valued logic, and the
 * two-consecutive-years rule (art. 4(2)).
 *
 * <p>Arithmetic is exact ({@link BigDecimal}); thresholds and the corporate-backing reading come
 * from the ruleset's parameters.
 *
 * <p>Thread-safety: immutable and thread-safe; one calculator may serve every thread.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class SmeCalculator {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal FIFTY = BigDecimal.valueOf(50);
    private static final BigDecimal TWENTY_FIVE = BigDecimal.valueOf(25);

    private final boolean required;
    private final CorporateBacking corporateBacking;
    private final BigDecimal maxStaff;
    private final BigDecimal maxTurnover;
    private final BigDecimal maxBalanceSheet;

    private SmeCalculator(RulesetParameters parameters) {
        this.required = parameters.get(InterimParameters.SME_REQUIRED);
        this.corporateBacking = parameters.get(InterimParameters.SME_CORPORATE_BACKING);
        this.maxStaff = parameters.get(InterimParameters.SME_MAX_STAFF);
        this.maxTurnover = parameters.get(InterimParameters.SME_MAX_TURNOVER);
        this.maxBalanceSheet = parameters.get(InterimParameters.SME_MAX_BALANCE_SHEET);
    }

    /**
     * A calculator with the ceilings and the corporate-backing reading of {@code parameters} ({@code sme.*}).
     *
     * @param parameters a ruleset's parameters, with every {@code sme.*} name of {@link InterimParameters}
     * @return the calculator
     * @throws it.esibe.core.ConfigurationException if one of those parameters is missing or of another type
     */
    public static SmeCalculator of(RulesetParameters parameters) {
        return new SmeCalculator(Objects.requireNonNull(parameters, "parameters"));
    }

    /** {@return a calculator with the parameters of ruleset {@code esibe-2024-interim}} */
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
        Ownership ownership = application.ownership();
        List<Group> groups = groups(ownership.holders());
        List<Link> links = links(ownership, groups);
        BigDecimal pbCapital = BigDecimal.ZERO;
        BigDecimal pbVoting = BigDecimal.ZERO;
        boolean corporateBacked = false;
        for (Holder h : ownership.holders()) {
            if (h.type() == HolderType.PUBLIC_BODY) {
                pbCapital = pbCapital.add(h.capitalShare());
                pbVoting = pbVoting.add(voting(h));
            }
            corporateBacked |= h.type() == HolderType.CORPORATE && h.capitalShare().signum() > 0;
        }
        Basis early = null;
        Verdict earlyVerdict = null;
        if (!required) {
            early = Basis.NOT_REQUIRED;
            earlyVerdict = Verdict.PASS;
        } else if (corporateBacking == CorporateBacking.WAIVE_TEST && corporateBacked) {
            early = Basis.CORPORATE_BACKED;
            earlyVerdict = Verdict.PASS;
        } else if (pbCapital.compareTo(TWENTY_FIVE) >= 0 || pbVoting.compareTo(TWENTY_FIVE) >= 0) {
            early = Basis.PUBLIC_BODIES;
            earlyVerdict = Verdict.FAIL;
        }
        if (early != null) {
            return new SmeAssessment(earlyVerdict, early, corporateBacking, links, groups, pbCapital, pbVoting,
                    null, null);
        }
        Optional<FiscalYear> current = application.fiscalYear(year);
        if (current.isEmpty()) {
            return new SmeAssessment(Verdict.UNKNOWN, Basis.NO_FIGURES, corporateBacking, links, groups, pbCapital,
                    pbVoting, null, null);
        }
        YearTest y = test(ownership, links, current.get());
        YearTest previous = application.fiscalYear(year - 1).map(fy -> test(ownership, links, fy)).orElse(null);
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
        return new SmeAssessment(verdict, basis, corporateBacking, links, groups, pbCapital, pbVoting, y, previous);
    }

    private static BigDecimal voting(Stake stake) {
        return stake.votingShare() == null ? stake.capitalShare() : stake.votingShare();
    }

    /** Whether a holder is left out of the aggregation entirely: a corporate backer under EXCLUDE_BACKERS (§6). */
    private boolean leftOut(Holder h) {
        return h.type() == HolderType.CORPORATE && corporateBacking == CorporateBacking.EXCLUDE_BACKERS;
    }

    /**
     * The joint holdings: every {@code group} value held by two or more holders (a value held by one
     * is that holder alone). Public bodies count only in the public-body rule and corporate backers
     * left out count nowhere, so neither adds to the combined share; natural persons do.
     */
    private List<Group> groups(List<Holder> holders) {
        if (noGroup(holders)) {
            // Most companies declare no joint holding: no map to build for none.
            return List.of();
        }
        Map<String, List<Holder>> byValue = new LinkedHashMap<>();
        for (Holder h : holders) {
            if (h.group() != null) {
                byValue.computeIfAbsent(h.group(), k -> new ArrayList<>()).add(h);
            }
        }
        List<Group> groups = new ArrayList<>();
        byValue.forEach((name, members) -> {
            if (members.size() < 2) {
                return;
            }
            BigDecimal capital = BigDecimal.ZERO;
            BigDecimal votes = BigDecimal.ZERO;
            for (Holder h : members) {
                if (h.type() != HolderType.PUBLIC_BODY && !leftOut(h)) {
                    capital = capital.add(h.capitalShare());
                    votes = votes.add(voting(h));
                }
            }
            BigDecimal g = capital.max(votes);
            Relation relation = g.compareTo(FIFTY) > 0 ? Relation.LINKED
                    : g.compareTo(TWENTY_FIVE) >= 0 ? Relation.PARTNER : Relation.AUTONOMOUS;
            groups.add(new Group(name, capital, votes, g, relation));
        });
        return groups;
    }

    private static boolean noGroup(List<Holder> holders) {
        for (Holder h : holders) {
            if (h.group() != null) {
                return false;
            }
        }
        return true;
    }

    /** The relation of every holder and participation (ESIBE-SME rule 2), holders first. */
    private List<Link> links(Ownership ownership, List<Group> groups) {
        Map<String, Group> byName = groups.isEmpty() ? Map.of() : new LinkedHashMap<>();
        groups.forEach(g -> byName.put(g.name(), g));
        List<Link> links = new ArrayList<>();
        List<Holder> holders = ownership.holders();
        for (int i = 0; i < holders.size(); i++) {
            Holder h = holders.get(i);
            Group group = h.group() == null ? null : byName.get(h.group());
            BigDecimal share = h.effectiveShare();
            Relation relation;
            BigDecimal weight = BigDecimal.ZERO;
            if (leftOut(h)) {
                relation = Relation.CORPORATE_BACKER;
            } else if (h.type() == HolderType.INDIVIDUAL) {
                relation = Relation.NOT_AN_ENTERPRISE;
            } else if (h.type() == HolderType.PUBLIC_BODY) {
                relation = Relation.PUBLIC_BODY;
            } else {
                // A member of a joint holding is judged on the group's combined share, an investor
                // linked jointly above 50 % included (Annex art. 3(2) last sentence).
                BigDecimal deciding = group == null ? share : group.share();
                relation = relationOf(deciding, h.type().isQualifyingInvestor());
                weight = weightOf(relation, deciding);
            }
            links.add(new Link(Direction.UPSTREAM, i, h.name(), h.type(), share,
                    group == null ? null : group.name(), relation, weight));
        }
        List<Participation> participations = ownership.participations();
        for (int i = 0; i < participations.size(); i++) {
            Participation p = participations.get(i);
            BigDecimal share = p.effectiveShare();
            // A participation is always an enterprise, never an investor of art. 3(2) (spec v1.1).
            Relation relation = relationOf(share, false);
            links.add(new Link(Direction.DOWNSTREAM, i, p.name(), null, share, null, relation,
                    weightOf(relation, share)));
        }
        return links;
    }

    private static Relation relationOf(BigDecimal share, boolean investor) {
        if (share.compareTo(FIFTY) > 0) {
            return Relation.LINKED;
        }
        if (share.compareTo(TWENTY_FIVE) >= 0) {
            return investor ? Relation.EXEMPT_INVESTOR : Relation.PARTNER;
        }
        return Relation.AUTONOMOUS;
    }

    private static BigDecimal weightOf(Relation relation, BigDecimal share) {
        return switch (relation) {
            case LINKED -> BigDecimal.ONE;
            case PARTNER -> share.divide(HUNDRED);
            default -> BigDecimal.ZERO;
        };
    }

    private YearTest test(Ownership ownership, List<Link> links, FiscalYear fy) {
        Figures own = new Figures(fy.staffHeadcount(), fy.turnover(), fy.balanceSheetTotal());
        List<Contribution> contributions = new ArrayList<>();
        for (Link link : links) {
            if (!link.isAdded()) {
                continue;
            }
            Stake stake = link.direction() == Direction.UPSTREAM ? ownership.holders().get(link.index())
                    : ownership.participations().get(link.index());
            BigDecimal w = link.weight();
            contributions.add(new Contribution(link, new Figures(times(stake.staffHeadcount(), w),
                    times(stake.turnover(), w), times(stake.balanceSheetTotal(), w))));
        }
        List<Missing> missing = new ArrayList<>();
        BigDecimal[] totals = new BigDecimal[3];
        Figure[] figures = Figure.values();
        for (int f = 0; f < figures.length; f++) {
            BigDecimal total = own.get(figures[f]);
            if (total == null) {
                missing.add(new Missing(figures[f], null));
            }
            for (Contribution c : contributions) {
                BigDecimal added = c.added().get(figures[f]);
                if (added == null) {
                    missing.add(new Missing(figures[f], c.link()));
                    total = null;
                } else if (total != null) {
                    total = total.add(added);
                }
            }
            totals[f] = total;
        }
        Figures aggregated = new Figures(totals[0], totals[1], totals[2]);
        Boolean staffOk = totals[0] == null ? null : totals[0].compareTo(maxStaff) < 0;
        Boolean turnoverOk = totals[1] == null ? null : totals[1].compareTo(maxTurnover) <= 0;
        Boolean balanceOk = totals[2] == null ? null : totals[2].compareTo(maxBalanceSheet) <= 0;
        return new YearTest(fy.year(), own, contributions, missing, aggregated, and(staffOk, or(turnoverOk, balanceOk)));
    }

    private static @Nullable BigDecimal times(@Nullable BigDecimal value, BigDecimal weight) {
        if (value == null) {
            return null;
        }
        return weight.compareTo(BigDecimal.ONE) == 0 ? value : value.multiply(weight);
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
