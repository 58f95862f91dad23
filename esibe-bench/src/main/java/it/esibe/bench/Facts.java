package it.esibe.bench;

import it.esibe.core.model.Application;
import it.esibe.core.model.FiscalYear;
import it.esibe.core.model.Holder;
import it.esibe.core.model.HolderType;
import it.esibe.core.model.Participation;
import it.esibe.core.model.Patent;
import it.esibe.core.model.Program;
import it.esibe.core.model.Stake;
import it.esibe.core.taxonomy.Taxonomy;
import it.esibe.core.taxonomy.TaxonomyEntry;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * One application flattened into the facts the other engines reason on (a JavaBean, as Drools and
 * Easy Rules expect; {@link #variables()} for the DMN engine). Built in the benchmark set-up, never
 * timed.
 *
 * <p>What the mapping computes, so that the engines do not: the fiscal year {@code Y} and
 * {@code Y-1} lookup, the taxonomy family of each programme's technology, the public bodies' total
 * shares, whether the v1 corporate waiver applies, and the SME figures aggregated over linked and
 * partner enterprises (ESIBE-SME rule 2 with joint holdings, unknown when a needed figure is
 * absent). Everything else — every threshold, the three-valued logic, the patents at the reference
 * date, the two-year rule and the outcome — is decided by each engine's own rules.
 *
 * <p>Facts are not checked against the format's declaration ({@code ApplicationFormat}): they name
 * no JSON property, CSV column or limit, and are computed from the model through its accessors, which
 * the compiler checks; a field added to the format reaches them only if an engine's rule needs it.
 *
 * <p>The facts follow ruleset {@code esibe-2024-interim} version 2: corporate holders are left out of
 * the aggregation ({@code sme.corporateBacking = EXCLUDE_BACKERS}), so the waiver of the v1
 * reading never applies; the engines keep their waiver rule, which {@link #of(Application, Taxonomy,
 * boolean)} can switch on to benchmark the v1 reading.
 */
public final class Facts {

    private static final BigDecimal FIFTY = BigDecimal.valueOf(50);
    private static final BigDecimal TWENTY_FIVE = BigDecimal.valueOf(25);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final String applicationId;
    private final String track;
    private final @Nullable String stage;
    private final List<String> programFamilies;
    private final boolean yearPresent;
    private final @Nullable BigDecimal rd;
    private final @Nullable BigDecimal rdItaly;
    private final @Nullable BigDecimal grants;
    private final LocalDate referenceDate;
    private final List<PatentFact> patents;
    private final String seatCountry;
    private final String hqCountry;
    private final boolean corporateBacked;
    private final BigDecimal publicBodyCapital;
    private final BigDecimal publicBodyVoting;
    private final @Nullable BigDecimal staffY;
    private final @Nullable BigDecimal turnoverY;
    private final @Nullable BigDecimal balanceY;
    private final @Nullable BigDecimal staffP;
    private final @Nullable BigDecimal turnoverP;
    private final @Nullable BigDecimal balanceP;

    /** A patent as the engines see it. */
    public record PatentFact(String status, String holding, @Nullable LocalDate expiresOn,
            @Nullable LocalDate licenceExpiresOn) {

        /** For Drools' and MVEL's bean accessors. */
        public String getStatus() {
            return status;
        }

        /** For Drools' and MVEL's bean accessors. */
        public String getHolding() {
            return holding;
        }

        /** For Drools' and MVEL's bean accessors. */
        public @Nullable LocalDate getExpiresOn() {
            return expiresOn;
        }

        /** For Drools' and MVEL's bean accessors. */
        public @Nullable LocalDate getLicenceExpiresOn() {
            return licenceExpiresOn;
        }
    }

    private Facts(Application a, Taxonomy taxonomy, boolean waiveTest) {
        applicationId = a.applicationId();
        track = a.track().name();
        stage = a.developmentStage() == null ? null : a.developmentStage().name();
        List<String> families = new ArrayList<>();
        for (Program p : a.programs()) {
            if (!p.priorities().isEmpty()) {
                families.add(taxonomy.find(p.technology()).map(TaxonomyEntry::family).map(Enum::name).orElse("NONE"));
            }
        }
        programFamilies = List.copyOf(families);
        referenceDate = a.submittedOn();
        int y = referenceDate.getYear() - 1;
        FiscalYear fy = a.fiscalYear(y).orElse(null);
        FiscalYear previous = a.fiscalYear(y - 1).orElse(null);
        yearPresent = fy != null;
        rd = fy == null ? null : fy.rdExpenditure();
        rdItaly = fy == null ? null : fy.rdExpenditureItaly();
        grants = fy == null ? null : fy.euInternationalGrants();
        List<PatentFact> ps = new ArrayList<>();
        for (Patent p : a.patents()) {
            ps.add(new PatentFact(p.status().name(), p.holding().name(), p.expiresOn(), p.licenceExpiresOn()));
        }
        patents = List.copyOf(ps);
        seatCountry = a.company().legalSeat().country();
        hqCountry = a.company().headquarters().country();
        BigDecimal pbCapital = BigDecimal.ZERO;
        BigDecimal pbVoting = BigDecimal.ZERO;
        boolean corporate = false;
        for (var h : a.ownership().holders()) {
            if (h.type() == HolderType.PUBLIC_BODY) {
                pbCapital = pbCapital.add(h.capitalShare());
                pbVoting = pbVoting.add(h.votingShare() == null ? h.capitalShare() : h.votingShare());
            }
            corporate |= waiveTest && h.type() == HolderType.CORPORATE && h.capitalShare().signum() > 0;
        }
        publicBodyCapital = pbCapital;
        publicBodyVoting = pbVoting;
        corporateBacked = corporate;
        List<Map.Entry<Stake, BigDecimal>> weights = weights(a, !waiveTest);
        staffY = fy == null ? null : aggregate(fy.staffHeadcount(), weights, Stake::staffHeadcount);
        turnoverY = fy == null ? null : aggregate(fy.turnover(), weights, Stake::turnover);
        balanceY = fy == null ? null : aggregate(fy.balanceSheetTotal(), weights, Stake::balanceSheetTotal);
        staffP = previous == null ? null : aggregate(previous.staffHeadcount(), weights, Stake::staffHeadcount);
        turnoverP = previous == null ? null : aggregate(previous.turnover(), weights, Stake::turnover);
        balanceP = previous == null ? null : aggregate(previous.balanceSheetTotal(), weights, Stake::balanceSheetTotal);
    }

    /** The facts of a valid application {@code a}, judged at its {@code submittedOn} under {@code esibe-2024-interim}. */
    public static Facts of(Application a, Taxonomy taxonomy) {
        return new Facts(a, taxonomy, false);
    }

    /**
     * The facts of a valid application {@code a}, under the v1 reading of corporate backing when
     * {@code waiveTest} ({@code sme.corporateBacking = WAIVE_TEST}).
     */
    public static Facts of(Application a, Taxonomy taxonomy, boolean waiveTest) {
        return new Facts(a, taxonomy, waiveTest);
    }

    /**
     * The fraction of each stake's figures that is added (ESIBE-SME rule 2): 1, share/100 or 0, with
     * holders of one {@code group} (two or more) judged on the higher of their summed capital and
     * summed voting shares; public bodies, and corporates when {@code excludeCorporates}, count in
     * no group and are never added.
     */
    private static List<Map.Entry<Stake, BigDecimal>> weights(Application a, boolean excludeCorporates) {
        Map<String, List<Holder>> groups = new HashMap<>();
        for (Holder h : a.ownership().holders()) {
            if (h.group() != null) {
                groups.computeIfAbsent(h.group(), k -> new ArrayList<>()).add(h);
            }
        }
        List<Map.Entry<Stake, BigDecimal>> weights = new ArrayList<>();
        for (Holder h : a.ownership().holders()) {
            boolean leftOut = h.type() == HolderType.CORPORATE && excludeCorporates;
            if (leftOut || h.type() == HolderType.INDIVIDUAL || h.type() == HolderType.PUBLIC_BODY) {
                weights.add(Map.entry(h, BigDecimal.ZERO));
                continue;
            }
            List<Holder> members = h.group() == null ? List.of(h) : groups.get(h.group());
            BigDecimal capital = BigDecimal.ZERO;
            BigDecimal voting = BigDecimal.ZERO;
            for (Holder m : members) {
                boolean counts = m.type() != HolderType.PUBLIC_BODY
                        && !(m.type() == HolderType.CORPORATE && excludeCorporates);
                if (counts) {
                    capital = capital.add(m.capitalShare());
                    voting = voting.add(m.votingShare() == null ? m.capitalShare() : m.votingShare());
                }
            }
            weights.add(Map.entry(h, weight(capital.max(voting), h.type().isQualifyingInvestor())));
        }
        for (Participation p : a.ownership().participations()) {
            BigDecimal share = p.votingShare() == null ? p.capitalShare() : p.capitalShare().max(p.votingShare());
            weights.add(Map.entry(p, weight(share, false)));
        }
        return weights;
    }

    private static BigDecimal weight(BigDecimal share, boolean investor) {
        if (share.compareTo(FIFTY) > 0) {
            return BigDecimal.ONE;
        }
        if (share.compareTo(TWENTY_FIVE) >= 0 && !investor) {
            return share.divide(HUNDRED);
        }
        return BigDecimal.ZERO;
    }

    private static @Nullable BigDecimal aggregate(@Nullable BigDecimal own, List<Map.Entry<Stake, BigDecimal>> weights,
            Function<Stake, @Nullable BigDecimal> figure) {
        if (own == null) {
            return null;
        }
        BigDecimal total = own;
        for (Map.Entry<Stake, BigDecimal> e : weights) {
            BigDecimal w = e.getValue();
            if (w.signum() != 0) {
                BigDecimal v = figure.apply(e.getKey());
                if (v == null) {
                    return null;
                }
                total = total.add(v.multiply(w));
            }
        }
        return total;
    }

    /** The facts as DMN variables (absent figures are present keys with null values). */
    public Map<String, Object> variables() {
        Map<String, Object> v = new HashMap<>();
        v.put("track", track);
        v.put("stage", stage);
        v.put("programFamilies", programFamilies);
        v.put("yearPresent", yearPresent);
        v.put("rd", rd);
        v.put("rdItaly", rdItaly);
        v.put("grants", grants);
        v.put("referenceDate", referenceDate);
        List<Map<String, Object>> ps = new ArrayList<>();
        for (PatentFact p : patents) {
            Map<String, Object> m = new HashMap<>();
            m.put("status", p.status());
            m.put("holding", p.holding());
            m.put("expiresOn", p.expiresOn());
            m.put("licenceExpiresOn", p.licenceExpiresOn());
            ps.add(m);
        }
        v.put("patents", ps);
        v.put("seatCountry", seatCountry);
        v.put("hqCountry", hqCountry);
        v.put("corporateBacked", corporateBacked);
        v.put("publicBodyCapital", publicBodyCapital);
        v.put("publicBodyVoting", publicBodyVoting);
        v.put("staffY", staffY);
        v.put("turnoverY", turnoverY);
        v.put("balanceY", balanceY);
        v.put("staffP", staffP);
        v.put("turnoverP", turnoverP);
        v.put("balanceP", balanceP);
        return v;
    }

    // Bean accessors: Drools constraints and Easy Rules conditions read these.

    /** The application's id. */
    public String getApplicationId() {
        return applicationId;
    }

    /** The declared track's name. */
    public String getTrack() {
        return track;
    }

    /** The development stage's name, or null when undeclared. */
    public @Nullable String getStage() {
        return stage;
    }

    /** The taxonomy family of each programme's technology. */
    public List<String> getProgramFamilies() {
        return programFamilies;
    }

    /** Whether fiscal year {@code Y} is present. */
    public boolean isYearPresent() {
        return yearPresent;
    }

    /** R&amp;D expenditure in {@code Y}. */
    public @Nullable BigDecimal getRd() {
        return rd;
    }

    /** R&amp;D expenditure in Italy in {@code Y}. */
    public @Nullable BigDecimal getRdItaly() {
        return rdItaly;
    }

    /** EU and international grants in {@code Y}. */
    public @Nullable BigDecimal getGrants() {
        return grants;
    }

    /** The reference date. */
    public LocalDate getReferenceDate() {
        return referenceDate;
    }

    /** The patents. */
    public List<PatentFact> getPatents() {
        return patents;
    }

    /** The legal seat's country. */
    public String getSeatCountry() {
        return seatCountry;
    }

    /** The headquarters' country. */
    public String getHqCountry() {
        return hqCountry;
    }

    /** Whether the v1 waiver applies: a corporate holder with a capital share above 0, under {@code WAIVE_TEST} only. */
    public boolean isCorporateBacked() {
        return corporateBacked;
    }

    /** The capital share public bodies hold together. */
    public BigDecimal getPublicBodyCapital() {
        return publicBodyCapital;
    }

    /** The voting share public bodies hold together. */
    public BigDecimal getPublicBodyVoting() {
        return publicBodyVoting;
    }

    /** Aggregated staff in {@code Y}, null when unknown. */
    public @Nullable BigDecimal getStaffY() {
        return staffY;
    }

    /** Aggregated turnover in {@code Y}, null when unknown. */
    public @Nullable BigDecimal getTurnoverY() {
        return turnoverY;
    }

    /** Aggregated balance-sheet total in {@code Y}, null when unknown. */
    public @Nullable BigDecimal getBalanceY() {
        return balanceY;
    }

    /** Aggregated staff in {@code Y-1}, null when unknown or absent. */
    public @Nullable BigDecimal getStaffP() {
        return staffP;
    }

    /** Aggregated turnover in {@code Y-1}, null when unknown or absent. */
    public @Nullable BigDecimal getTurnoverP() {
        return turnoverP;
    }

    /** Aggregated balance-sheet total in {@code Y-1}, null when unknown or absent. */
    public @Nullable BigDecimal getBalanceP() {
        return balanceP;
    }
}
