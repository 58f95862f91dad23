package it.esibe.bench;

import it.esibe.core.decision.Outcome;
import it.esibe.core.decision.Verdict;
import it.esibe.core.model.Application;
import it.esibe.core.model.DevelopmentStage;
import it.esibe.core.model.FiscalYear;
import it.esibe.core.model.Holder;
import it.esibe.core.model.HolderType;
import it.esibe.core.model.Participation;
import it.esibe.core.model.Patent;
import it.esibe.core.model.PatentHolding;
import it.esibe.core.model.PatentStatus;
import it.esibe.core.model.Program;
import it.esibe.core.model.Stake;
import it.esibe.core.model.Track;
import it.esibe.core.taxonomy.Taxonomy;
import it.esibe.core.taxonomy.TaxonomyEntry;
import it.esibe.core.taxonomy.TaxonomyFamily;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The seven criteria of ruleset {@code esibe-2024-interim} version 2 (ESIBE-RULES-v1 as changed by
 * v1.1), written as plain Java over a parsed {@link Application}: no rules engine, no SPI, no
 * validation, no explanations, nothing allocated but the verdicts. It is the limit ESIBE's
 * criteria are measured against (the least the same seven checks cost on the same records), and
 * {@link Agreement} checks that it decides every application as ESIBE does.
 *
 * <p>Each application is judged at its {@code submittedOn}, on fiscal year {@code Y}, the year
 * before; the set-up lists the technology codes of each track's family once, as ESIBE's track
 * criterion does. Every criterion is decided for every application, as ESIBE's criteria are: no
 * check stops at the first {@code FAIL}.
 */
public final class PlainCriteria {

    /** The criteria's ids, in the order of {@link #verdicts(Application)}. */
    static final List<String> IDS = List.of("ESIBE-TRACK-ALIGN", "ESIBE-STAGE", "ESIBE-RD-MIN", "ESIBE-PATENT",
            "ESIBE-SEAT", "ESIBE-RD-ITALY", "ESIBE-SME");

    private static final BigDecimal RD_MIN_PRECISION_MEDICINE = new BigDecimal("2000000");
    private static final BigDecimal RD_MIN_INDUSTRIAL = new BigDecimal("800000");
    private static final BigDecimal MAX_STAFF = new BigDecimal("250");
    private static final BigDecimal MAX_TURNOVER = new BigDecimal("50000000");
    private static final BigDecimal MAX_BALANCE_SHEET = new BigDecimal("43000000");
    private static final BigDecimal PUBLIC_BODY_LIMIT = new BigDecimal("25");
    private static final BigDecimal PARTNER_FROM = new BigDecimal("25");
    private static final BigDecimal LINKED_ABOVE = new BigDecimal("50");
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    /** The family of every technology code. */
    private final Map<String, TaxonomyFamily> technologies = new HashMap<>();

    /** Lists the technology codes of {@code taxonomy} by family. */
    public PlainCriteria(Taxonomy taxonomy) {
        for (TaxonomyEntry e : taxonomy.entries()) {
            if (e.family().isTechnology()) {
                technologies.put(e.code(), e.family());
            }
        }
    }

    /** The outcome of {@code a}, from all seven verdicts. */
    public Outcome outcome(Application a) {
        return outcome(verdicts(a));
    }

    /** NOT_ELIGIBLE on any FAIL, else INCOMPLETE on any UNKNOWN, else ELIGIBLE (ESIBE-RULES-v1, Outcomes). */
    static Outcome outcome(Verdict[] verdicts) {
        boolean unknown = false;
        for (Verdict v : verdicts) {
            if (v == Verdict.FAIL) {
                return Outcome.NOT_ELIGIBLE;
            }
            unknown |= v == Verdict.UNKNOWN;
        }
        return unknown ? Outcome.INCOMPLETE : Outcome.ELIGIBLE;
    }

    /** Each criterion's verdict on {@code a}, in the order of {@link #IDS}. */
    public Verdict[] verdicts(Application a) {
        int y = a.submittedOn().getYear() - 1;
        FiscalYear year = null;
        FiscalYear previous = null;
        for (FiscalYear fy : a.fiscalYears()) {
            if (fy.year() == y) {
                year = fy;
            } else if (fy.year() == y - 1) {
                previous = fy;
            }
        }
        return new Verdict[] {track(a), stage(a), rdMin(a, year), patent(a), seat(a), rdItaly(year),
            sme(a, year, previous)};
    }

