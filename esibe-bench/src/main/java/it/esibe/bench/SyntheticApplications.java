package it.esibe.bench;

import it.esibe.core.model.Application;
import it.esibe.core.model.Company;
import it.esibe.core.model.DevelopmentStage;
import it.esibe.core.model.FiscalYear;
import it.esibe.core.model.Holder;
import it.esibe.core.model.HolderType;
import it.esibe.core.model.Location;
import it.esibe.core.model.Ownership;
import it.esibe.core.model.Participation;
import it.esibe.core.model.Patent;
import it.esibe.core.model.PatentHolding;
import it.esibe.core.model.PatentStatus;
import it.esibe.core.model.Program;
import it.esibe.core.model.Track;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Valid applications generated deterministically from a seed, with every figure spread around the
 * thresholds of ESIBE-RULES-v1 (each value just below, at and just above its limit, and absent), so
 * that every criterion sees PASS, FAIL and UNKNOWN.
 */
public final class SyntheticApplications {

    /** The seed of the benchmarks and of the agreement test. */
    public static final long SEED = 20261122L;

    private static final String[] TECHNOLOGIES = {"TEC-RNA", "TEC-GENE-CELL", "TEC-IMMUNO", "TEC-MAB", "TEC-ANTIVIRAL",
        "TEC-MICROBIOME", "TEC-GENETICS", "TEC-PRECISION-FERMENTATION", "TEC-SYNBIO"};
    private static final String[] PRIORITIES = {"PAT-CARDIO", "PAT-ONCO", "PAT-RESP", "PAT-CHRONIC", "PAT-INFECT",
        "PAT-AMR", "IND-GHG", "IND-POLLUTANTS", "IND-BIODIVERSITY", "IND-FOOD", "IND-BIOMASS", "IND-BIOMOLECULES"};
    private static final String[] RD = {"0", "500000", "799999.99", "800000", "800000.01", "1500000", "1999999.99",
        "2000000", "2000000.01", "3000000", "12345678.91"};
    private static final String[] GRANTS = {"0", "100000", "799999.99", "800000", "950000.50"};
    private static final String[] STAFF = {"3", "38.5", "120", "249", "249.99", "250", "251", "400"};
    private static final String[] TURNOVER = {"0", "120000", "49999999.99", "50000000", "50000000.01", "80000000"};
    private static final String[] BALANCE = {"0", "9000000", "42999999.99", "43000000", "43000000.01", "70000000"};
    private static final String[] SHARES = {"0", "5", "10", "24.99", "25", "30", "49.9999", "50", "50.0001", "60",
        "100"};
    private static final String[] COUNTRIES = {"IT", "IT", "IT", "IT", "IT", "FR", "DE", "CH"};
    private static final HolderType[] TYPES = HolderType.values();

    private final Random random;
    private int next;

    private SyntheticApplications(long seed) {
        this.random = new Random(seed);
    }

