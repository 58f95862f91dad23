package it.esibe.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

/**
 * The builders of the model: named steps give exactly the record the canonical constructor gives
 * for the same values (a property over random values, absent ones included), and {@code build()}
 * names every missing required value with the step that sets it.
 */
class BuildersTest {

    private static final QuickTheory QT = QuickTheory.qt().withFixedSeed(Long.getLong("esibe.qt.seed", 20261122L));

    /** Random component values from one seed; {@code null} stands for "not set" where a value is optional. */
    static final class Values {
        final Random random;

        Values(long seed) {
            this.random = new Random(seed);
        }

        String text() {
            return "t" + random.nextInt(1000);
        }

        <T> T maybe(Supplier<T> value) {
            return random.nextBoolean() ? value.get() : null;
        }

        BigDecimal decimal() {
            return new BigDecimal(BigInteger.valueOf(random.nextLong() & 0xFFFFFFFFFFL), random.nextInt(6) - 1);
        }

        LocalDate date() {
            return LocalDate.ofEpochDay(random.nextInt(80_000) - 10_000);
        }

        <T> T pick(T[] values) {
            return values[random.nextInt(values.length)];
        }
    }

    @Nested
    class SameRecordAsTheConstructor {

        @Test
        void fiscalYears() {
            QT.forAll(longs().all()).checkAssert(seed -> {
                Values v = new Values(seed);
                int year = 1900 + v.random.nextInt(201);
                BigDecimal rd = v.maybe(v::decimal);
                BigDecimal italy = v.maybe(v::decimal);
                BigDecimal grants = v.maybe(v::decimal);
                BigDecimal staff = v.maybe(v::decimal);
                BigDecimal turnover = v.maybe(v::decimal);
                BigDecimal balance = v.maybe(v::decimal);
                FiscalYear built = FiscalYear.builder(year).balanceSheetTotal(balance).turnover(turnover)
                        .staffHeadcount(staff).euInternationalGrants(grants).rdExpenditureItaly(italy)
                        .rdExpenditure(rd).build();
                assertThat(built).isEqualTo(new FiscalYear(year, rd, italy, grants, staff, turnover, balance));
            });
        }

        @Test
        void holdersAndParticipations() {
            QT.forAll(longs().all()).checkAssert(seed -> {
                Values v = new Values(seed);
                HolderType type = v.pick(HolderType.values());
                BigDecimal capital = v.decimal();
                String name = v.maybe(v::text);
                BigDecimal voting = v.maybe(v::decimal);
                BigDecimal staff = v.maybe(v::decimal);
                BigDecimal turnover = v.maybe(v::decimal);
                BigDecimal balance = v.maybe(v::decimal);
                String group = v.maybe(v::text);
                assertThat(Holder.builder(type, capital).group(group).balanceSheetTotal(balance).turnover(turnover)
                        .staffHeadcount(staff).votingShare(voting).name(name).build())
                        .isEqualTo(new Holder(name, type, capital, voting, staff, turnover, balance, group));
                assertThat(Participation.builder(capital).balanceSheetTotal(balance).turnover(turnover)
                        .staffHeadcount(staff).votingShare(voting).name(name).build())
                        .isEqualTo(new Participation(name, capital, voting, staff, turnover, balance));
            });
        }