    /** The verdicts as {@link Agreement} compares them. */
    public EngineResult decide(Application a) {
        Verdict[] verdicts = verdicts(a);
        Map<String, Verdict> byId = new HashMap<>();
        for (int i = 0; i < verdicts.length; i++) {
            byId.put(IDS.get(i), verdicts[i]);
        }
        return new EngineResult(byId, outcome(verdicts));
    }

    /** ESIBE-TRACK-ALIGN: a programme with a national priority and a technology of the track's family. */
    private Verdict track(Application a) {
        TaxonomyFamily wanted = a.track() == Track.PRECISION_MEDICINE ? TaxonomyFamily.MEDICAL_TECHNOLOGY
                : TaxonomyFamily.INDUSTRIAL_TECHNOLOGY;
        for (Program p : a.programs()) {
            if (!p.priorities().isEmpty() && technologies.get(p.technology()) == wanted) {
                return Verdict.PASS;
            }
        }
        return Verdict.FAIL;
    }

    /** ESIBE-STAGE: not in commercial phase; unknown when undeclared. */
    private static Verdict stage(Application a) {
        DevelopmentStage stage = a.developmentStage();
        return stage == null ? Verdict.UNKNOWN : stage == DevelopmentStage.COMMERCIAL ? Verdict.FAIL : Verdict.PASS;
    }

    /** ESIBE-RD-MIN: R&amp;D in {@code Y} at the track's threshold, or for industry the grants. */
    private static Verdict rdMin(Application a, @Nullable FiscalYear year) {
        if (year == null) {
            return Verdict.UNKNOWN;
        }
        BigDecimal rd = year.rdExpenditure();
        if (a.track() == Track.PRECISION_MEDICINE) {
            return rd == null ? Verdict.UNKNOWN : rd.compareTo(RD_MIN_PRECISION_MEDICINE) >= 0 ? Verdict.PASS : Verdict.FAIL;
        }
        BigDecimal grants = year.euInternationalGrants();
        if (rd != null && rd.compareTo(RD_MIN_INDUSTRIAL) >= 0
                || grants != null && grants.compareTo(RD_MIN_INDUSTRIAL) >= 0) {
            return Verdict.PASS;
        }
        return rd == null ? Verdict.UNKNOWN : Verdict.FAIL;
    }

    /** ESIBE-PATENT: a granted patent in force at the reference date, owned or under a licence in force. */
    private static Verdict patent(Application a) {
        LocalDate reference = a.submittedOn();
        for (Patent p : a.patents()) {
            if (p.status() == PatentStatus.GRANTED && (p.expiresOn() == null || p.expiresOn().isAfter(reference))
                    && (p.holding() == PatentHolding.OWNED || p.licenceExpiresOn() == null
                            || p.licenceExpiresOn().isAfter(reference))) {
                return Verdict.PASS;
            }
        }
        return Verdict.FAIL;
    }

    /** ESIBE-SEAT: legal seat and headquarters in Italy. */
    private static Verdict seat(Application a) {
        return "IT".equals(a.company().legalSeat().country()) && "IT".equals(a.company().headquarters().country())
                ? Verdict.PASS : Verdict.FAIL;
    }

    /** ESIBE-RD-ITALY: more than half of the R&amp;D of {@code Y} in Italy. */
    private static Verdict rdItaly(@Nullable FiscalYear year) {
        BigDecimal rd = year == null ? null : year.rdExpenditure();
        if (rd != null && rd.signum() == 0) {
            return Verdict.FAIL;
        }
        BigDecimal italy = year == null ? null : year.rdExpenditureItaly();
        if (rd == null || italy == null) {
            return Verdict.UNKNOWN;
        }
        return italy.add(italy).compareTo(rd) > 0 ? Verdict.PASS : Verdict.FAIL;
    }

    /** ESIBE-SME, corporate backers left out: public bodies, then the ceilings over two years. */
    private static Verdict sme(Application a, @Nullable FiscalYear year, @Nullable FiscalYear previous) {
        BigDecimal publicCapital = BigDecimal.ZERO;
        BigDecimal publicVoting = BigDecimal.ZERO;
        for (Holder h : a.ownership().holders()) {
            if (h.type() == HolderType.PUBLIC_BODY) {
                publicCapital = publicCapital.add(h.capitalShare());
                publicVoting = publicVoting.add(h.votingShare() == null ? h.capitalShare() : h.votingShare());
            }
        }
        if (publicCapital.compareTo(PUBLIC_BODY_LIMIT) >= 0 || publicVoting.compareTo(PUBLIC_BODY_LIMIT) >= 0) {
            return Verdict.FAIL;
        }
        if (year == null) {
            return Verdict.UNKNOWN;
        }
        Boolean now = within(a, year);
        if (now == null) {
            return Verdict.UNKNOWN;
        }
        // Two consecutive years: Y-1 decides when present and decided, else Y stands.
        Boolean before = previous == null ? null : within(a, previous);
        return (before != null ? before : now) ? Verdict.PASS : Verdict.FAIL;
    }

