package it.esibe.rules;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import it.esibe.core.model.DevelopmentStage;
import it.esibe.core.model.FiscalYear;
import it.esibe.core.model.Holder;
import it.esibe.core.model.HolderType;
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
import java.util.List;
import org.quicktheories.QuickTheory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * QuickTheories generators of valid applications around the spec's thresholds, and the fixed seed
 * every property uses ({@code -Dqt.seed=N} on the Maven command line to explore others; a failure
 * reports the seed).
 */
final class Generators {

    static final long SEED = Long.getLong("esibe.qt.seed", 20261122L);
    /** Examples per property; the {@code pitest} profile lowers it, since every mutant reruns them. */
    static final int EXAMPLES = Integer.getInteger("esibe.qt.examples", 400);

    private Generators() {
    }

    static QuickTheory qt() {
        return QuickTheory.qt().withFixedSeed(SEED).withExamples(EXAMPLES);
    }

    /** Euro amounts in cents up to {@code maxEuro}, dense near 0 and the thresholds by the generator's own bias. */
    static Gen<BigDecimal> euros(long maxEuro) {
        return longs().between(0, maxEuro * 100).map(c -> BigDecimal.valueOf(c, 2))
                .mix(Generate.pick(List.of(new BigDecimal("800000.00"), new BigDecimal("799999.99"),
                        new BigDecimal("2000000.00"), new BigDecimal("1999999.99"), new BigDecimal("50000000.00"),
                        new BigDecimal("43000000.00"), BigDecimal.ZERO)), 20);
    }

    static <T> Gen<T> orAbsent(Gen<T> gen) {
        return gen.toOptionals(20).map(o -> o.orElse(null));
    }

    static Gen<BigDecimal> staff() {
        return integers().between(0, 4000).map(i -> BigDecimal.valueOf(i, 1))
                .mix(Generate.pick(List.of(new BigDecimal("250"), new BigDecimal("249.9"))), 20);
    }

