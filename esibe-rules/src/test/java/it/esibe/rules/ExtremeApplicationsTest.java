package it.esibe.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.longs;

import it.esibe.core.ApplicationEvaluator;
import it.esibe.core.decision.Decision;
import it.esibe.core.decision.Outcome;
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
import it.esibe.core.ruleset.Ruleset;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The exception contract at the edges of the format: an unusual but valid application (amounts of
 * 999 999 999 999 999.99, zero totals, shares of 0 and 100, a hundred holders in one joint holding,
 * dates from {@link LocalDate#MIN} to {@link LocalDate#MAX}, every fiscal year from 1900 to 2100,
 * text of the longest length in letters outside the Basic Multilingual Plane) gets a decision
 * under every ruleset, with parameters at their own bounds too, and never an exception: the input
 * is never a configuration error.
 */
class ExtremeApplicationsTest {

    static final BigDecimal MAX_AMOUNT = new BigDecimal("999999999999999.99");
    static final BigDecimal MAX_STAFF = new BigDecimal("10000000.00");
    static final BigDecimal HUNDRED = new BigDecimal("100");

    /** Parameters at the bounds their keys allow, and the other reading of §6. */
    static final List<Ruleset> RULESETS = List.of(
            Rulesets.interim(),
            Rulesets.interim().derive("t-waive").parameter(InterimParameters.SME_CORPORATE_BACKING,
                    CorporateBacking.WAIVE_TEST).build(),
            Rulesets.interim().derive("t-low").parameter(InterimParameters.RD_ITALY_MIN_SHARE_EXCLUSIVE, BigDecimal.ZERO)
                    .parameter(InterimParameters.RD_MIN_PRECISION_MEDICINE, BigDecimal.ZERO)
                    .parameter(InterimParameters.RD_MIN_INDUSTRIAL_ENVIRONMENTAL, BigDecimal.ZERO)
                    .parameter(InterimParameters.SME_MAX_STAFF, BigDecimal.ZERO)
                    .parameter(InterimParameters.SME_MAX_TURNOVER, BigDecimal.ZERO)
                    .parameter(InterimParameters.SME_MAX_BALANCE_SHEET, BigDecimal.ZERO)
                    .parameter(InterimParameters.PATENTS_ACCEPT_PENDING, true).build(),
            Rulesets.interim().derive("t-high").parameter(InterimParameters.RD_ITALY_MIN_SHARE_EXCLUSIVE, BigDecimal.ONE)
                    .parameter(InterimParameters.RD_MIN_PRECISION_MEDICINE, MAX_AMOUNT)
                    .parameter(InterimParameters.RD_MIN_INDUSTRIAL_ENVIRONMENTAL, MAX_AMOUNT)
                    .parameter(InterimParameters.SME_MAX_STAFF, MAX_STAFF)
                    .parameter(InterimParameters.SME_MAX_TURNOVER, MAX_AMOUNT)
                    .parameter(InterimParameters.SME_MAX_BALANCE_SHEET, MAX_AMOUNT)
                    .parameter(InterimParameters.SME_REQUIRED, false).build(),
            Rulesets.interim().derive("t-third").parameter(InterimParameters.RD_ITALY_MIN_SHARE_EXCLUSIVE,
                    new BigDecimal("0.3333333333333333333333333333333333333")).build());

    static final List<ApplicationEvaluator> EVALUATORS = evaluators();

    static List<ApplicationEvaluator> evaluators() {
        List<ApplicationEvaluator> out = new ArrayList<>();
        for (Ruleset r : RULESETS) {
            out.add(Esibe.evaluator().ruleset(r).build());
            out.add(Esibe.evaluator().ruleset(r).explanations(false).locale(Locale.ITALIAN).inputHashes(true).build());
        }
        // The dated path: the series in force at the submission date (every generated date is in force).
        out.add(Esibe.evaluator().build());
        return out;
    }

    @Test
    void everyValidApplicationAtTheEdgesGetsADecisionUnderEveryRuleset() {
        Generators.qt().withExamples(Math.max(50, Generators.EXAMPLES / 4)).forAll(longs().all()).checkAssert(seed -> {
            Application a = new Extremes(seed).application();
            for (ApplicationEvaluator evaluator : EVALUATORS) {
                Decision d = evaluator.evaluate(a);
                assertThat(d.violations()).as("the generated application must be valid").isEmpty();
                assertThat(d.outcome()).isNotEqualTo(Outcome.INVALID);
                assertThat(d.criteria()).hasSizeGreaterThanOrEqualTo(7);
            }
        });
    }

    @Test
    void aPinnedRulesetDecidesAnyDateWithoutAnException() {
        for (LocalDate date : List.of(LocalDate.MIN, LocalDate.of(-1, 1, 1), LocalDate.of(0, 1, 1),
                LocalDate.of(1899, 12, 31), LocalDate.of(9999, 12, 31), LocalDate.of(10_000, 1, 1), LocalDate.MAX)) {
            Apps app = Apps.example();
            app.submittedOn = date;
            for (Ruleset r : RULESETS) {
                Decision d = Esibe.evaluator().ruleset(r).build().evaluate(app.build());
                assertThat(d.outcome()).as("%s under %s", date, r.id()).isNotEqualTo(Outcome.INVALID);
            }
            // Under the series, a date before the first ruleset is INVALID with a violation, not an exception.
            Decision dated = Esibe.evaluator().build().evaluate(app.build());
            if (date.isBefore(LocalDate.of(2024, 10, 1))) {
                assertThat(dated.outcome()).isEqualTo(Outcome.INVALID);
                assertThat(dated.violations()).singleElement().extracting(v -> v.path()).isEqualTo("submittedOn");
            } else {
                assertThat(dated.outcome()).isNotEqualTo(Outcome.INVALID);
            }
        }
    }

    /** Valid applications pushed to the edges of ESIBE-FORMAT-v1.1, from one seed. */
    static final class Extremes {

        private static final String[] TECHNOLOGIES = {"TEC-RNA", "TEC-GENE-CELL", "TEC-SYNBIO",
            "TEC-PRECISION-FERMENTATION"};
        private final Random random;

        Extremes(long seed) {
            this.random = new Random(seed);
        }

        Application application() {
            int referenceYear = pick(1900, 2100, 1899 + random.nextInt(203));
            LocalDate submitted = switch (random.nextInt(5)) {
                case 0 -> LocalDate.of(2024, 10, 1);
                case 1 -> LocalDate.MAX;
                case 2 -> LocalDate.of(9999, 12, 31);
                default -> LocalDate.of(Math.max(2025, referenceYear + 1), 1 + random.nextInt(12), 1);
            };
            Application.Builder b = Application.builder()
                    .applicationId(random.nextBoolean() ? "A" : "x".repeat(64))
                    .submittedOn(submitted)
                    .company(company())
                    .track(random.nextBoolean() ? Track.PRECISION_MEDICINE : Track.INDUSTRIAL_ENVIRONMENTAL)
                    .developmentStage(random.nextBoolean() ? null : DevelopmentStage.values()[random.nextInt(5)]);
            if (random.nextInt(4) == 0) {
                for (int year = 1900; year <= 2100; year++) {
                    b.fiscalYear(fiscalYear(year));
                }
            } else {
                // The reference year (the year before the submission's), its predecessor, or neither.
                int y = submitted.getYear() - 1;
                if (y >= 1900 && y <= 2100 && random.nextInt(5) != 0) {
                    b.fiscalYear(fiscalYear(y));
                }
                if (y - 1 >= 1900 && y - 1 <= 2100 && random.nextBoolean()) {
                    b.fiscalYear(fiscalYear(y - 1));
                }
            }
            for (int i = random.nextInt(4) == 0 ? 60 : random.nextInt(3); i > 0; i--) {
                b.patent(patent());
            }
            for (int i = random.nextInt(4) == 0 ? 30 : random.nextInt(3); i > 0; i--) {
                Program.Builder p = Program.builder(TECHNOLOGIES[random.nextInt(TECHNOLOGIES.length)])
                        .title(random.nextBoolean() ? null : text(100));
                List<String> codes = new ArrayList<>(Generators.PRIORITIES);
                for (int k = random.nextBoolean() ? codes.size() : 1; k > 0; k--) {
                    p.priority(codes.remove(random.nextInt(codes.size())));
                }
                b.program(p.build());
            }
            return b.ownership(ownership()).build();
        }

        private Company company() {
            Location seat = Location.of(random.nextBoolean() ? "IT" : "ZW").withRegion(random.nextBoolean()
                    ? text(100) : null).withCity(random.nextBoolean() ? text(100) : null);
            return Company.builder().name(text(1 + random.nextInt(200))).legalSeat(seat)
                    .headquarters(random.nextBoolean() ? seat : Location.of("IT"))
                    .vatNumber(random.nextBoolean() ? "IT00743110157" : null).build();
        }

        /** {@code n} code points, half of them outside the Basic Multilingual Plane. */
        private String text(int n) {
            StringBuilder sb = new StringBuilder("N");
            for (int i = 1; i < n; i++) {
                sb.appendCodePoint(random.nextBoolean() ? 0x1F9EC : 'à');
            }
            return sb.toString();
        }

        private FiscalYear fiscalYear(int year) {
            BigDecimal rd = amount();
            BigDecimal italy = rd == null ? amount() : pickDecimal(BigDecimal.ZERO, rd, new BigDecimal("0.01").min(rd));
            return FiscalYear.builder(year).rdExpenditure(rd).rdExpenditureItaly(italy).euInternationalGrants(amount())
                    .staffHeadcount(staff()).turnover(amount()).balanceSheetTotal(amount()).build();
        }

        private Patent patent() {
            boolean licensed = random.nextBoolean();
            boolean pending = random.nextBoolean();
            return Patent.builder(pending && random.nextBoolean() ? "WO2021123456A1" : "EP" + "9".repeat(15) + "B1")
                    .holding(licensed ? PatentHolding.LICENSED : PatentHolding.OWNED)
                    .status(pending ? PatentStatus.PENDING : PatentStatus.GRANTED)
                    .expiresOn(date())
                    .licenceExpiresOn(licensed ? date() : null).build();
        }

        private Ownership ownership() {
            Ownership.Builder o = Ownership.builder();
            switch (random.nextInt(4)) {
                case 0 -> {
                    // A hundred holders of 1 % each in one joint holding, voting at 100 % each.
                    HolderType type = HolderType.values()[random.nextInt(HolderType.values().length)];
                    for (int i = 0; i < 100; i++) {
                        o.holder(Holder.builder(random.nextBoolean() ? type : HolderType.OTHER_ENTERPRISE, 1)
                                .votingShare(HUNDRED).group("G").staffHeadcount(staff()).turnover(amount())
                                .balanceSheetTotal(amount()).build());
                    }
                }
                case 1 -> o.holder(Holder.builder(HolderType.values()[random.nextInt(HolderType.values().length)],
                        pickDecimal(BigDecimal.ZERO, HUNDRED, new BigDecimal("99.9999"))).votingShare(share())
                        .staffHeadcount(staff()).turnover(amount()).balanceSheetTotal(amount()).build());
                case 2 -> {
                    for (HolderType type : HolderType.values()) {
                        o.holder(Holder.builder(type, 10).votingShare(share()).group(random.nextBoolean() ? "G" : null)
                                .staffHeadcount(staff()).turnover(amount()).balanceSheetTotal(amount()).build());
                    }
                }
                default -> {
                }
            }
            for (int i = random.nextInt(4) == 0 ? 100 : random.nextInt(2); i > 0; i--) {
                o.participation(Participation.builder(share()).votingShare(share()).staffHeadcount(staff())
                        .turnover(amount()).balanceSheetTotal(amount()).build());
            }
            return o.build();
        }

        private LocalDate date() {
            return switch (random.nextInt(4)) {
                case 0 -> LocalDate.MIN;
                case 1 -> LocalDate.MAX;
                case 2 -> null;
                default -> LocalDate.of(2025, 3, 15);
            };
        }

        private BigDecimal amount() {
            return random.nextInt(5) == 0 ? null : pickDecimal(BigDecimal.ZERO, MAX_AMOUNT, new BigDecimal("0.01"));
        }

        private BigDecimal staff() {
            return random.nextInt(5) == 0 ? null : pickDecimal(BigDecimal.ZERO, MAX_STAFF, new BigDecimal("249.99"));
        }

        private BigDecimal share() {
            return pickDecimal(BigDecimal.ZERO, HUNDRED, new BigDecimal("0.0001"));
        }

        private BigDecimal pickDecimal(BigDecimal a, BigDecimal b, BigDecimal c) {
            return switch (random.nextInt(3)) {
                case 0 -> a;
                case 1 -> b;
                default -> c;
            };
        }

        private int pick(int a, int b, int c) {
            return switch (random.nextInt(3)) {
                case 0 -> a;
                case 1 -> b;
                default -> c;
            };
        }
    }
}