    /** The ceilings of one year in three-valued logic; null when the known figures cannot decide. */
    private static @Nullable Boolean within(Application a, FiscalYear fy) {
        BigDecimal staff = aggregate(a, fy.staffHeadcount(), Figure.STAFF);
        BigDecimal turnover = aggregate(a, fy.turnover(), Figure.TURNOVER);
        BigDecimal balance = aggregate(a, fy.balanceSheetTotal(), Figure.BALANCE_SHEET);
        Boolean staffOk = staff == null ? null : staff.compareTo(MAX_STAFF) < 0;
        Boolean turnoverOk = turnover == null ? null : turnover.compareTo(MAX_TURNOVER) <= 0;
        Boolean balanceOk = balance == null ? null : balance.compareTo(MAX_BALANCE_SHEET) <= 0;
        Boolean money = Boolean.TRUE.equals(turnoverOk) || Boolean.TRUE.equals(balanceOk) ? Boolean.TRUE
                : turnoverOk == null || balanceOk == null ? null : Boolean.FALSE;
        if (Boolean.FALSE.equals(staffOk) || Boolean.FALSE.equals(money)) {
            return Boolean.FALSE;
        }
        return staffOk == null || money == null ? null : Boolean.TRUE;
    }

    /** A figure of the SME test. */
    private enum Figure {
        STAFF, TURNOVER, BALANCE_SHEET;

        @Nullable BigDecimal of(Stake s) {
            return switch (this) {
                case STAFF -> s.staffHeadcount();
                case TURNOVER -> s.turnover();
                case BALANCE_SHEET -> s.balanceSheetTotal();
            };
        }
    }

    /**
     * The company's own figure plus its linked and partner enterprises' (ESIBE-SME rule 2, joint
     * holdings included, corporate holders left out); null when a figure that must be added is absent.
     */
    private static @Nullable BigDecimal aggregate(Application a, @Nullable BigDecimal own, Figure figure) {
        if (own == null) {
            return null;
        }
        BigDecimal total = own;
        List<Holder> holders = a.ownership().holders();
        for (Holder h : holders) {
            HolderType type = h.type();
            if (type == HolderType.CORPORATE || type == HolderType.INDIVIDUAL || type == HolderType.PUBLIC_BODY) {
                continue;
            }
            BigDecimal share = h.group() == null ? h.effectiveShare() : groupShare(holders, h.group());
            BigDecimal weight = weight(share, h.type().isQualifyingInvestor());
            if (weight != null) {
                BigDecimal value = figure.of(h);
                if (value == null) {
                    return null;
                }
                total = total.add(weight == BigDecimal.ONE ? value : value.multiply(weight));
            }
        }
        for (Participation p : a.ownership().participations()) {
            BigDecimal weight = weight(p.effectiveShare(), false);
            if (weight != null) {
                BigDecimal value = figure.of(p);
                if (value == null) {
                    return null;
                }
                total = total.add(weight == BigDecimal.ONE ? value : value.multiply(weight));
            }
        }
        return total;
    }

    /** A group's share: the higher of its counted members' summed capital and summed voting shares. */
    private static BigDecimal groupShare(List<Holder> holders, String group) {
        BigDecimal capital = BigDecimal.ZERO;
        BigDecimal voting = BigDecimal.ZERO;
        for (Holder m : holders) {
            if (group.equals(m.group()) && m.type() != HolderType.PUBLIC_BODY && m.type() != HolderType.CORPORATE) {
                capital = capital.add(m.capitalShare());
                voting = voting.add(m.votingShare() == null ? m.capitalShare() : m.votingShare());
            }
        }
        return capital.max(voting);
    }

    /** 1 when linked, share/100 when a partner (not an investor), null when nothing is added. */
    private static @Nullable BigDecimal weight(BigDecimal share, boolean investor) {
        if (share.compareTo(LINKED_ABOVE) > 0) {
            return BigDecimal.ONE;
        }
        if (share.compareTo(PARTNER_FROM) >= 0 && !investor) {
            return share.divide(HUNDRED);
        }
        return null;
    }
}