        @Test
        void companiesLocationsPatentsAndPrograms() {
            QT.forAll(longs().all()).checkAssert(seed -> {
                Values v = new Values(seed);
                Location seat = new Location(v.text(), v.maybe(v::text), v.maybe(v::text));
                assertThat(Location.of(seat.country()).withCity(seat.city()).withRegion(seat.region())).isEqualTo(seat);
                Location hq = new Location(v.text(), v.maybe(v::text), null);
                String name = v.text();
                String vat = v.maybe(v::text);
                assertThat(Company.builder().headquarters(hq).legalSeat(seat).vatNumber(vat).name(name).build())
                        .isEqualTo(new Company(name, vat, seat, hq));
                assertThat(Company.of(name, seat)).isEqualTo(new Company(name, null, seat, seat));

                String number = v.text();
                PatentHolding holding = v.pick(PatentHolding.values());
                PatentStatus status = v.pick(PatentStatus.values());
                LocalDate expires = v.maybe(v::date);
                LocalDate licence = v.maybe(v::date);
                assertThat(Patent.builder(number).licenceExpiresOn(licence).expiresOn(expires).status(status)
                        .holding(holding).build()).isEqualTo(new Patent(number, holding, status, expires, licence));

                String technology = v.text();
                List<String> priorities = new ArrayList<>();
                for (int i = v.random.nextInt(4); i >= 0; i--) {
                    priorities.add(v.text());
                }
                String title = v.maybe(v::text);
                Program.Builder program = Program.builder(technology).title(title);
                priorities.forEach(program::priority);
                assertThat(program.build()).isEqualTo(new Program(title, technology, priorities));
                assertThat(Program.of(technology, priorities.get(0),
                        priorities.subList(1, priorities.size()).toArray(String[]::new)))
                        .isEqualTo(new Program(null, technology, priorities));
            });
        }

        @Test
        void applications() {
            QT.forAll(longs().all()).checkAssert(seed -> {
                Values v = new Values(seed);
                String id = v.text();
                LocalDate submitted = v.date();
                Company company = Company.of(v.text(), Location.of(v.text()));
                Track track = v.pick(Track.values());
                DevelopmentStage stage = v.maybe(() -> v.pick(DevelopmentStage.values()));
                List<FiscalYear> years = new ArrayList<>();
                List<Patent> patents = new ArrayList<>();
                List<Program> programs = new ArrayList<>();
                List<Holder> holders = new ArrayList<>();
                List<Participation> participations = new ArrayList<>();
                for (int i = v.random.nextInt(3); i > 0; i--) {
                    years.add(FiscalYear.builder(2000 + i).rdExpenditure(v.decimal()).build());
                    patents.add(Patent.builder(v.text()).holding(PatentHolding.OWNED).status(PatentStatus.GRANTED).build());
                    programs.add(Program.of(v.text(), v.text()));
                    holders.add(Holder.builder(HolderType.INDIVIDUAL, v.decimal()).build());
                    participations.add(Participation.builder(v.decimal()).build());
                }
                boolean withOwnership = v.random.nextBoolean();
                Application.Builder b = Application.builder().track(track).company(company).submittedOn(submitted)
                        .applicationId(id).developmentStage(stage);
                years.forEach(b::fiscalYear);
                patents.forEach(b::patent);
                programs.forEach(b::program);
                Ownership.Builder ownership = Ownership.builder();
                holders.forEach(ownership::holder);
                participations.forEach(ownership::participation);
                if (withOwnership) {
                    b.ownership(ownership.build());
                }
                assertThat(b.build()).isEqualTo(new Application(1, id, submitted, company, track, stage, years, patents,
                        programs, withOwnership ? new Ownership(holders, participations) : null));
            });
        }
    }

    @Nested
    class WholeNumbers {

        @Test
        void aLongIsTheSameAmountAsItsBigDecimal() {
            assertThat(FiscalYear.builder(2024).rdExpenditure(2_500_000).rdExpenditureItaly(2_100_000)
                    .euInternationalGrants(0).staffHeadcount(38).turnover(120_000).balanceSheetTotal(9_000_000).build())
                    .isEqualTo(new FiscalYear(2024, new BigDecimal("2500000"), new BigDecimal("2100000"), BigDecimal.ZERO,
                            new BigDecimal("38"), new BigDecimal("120000"), new BigDecimal("9000000")));
            assertThat(Holder.builder(HolderType.VENTURE_CAPITAL, 40).votingShare(45).staffHeadcount(3).turnover(10)
                    .balanceSheetTotal(20).build()).isEqualTo(new Holder(null, HolderType.VENTURE_CAPITAL,
                            new BigDecimal("40"), new BigDecimal("45"), new BigDecimal("3"), BigDecimal.TEN,
                            new BigDecimal("20"), null));
            assertThat(Participation.builder(100).build().capitalShare()).isEqualTo(new BigDecimal("100"));
        }