    static Gen<FiscalYear> fiscalYear(int year) {
        Gen<BigDecimal> rd = orAbsent(euros(4_000_000));
        Gen<Integer> italyPercent = integers().between(-1, 100);
        Gen<BigDecimal[]> sme = orAbsent(staff()).zip(orAbsent(euros(80_000_000)), orAbsent(euros(80_000_000)),
                (s, t, b) -> new BigDecimal[] {s, t, b});
        return rd.zip(italyPercent, orAbsent(euros(1_500_000)), sme, (r, pct, grants, f) -> {
            BigDecimal italy = r == null || pct < 0 ? null
                    : r.multiply(BigDecimal.valueOf(pct)).divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN);
            return new FiscalYear(year, r, italy, grants, f[0], f[1], f[2]);
        });
    }

    static Gen<List<FiscalYear>> fiscalYears() {
        return fiscalYear(2024).zip(orAbsent(fiscalYear(2023)), booleans().all(), (y, prev, hasY) -> {
            List<FiscalYear> list = new ArrayList<>();
            if (hasY) {
                list.add(y);
            }
            if (prev != null) {
                list.add(prev);
            }
            return list;
        });
    }

    static Gen<List<Patent>> patents() {
        Gen<Patent> patent = booleans().all().zip(booleans().all(), integers().between(-400, 400),
                integers().between(-400, 400), (owned, granted, expiryDays, licenceDays) -> new Patent(
                        granted ? "EP3456789B1" : "WO2021123456A1",
                        owned ? PatentHolding.OWNED : PatentHolding.LICENSED,
                        granted ? PatentStatus.GRANTED : PatentStatus.PENDING,
                        expiryDays == 0 ? null : LocalDate.of(2025, 3, 15).plusDays(expiryDays),
                        owned || licenceDays == 0 ? null : LocalDate.of(2025, 3, 15).plusDays(licenceDays)));
        return Generate.intArrays(integers().between(0, 2), integers().between(0, 0)).zip(patent, patent,
                (n, a, b) -> List.of(a, b).subList(0, n.length));
    }

    static final List<String> TECHNOLOGIES = List.of("TEC-RNA", "TEC-GENE-CELL", "TEC-IMMUNO", "TEC-MAB",
            "TEC-ANTIVIRAL", "TEC-MICROBIOME", "TEC-GENETICS", "TEC-PRECISION-FERMENTATION", "TEC-SYNBIO");
    static final List<String> PRIORITIES = List.of("PAT-CARDIO", "PAT-ONCO", "PAT-RESP", "PAT-CHRONIC",
            "PAT-INFECT", "PAT-AMR", "IND-GHG", "IND-POLLUTANTS", "IND-BIODIVERSITY", "IND-FOOD", "IND-BIOMASS",
            "IND-BIOMOLECULES");

    static Gen<List<Program>> programs() {
        Gen<Program> program = Generate.pick(TECHNOLOGIES).zip(Generate.pick(PRIORITIES),
                (t, p) -> new Program("Programme", t, List.of(p)));
        return integers().between(0, 2).zip(program, program, (n, a, b) -> List.of(a, b).subList(0, n));
    }

    static final List<HolderType> TYPES = List.of(HolderType.values());

    /**
     * A group value or none: two values differing only in letter case (which are two groups), and one
     * more, so that holders share one or are alone in theirs.
     */
    static Gen<String> groups() {
        return orAbsent(Generate.pick(List.of("G", "g", "H")));
    }

    /** Up to three holders whose capital shares sum to at most 100, some of them in joint holdings. */
    static Gen<List<Holder>> holders() {
        Gen<Object[]> shares = integers().between(0, 33).zip(orAbsent(integers().between(0, 100)), groups(),
                (capital, voting, group) -> new Object[] {capital, voting, group});
        Gen<Holder> holder = Generate.pick(TYPES).zip(shares, orAbsent(staff()), orAbsent(euros(80_000_000)),
                (type, s, staff, turnover) -> new Holder(type.name(), type, BigDecimal.valueOf((Integer) s[0]),
                        s[1] == null ? null : BigDecimal.valueOf((Integer) s[1]), staff, turnover,
                        new BigDecimal("1000000.00"), (String) s[2]));
        return integers().between(0, 3).zip(holder, holder, holder, (n, a, b, c) -> List.of(a, b, c).subList(0, n));
    }

    static Gen<Participation> participation() {
        return integers().between(0, 10000).zip(orAbsent(staff()), orAbsent(euros(80_000_000)),
                orAbsent(euros(80_000_000)), (share, s, t, b) -> new Participation("Participation S.r.l.",
                        BigDecimal.valueOf(share, 2), null, s, t, b));
    }

    /** Up to two participations of any share. */
    static Gen<List<Participation>> participations() {
        return integers().between(0, 2).zip(participation(), participation(), (n, a, b) -> List.of(a, b).subList(0, n));
    }

    static Gen<Participation> linkedEnterprise() {
        return integers().between(5001, 10000).zip(orAbsent(staff()), orAbsent(euros(80_000_000)),
                orAbsent(euros(80_000_000)), (share, s, t, b) -> new Participation("Linked S.r.l.",
                        BigDecimal.valueOf(share, 2), null, s, t, b));
    }

    /** Holder types that can be added to the aggregation, with their share or a group's. */
    static final List<HolderType> ENTERPRISE_TYPES = List.of(HolderType.OTHER_ENTERPRISE, HolderType.OTHER_ENTERPRISE,
            HolderType.CORPORATE, HolderType.VENTURE_CAPITAL, HolderType.UNIVERSITY, HolderType.INDIVIDUAL);

    /** A holder for the SME laws: mostly an enterprise with all its figures, often in a joint holding. */
    static Gen<Holder> smeHolder() {
        Gen<Object[]> shares = integers().between(0, 3300).zip(orAbsent(integers().between(0, 10000)), groups(),
                (capital, voting, group) -> new Object[] {capital, voting, group});
        return Generate.pick(ENTERPRISE_TYPES).zip(shares, orAbsent(staff()), orAbsent(euros(60_000_000)),
                (type, s, staff, money) -> new Holder(type.name(), type, BigDecimal.valueOf((Integer) s[0], 2),
                        s[1] == null ? null : BigDecimal.valueOf((Integer) s[1], 2), staff, money, money,
                        (String) s[2]));
    }

    /**
     * Valid applications for the laws of ESIBE-SME: figures around the ceilings in both years, up to
     * three holders (enterprises mostly, in joint holdings or not) and up to two participations, and
     * no public body (whose rule decides before any figure).
     */
    static Gen<Apps> smeApplications() {
        Gen<List<Holder>> holders = integers().between(0, 3).zip(smeHolder(), smeHolder(), smeHolder(),
                (n, a, b, c) -> List.of(a, b, c).subList(0, n));
        Gen<FiscalYear> y = orAbsent(staff()).zip(orAbsent(euros(60_000_000)), orAbsent(euros(60_000_000)),
                (s, t, b) -> new FiscalYear(2024, null, null, null, s, t, b));
        Gen<FiscalYear> previous = orAbsent(staff().zip(euros(60_000_000), euros(60_000_000),
                (s, t, b) -> new FiscalYear(2023, null, null, null, s, t, b)));
        return y.zip(previous, holders, participations(), (current, prev, h, p) -> {
            Apps app = Apps.example();
            app.years = new ArrayList<>(prev == null ? List.of(current) : List.of(current, prev));
            app.holders = new ArrayList<>(h);
            app.participations = new ArrayList<>(p);
            return app;
        });
    }

    /** Valid applications of either track, with figures, patents, programmes and holders around the thresholds. */
    static Gen<Apps> applications() {
        Gen<Track> track = Generate.enumValues(Track.class);
        Gen<DevelopmentStage> stage = orAbsent(Generate.enumValues(DevelopmentStage.class));
        Gen<Object[]> head = track.zip(stage, booleans().all(), (t, s, foreignHq) -> new Object[] {t, s, foreignHq});
        Gen<Object[]> ownership = holders().zip(participations(), (h, p) -> new Object[] {h, p});
        return head.zip(fiscalYears(), patents(), programs(), ownership, (h, years, patents, programs, owners) -> {
            Apps app = Apps.example();
            app.track = (Track) h[0];
            app.stage = (DevelopmentStage) h[1];
            if ((Boolean) h[2]) {
                app.headquarters = it.esibe.core.model.Location.of("CH");
            }
            app.years = new ArrayList<>(years);
            app.patents = new ArrayList<>(patents);
            app.programs = new ArrayList<>(programs);
            @SuppressWarnings("unchecked")
            List<Holder> holders = (List<Holder>) owners[0];
            @SuppressWarnings("unchecked")
            List<Participation> participations = (List<Participation>) owners[1];
            app.holders = new ArrayList<>(holders);
            app.participations = new ArrayList<>(participations);
            return app;
        });
    }
}