    /** {@code n} valid applications from {@code seed}; the same seed always gives the same list. */
    public static List<Application> generate(int n, long seed) {
        SyntheticApplications g = new SyntheticApplications(seed);
        List<Application> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(g.application());
        }
        return out;
    }

    private Application application() {
        next++;
        LocalDate submitted = LocalDate.of(2025, 1, 1).plusDays(random.nextInt(200));
        int y = submitted.getYear() - 1;
        Track track = pick(Track.values());
        DevelopmentStage stage = chance(10) ? null : pick(DevelopmentStage.values());
        List<FiscalYear> years = new ArrayList<>();
        if (!chance(8)) {
            years.add(year(y));
        }
        if (chance(60)) {
            years.add(year(y - 1));
        }
        if (chance(15)) {
            years.add(year(y - 2));
        }
        Company company = new Company("Synthetic Bio " + next + " S.r.l.", null, Location.of(country()),
                new Location(country(), null, null));
        return new Application(1, String.format("SYN-%06d", next), submitted, company, track, stage, years,
                patents(submitted), programs(), ownership());
    }

    private FiscalYear year(int year) {
        BigDecimal rd = chance(10) ? null : amount(RD);
        BigDecimal italy = null;
        if (rd != null && !chance(10)) {
            // Around half of the total: exactly half, a cent either side, or well away from it.
            BigDecimal half = rd.divide(BigDecimal.valueOf(2), 2, RoundingMode.DOWN);
            BigDecimal[] candidates = {half, half.add(new BigDecimal("0.01")), half.subtract(new BigDecimal("0.01")),
                BigDecimal.ZERO, rd, rd.multiply(new BigDecimal("0.8")).setScale(2, RoundingMode.DOWN),
                rd.multiply(new BigDecimal("0.3")).setScale(2, RoundingMode.DOWN)};
            italy = candidates[random.nextInt(candidates.length)].max(BigDecimal.ZERO).min(rd);
        }
        return new FiscalYear(year, rd, italy, chance(30) ? null : amount(GRANTS), figure(STAFF, 8),
                figure(TURNOVER, 8), figure(BALANCE, 8));
    }

    private List<Patent> patents(LocalDate submitted) {
        List<Patent> out = new ArrayList<>();
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
            PatentStatus status = chance(30) ? PatentStatus.PENDING : PatentStatus.GRANTED;
            PatentHolding holding = chance(40) ? PatentHolding.LICENSED : PatentHolding.OWNED;
            String office = status == PatentStatus.PENDING && chance(50) ? "WO" : pick(new String[] {"EP", "IT", "US"});
            out.add(new Patent(office + (1000000 + random.nextInt(9000000)), holding, status, date(submitted),
                    holding == PatentHolding.LICENSED ? date(submitted) : null));
        }
        return out;
    }

    /** Absent, or the reference date, a day either side of it, or years away. */
    private @Nullable LocalDate date(LocalDate reference) {
        int[] offsets = {-3650, -1, 0, 1, 3650};
        return chance(30) ? null : reference.plusDays(offsets[random.nextInt(offsets.length)]);
    }

    private List<Program> programs() {
        List<Program> out = new ArrayList<>();
        int n = chance(8) ? 0 : 1 + random.nextInt(2);
        for (int i = 0; i < n; i++) {
            Set<String> priorities = new LinkedHashSet<>();
            int k = 1 + random.nextInt(2);
            while (priorities.size() < k) {
                priorities.add(pick(PRIORITIES));
            }
            out.add(new Program(chance(50) ? null : "Programme " + i, pick(TECHNOLOGIES), List.copyOf(priorities)));
        }
        return out;
    }

    private Ownership ownership() {
        List<Holder> holders = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        int n = random.nextInt(4);
        for (int i = 0; i < n; i++) {
            BigDecimal capital = amount(SHARES);
            if (total.add(capital).compareTo(BigDecimal.valueOf(100)) > 0) {
                continue;
            }
            total = total.add(capital);
            // Corporate holders are rarer, so that the SME ceilings decide most applications.
            HolderType type = pick(TYPES);
            if (type == HolderType.CORPORATE && chance(60)) {
                type = HolderType.OTHER_ENTERPRISE;
            }
            // Joint holdings now and then, so that the engines' agreement covers them (spec v1.1).
            holders.add(new Holder(chance(30) ? null : "Holder " + i, type, capital,
                    chance(60) ? null : amount(SHARES), figure(STAFF, 15), figure(TURNOVER, 15), figure(BALANCE, 15),
                    chance(30) ? (chance(50) ? "G" : "H") : null));
        }
        List<Participation> participations = new ArrayList<>();
        int m = random.nextInt(3);
        for (int i = 0; i < m; i++) {
            participations.add(new Participation(chance(30) ? null : "Participation " + i, amount(SHARES),
                    chance(60) ? null : amount(SHARES), figure(STAFF, 15), figure(TURNOVER, 15),
                    figure(BALANCE, 15)));
        }
        return new Ownership(holders, participations);
    }

    private String country() {
        return pick(COUNTRIES);
    }

    private @Nullable BigDecimal figure(String[] values, int absentPercent) {
        return chance(absentPercent) ? null : amount(values);
    }

    private BigDecimal amount(String[] values) {
        return new BigDecimal(pick(values));
    }

    private boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