        @Test
        void nullMakesAnOptionalValueUnknownAgain() {
            assertThat(FiscalYear.builder(2024).rdExpenditure(5).rdExpenditure((BigDecimal) null).build().rdExpenditure())
                    .isNull();
            assertThat(FiscalYear.builder(2024).turnover(null).build()).isEqualTo(new FiscalYear(2024, null, null, null,
                    null, null, null));
        }
    }

    @Nested
    class MissingValues {

        @Test
        void anApplicationNamesEveryMissingValueAndItsStep() {
            assertThatThrownBy(() -> Application.builder().build()).isInstanceOf(IllegalStateException.class)
                    .hasMessage("cannot build an Application: missing applicationId (set it with"
                            + " .applicationId(\"CALL2025-0001\")), submittedOn (set it with"
                            + " .submittedOn(LocalDate.of(2025, 3, 15))), company (set it with"
                            + " .company(Company.of(name, legalSeat))), track (set it with .track(Track.PRECISION_MEDICINE))");
            assertThatThrownBy(() -> Application.builder().applicationId("A-1").track(Track.PRECISION_MEDICINE)
                    .company(Company.of("X", Location.of("IT"))).build())
                    .isInstanceOf(IllegalStateException.class).hasMessage(
                            "cannot build an Application: missing submittedOn (set it with"
                                    + " .submittedOn(LocalDate.of(2025, 3, 15)))");
        }

        @Test
        void companiesPatentsAndProgramsToo() {
            assertThatThrownBy(() -> Company.builder().name("X").build()).isInstanceOf(IllegalStateException.class)
                    .hasMessage("cannot build a Company: missing legalSeat (set it with .legalSeat(Location.of(\"IT\"))),"
                            + " headquarters (set it with .headquarters(Location.of(\"IT\")))");
            assertThatThrownBy(() -> Patent.builder("EP3456789B1").build()).isInstanceOf(IllegalStateException.class)
                    .hasMessage("cannot build a Patent: missing holding (set it with .holding(PatentHolding.OWNED)),"
                            + " status (set it with .status(PatentStatus.GRANTED))");
            assertThatThrownBy(() -> Program.builder("TEC-RNA").title("x").build())
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("cannot build a Program: missing priorities (set it with .priority(\"PAT-ONCO\"))");
        }

        @Test
        void aRequiredStepRefusesNullAtOnceNamingTheValue() {
            assertThatThrownBy(() -> Application.builder().applicationId(null)).isInstanceOf(NullPointerException.class)
                    .hasMessage("id");
            assertThatThrownBy(() -> Holder.builder(null, 10)).isInstanceOf(NullPointerException.class)
                    .hasMessage("type");
            assertThatThrownBy(() -> Application.builder().fiscalYear(null)).isInstanceOf(NullPointerException.class);
        }

        @Test
        void completenessIsAllBuildChecks() {
            // Invalid values pass through, for the evaluator to report with their JSON paths.
            Application odd = Application.builder().applicationId("not an id!").submittedOn(LocalDate.of(2025, 3, 15))
                    .company(Company.of(" ", Location.of("ITALY"))).track(Track.PRECISION_MEDICINE)
                    .fiscalYear(FiscalYear.builder(1800).rdExpenditure(new BigDecimal("-1.001")).build()).build();
            assertThat(odd.applicationId()).isEqualTo("not an id!");
            assertThat(odd.fiscalYears().get(0).rdExpenditure()).isEqualByComparingTo("-1.001");
        }
    }

    @Test
    void aBuilderGoesOnWithoutChangingWhatItBuilt() {
        Application.Builder b = Application.builder().applicationId("A-1").submittedOn(LocalDate.of(2025, 3, 15))
                .company(Company.of("X", Location.of("IT"))).track(Track.PRECISION_MEDICINE);
        Application first = b.build();
        b.fiscalYear(FiscalYear.builder(2024).build()).applicationId("A-2");
        assertThat(first.fiscalYears()).isEmpty();
        assertThat(first.applicationId()).isEqualTo("A-1");
        assertThat(b.build().fiscalYears()).hasSize(1);
        Program.Builder p = Program.builder("TEC-RNA").priority("PAT-ONCO");
        Program one = p.build();
        p.priority("PAT-RARE");
        assertThat(one.priorities()).containsExactly("PAT-ONCO");
    }
}
