package it.esibe.core.validation;

import static it.esibe.core.validation.Applications.amount;
import static it.esibe.core.validation.Applications.holder;
import static it.esibe.core.validation.Applications.participation;
import static it.esibe.core.validation.Applications.patent;
import static it.esibe.core.validation.Applications.specExample;
import static it.esibe.core.validation.Applications.year;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import it.esibe.core.decision.Violation;
import it.esibe.core.model.Application;
import it.esibe.core.model.Company;
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
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every rule of the ESIBE-FORMAT-v1 field table, at its boundaries, with the exact JSON path. */
class ApplicationValidatorTest {

    private static final ApplicationValidator VALIDATOR = new ApplicationValidator(TestValidators.english());

    private static List<Violation> violations(Applications application) {
        return VALIDATOR.validate(application.build());
    }

    private static List<String> paths(Applications application) {
        return violations(application).stream().map(Violation::path).toList();
    }

    @Test
    void specExampleIsValid() {
        assertThat(violations(specExample())).isEmpty();
    }

    @Test
    void rejectsNullApplication() {
        assertThatNullPointerException().isThrownBy(() -> VALIDATOR.validate(null));
    }

    @Test
    void violationsAreSortedByPathThenMessage() {
        Application application = specExample()
                .vatNumber("it00743110157")
                .fiscalYears(year(2024), year(2024), year(1899))
                .patents(patent("WO2021123456A1", PatentHolding.OWNED, PatentStatus.GRANTED, "2030-01-01"))
                .build();

        List<Violation> violations = VALIDATOR.validate(application);

        assertThat(violations).extracting(Violation::path).containsExactly(
                "company.vatNumber",
                "fiscalYears[1].year",
                "fiscalYears[2].year",
                "patents[0].licenceExpiresOn",
                "patents[0].status");
        assertThat(violations).isSorted();
        // The same input always yields the same list, whatever the order the provider's set has.
        assertThat(VALIDATOR.validate(application)).isEqualTo(violations);
    }

    @Nested
    class VatNumber {

        @ParameterizedTest
        @ValueSource(strings = {
            "IT00743110157", // the spec's example
            "00743110157", // the same without prefix
            "00743111205", // office 120
            "00743111213", // office 121
            "00743118887", // office 888
            "00743119992", // office 999
            "00743111007", // office 100
            "00743110017", // office 001
            "00000010157", // first 7 digits not all zero: one is enough
        })
        void valid(String vat) {
            assertThat(paths(specExample().vatNumber(vat))).isEmpty();
        }

        @Test
        void absentIsValid() {
            assertThat(paths(specExample().vatNumber(null))).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {
            "IT00743110158", // wrong check digit
            "00743110150", // wrong check digit
            "00743111015", // office 101, check digit right
            "00743110009", // office 000, check digit right
            "00000000158", // first 7 digits all zero, check digit right
            "it00743110157", // lower-case prefix
            "It00743110157",
            "0074311015", // 10 digits
            "007431101570", // 12 digits
            "IT0074311015", // prefix and 10 digits
            "ITIT00743110157",
            "0074311015X",
            "00743 110157",
            " 00743110157",
            "\u0660\u0660743110157", // Arabic-Indic digits
            "",
        })
        void invalid(String vat) {
            List<Violation> violations = violations(specExample().vatNumber(vat));

            assertThat(violations).extracting(Violation::path).containsExactly("company.vatNumber");
            assertThat(violations.get(0).message()).isEqualTo("must be an Italian partita IVA: 11 digits with an"
                    + " optional upper-case IT prefix, the first 7 digits not all zero, office code (digits 8-10)"
                    + " 001-100, 120, 121, 888 or 999, and a valid check digit");
        }
    }

    @Nested
    class Country {

        @ParameterizedTest
        @ValueSource(strings = {"IT", "DE", "US", "GB", "SS", "CW"})
        void assignedCodesAreValid(String country) {
            Company company = new Company("Esempio Bio S.r.l.", null, Location.of(country), Location.of(country));

            assertThat(paths(specExample().company(company))).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"XK", "UK", "EU", "it", "It", "ITA", "I", "", "AN", "CS"})
        void otherCodesAreInvalid(String country) {
            Company company = new Company("Esempio Bio S.r.l.", null, Location.of(country), Location.of("IT"));

            assertThat(paths(specExample().company(company))).containsExactly("company.legalSeat.country");
        }

        @Test
        void headquartersToo() {
            Company company = new Company("Esempio Bio S.r.l.", null, Location.of("IT"), Location.of("XK"));

            assertThat(paths(specExample().company(company))).containsExactly("company.headquarters.country");
        }

        @Test
        void absentIsRequired() {
            Company company = new Company("Esempio Bio S.r.l.", null, new Location(null, "Lombardia", null),
                    Location.of("IT"));

            assertThat(paths(specExample().company(company))).containsExactly("company.legalSeat.country");
        }
    }

    @Nested
    class Amounts {

        /** Each euro amount of the table, set alone on a fiscal year, a holder or a participation. */
        private List<Function<BigDecimal, Applications>> everyAmount() {
            return List.of(
                    a -> specExample().fiscalYears(new FiscalYear(2024, a, null, null, null, null, null)),
                    a -> specExample().fiscalYears(new FiscalYear(2024, null, a, null, null, null, null)),
                    a -> specExample().fiscalYears(new FiscalYear(2024, null, null, a, null, null, null)),
                    a -> specExample().fiscalYears(new FiscalYear(2024, null, null, null, null, a, null)),
                    a -> specExample().fiscalYears(new FiscalYear(2024, null, null, null, null, null, a)),
                    a -> specExample().ownership(new Ownership(
                            List.of(new Holder("Gruppo", HolderType.CORPORATE, amount("60"), null, null, a, null, null)),
                            List.of())),
                    a -> specExample().ownership(new Ownership(
                            List.of(new Holder("Gruppo", HolderType.CORPORATE, amount("60"), null, null, null, a, null)),
                            List.of())),
                    a -> specExample().ownership(new Ownership(List.of(), List.of(
                            new Participation("Spin-off", amount("30"), null, null, a, null)))),
                    a -> specExample().ownership(new Ownership(List.of(), List.of(
                            new Participation("Spin-off", amount("30"), null, null, null, a)))));
        }

        private static final List<String> PATHS = List.of(
                "fiscalYears[0].rdExpenditure",
                "fiscalYears[0].rdExpenditureItaly",
                "fiscalYears[0].euInternationalGrants",
                "fiscalYears[0].turnover",
                "fiscalYears[0].balanceSheetTotal",
                "ownership.holders[0].turnover",
                "ownership.holders[0].balanceSheetTotal",
                "ownership.participations[0].turnover",
                "ownership.participations[0].balanceSheetTotal");

        @ParameterizedTest
        @ValueSource(strings = {"0", "0.00", "0.01", "1.50", "1.500", "1E+3", "2500000", "99999999999.99", "-0.00"})
        void centsAreValid(String value) {
            for (Function<BigDecimal, Applications> application : everyAmount()) {
                assertThat(paths(application.apply(amount(value)))).isEmpty();
            }
        }

        @ParameterizedTest
        @ValueSource(strings = {"1.005", "-0.01", "0.001", "-1", "1E-3", "-1E+3"})
        void othersAreInvalid(String value) {
            List<Function<BigDecimal, Applications>> applications = everyAmount();
            for (int i = 0; i < applications.size(); i++) {
                List<Violation> violations = violations(applications.get(i).apply(amount(value)));

                assertThat(violations).extracting(Violation::path).containsExactly(PATHS.get(i));
                assertThat(violations.get(0).message()).isEqualTo(value.startsWith("-")
                        ? "must be 0 or more: an amount in euro is never negative"
                        : "has too many decimals: an amount in euro has at most 2 (cents)");
            }
        }

        @Test
        void hugeExponentsAreJudgedWithoutExpandingThem() {
            // ESIBE-FORMAT-v1.1: every amount is at most 999 999 999 999 999.99, with at most 2 decimals.
            assertThat(violations(everyAmount().get(0).apply(new BigDecimal("1E+999999999"))))
                    .containsExactly(new Violation("fiscalYears[0].rdExpenditure",
                            "is too large: an amount is at most 999,999,999,999,999.99 EUR (15 digits before the decimal point)"));
            assertThat(violations(everyAmount().get(0).apply(new BigDecimal("1E-999999999"))))
                    .containsExactly(new Violation("fiscalYears[0].rdExpenditure",
                            "has too many decimals: an amount in euro has at most 2 (cents)"));
        }

        @ParameterizedTest
        @ValueSource(strings = {"999999999999999.99", "999999999999999.990", "0.00"})
        void theLargestAmountTheFormatAllowsIsValid(String value) {
            assertThat(paths(everyAmount().get(0).apply(new BigDecimal(value)))).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"1000000000000000", "999999999999999.991", "1E+15"})
        void anAmountOfSixteenIntegerDigitsIsTooLarge(String value) {
            assertThat(paths(everyAmount().get(0).apply(new BigDecimal(value))))
                    .containsExactly("fiscalYears[0].rdExpenditure");
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "38.5", "0.25", "1E+3", "10000000"})
        void staffHeadcountAllowsFractions(String value) {
            FiscalYear year = new FiscalYear(2024, null, null, null, amount(value), null, null);

            assertThat(paths(specExample().fiscalYears(year))).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"0.125", "10000000.01", "1E+8"})
        void staffHeadcountHasAtMostTwoDecimalsAndTenMillionUnits(String value) {
            // ESIBE-FORMAT-v1.1: every staff figure at most 10 000 000 annual work units with at most 2 decimals.
            FiscalYear year = new FiscalYear(2024, null, null, null, amount(value), null, null);

            assertThat(paths(specExample().fiscalYears(year))).containsExactly("fiscalYears[0].staffHeadcount");
        }

        @Test
        void staffHeadcountIsNotNegative() {
            FiscalYear year = new FiscalYear(2024, null, null, null, amount("-0.5"), null, null);

            assertThat(paths(specExample().fiscalYears(year))).containsExactly("fiscalYears[0].staffHeadcount");
        }

        @Test
        void holderAndParticipationHeadcountIsNotNegative() {
            Ownership ownership = new Ownership(
                    List.of(new Holder("Gruppo", HolderType.CORPORATE, amount("60"), null, amount("-1"), null, null, null)),
                    List.of(new Participation("Spin-off", amount("30"), null, amount("-0.1"), null, null)));

            assertThat(paths(specExample().ownership(ownership))).containsExactly(
                    "ownership.holders[0].staffHeadcount", "ownership.participations[0].staffHeadcount");
        }
    }

    @Nested
    class RdExpenditureItaly {

        private Applications withRd(String total, String italy) {
            return specExample().fiscalYears(new FiscalYear(2024, amount(total), amount(italy), null, null, null, null));
        }

        @Test
        void equalToTotalIsValid() {
            assertThat(paths(withRd("2100000", "2100000"))).isEmpty();
            assertThat(paths(withRd("2100000", "2100000.00"))).isEmpty();
        }

        @Test
        void oneCentMoreIsInvalid() {
            List<Violation> violations = violations(withRd("2100000", "2100000.01"));

            assertThat(violations).extracting(Violation::path).containsExactly("fiscalYears[0].rdExpenditureItaly");
            assertThat(violations.get(0).message()).isEqualTo("must not exceed the total R&D expenditure of the same year:"
                    + " the R&D carried out in Italy is part of it");
        }

        @Test
        void isCheckedOnlyWhenBothArePresent() {
            FiscalYear onlyItaly = new FiscalYear(2024, null, amount("2100000"), null, null, null, null);
            FiscalYear onlyTotal = new FiscalYear(2023, amount("2100000"), null, null, null, null, null);

            assertThat(paths(specExample().fiscalYears(onlyItaly, onlyTotal))).isEmpty();
        }

        @Test
        void pathHasTheYearsIndex() {
            FiscalYear fine = new FiscalYear(2023, amount("10"), amount("5"), null, null, null, null);
            FiscalYear broken = new FiscalYear(2024, amount("10"), amount("10.01"), null, null, null, null);

            assertThat(paths(specExample().fiscalYears(fine, broken))).containsExactly("fiscalYears[1].rdExpenditureItaly");
        }
    }

    @Nested
    class FiscalYears {

        @Test
        void distinctYearsAreValid() {
            assertThat(paths(specExample().fiscalYears(year(2024), year(2023), year(1900), year(2100)))).isEmpty();
        }

        @Test
        void everyLaterDuplicateIsReportedAtItsYear() {
            List<Violation> violations = violations(
                    specExample().fiscalYears(year(2023), year(2024), year(2023), year(2024), year(2023)));

            assertThat(violations).extracting(Violation::path)
                    .containsExactly("fiscalYears[2].year", "fiscalYears[3].year", "fiscalYears[4].year");
            assertThat(violations.get(0).message())
                    .isEqualTo("must be unique: an earlier fiscal year of the list has the same year");
        }

        @Test
        void yearsOutsideTheRangeAreInvalid() {
            assertThat(paths(specExample().fiscalYears(year(1899), year(2101))))
                    .containsExactly("fiscalYears[0].year", "fiscalYears[1].year");
        }

        @Test
        void nullEntriesAndYearsAreReportedOnceAndNotAsDuplicates() {
            List<FiscalYear> years = Arrays.asList(null, year(2024), null,
                    new FiscalYear(null, null, null, null, null, null, null),
                    new FiscalYear(null, null, null, null, null, null, null));

            assertThat(paths(specExample().fiscalYears(years)))
                    .containsExactly("fiscalYears[0]", "fiscalYears[2]", "fiscalYears[3].year", "fiscalYears[4].year");
        }
    }

    @Nested
    class Patents {

        @ParameterizedTest
        @ValueSource(strings = {"EP3456789B1", "WO2021123456A1", "US10123456B2", "IT1234", "EP123456789012345",
            "EP123456789012345A", "EP3456789A", "US1234567S"})
        void publicationNumbersAreValid(String number) {
            Patent pending = patent(number, PatentHolding.OWNED, PatentStatus.PENDING, null);

            assertThat(paths(specExample().patents(pending))).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"EP123", "EP1234567890123456", "ep3456789B1", "EP3456789b1", "EP3456789B12",
            "EP3456789BB", "E3456789", "EPO3456789", "EP 3456789", "EP3456789 B1", "EP3456789-B1", "3456789",
            "EP", "", "EP3456789B1 "})
        void otherNumbersAreInvalid(String number) {
            Patent pending = patent(number, PatentHolding.OWNED, PatentStatus.PENDING, null);

            List<Violation> violations = violations(specExample().patents(pending));

            assertThat(violations).extracting(Violation::path).containsExactly("patents[0].number");
            assertThat(violations.get(0).message()).startsWith("must be a patent publication number:");
        }

        @Test
        void woNumberCanBePending() {
            Patent wo = patent("WO2021123456A1", PatentHolding.OWNED, PatentStatus.PENDING, null);

            assertThat(paths(specExample().patents(wo))).isEmpty();
        }

        @Test
        void woNumberCannotBeGranted() {
            Patent ep = patent("EP3456789B1", PatentHolding.OWNED, PatentStatus.GRANTED, null);
            Patent wo = patent("WO2021123456A1", PatentHolding.LICENSED, PatentStatus.GRANTED, null);

            List<Violation> violations = violations(specExample().patents(ep, wo));

            assertThat(violations).extracting(Violation::path).containsExactly("patents[1].status");
            assertThat(violations.get(0).message()).isEqualTo("must be PENDING: a WO number is an international"
                    + " (PCT) application, which is never granted");
        }

        @Test
        void licenceExpiryIsAllowedWhenLicensed() {
            Patent licensed = patent("EP3456789B1", PatentHolding.LICENSED, PatentStatus.GRANTED, "2030-12-31");

            assertThat(paths(specExample().patents(licensed))).isEmpty();
        }

        @Test
        void licenceExpiryIsNotAllowedWhenOwned() {
            Patent owned = patent("EP3456789B1", PatentHolding.OWNED, PatentStatus.GRANTED, "2030-12-31");

            List<Violation> violations = violations(specExample().patents(owned));

            assertThat(violations).extracting(Violation::path).containsExactly("patents[0].licenceExpiresOn");
            assertThat(violations.get(0).message())
                    .isEqualTo("must be absent: only a licensed patent (holding LICENSED) has a licence expiry");
        }

        @Test
        void absentHoldingIsReportedOnlyOnce() {
            Patent unknown = patent("EP3456789B1", null, PatentStatus.GRANTED, "2030-12-31");

            assertThat(paths(specExample().patents(unknown))).containsExactly("patents[0].holding");
        }

        @Test
        void nullPatentIsReportedAtItsIndex() {
            List<Patent> patents = Arrays.asList(
                    patent("EP3456789B1", PatentHolding.OWNED, PatentStatus.GRANTED, null), null);

            List<Violation> violations = violations(specExample().patents(patents));

            assertThat(violations).extracting(Violation::path).containsExactly("patents[1]");
        }

        @Test
        void requiredComponentsAreReported() {
            Patent empty = new Patent(null, null, null, null, null);

            assertThat(paths(specExample().patents(empty)))
                    .containsExactly("patents[0].holding", "patents[0].number", "patents[0].status");
        }
    }

    @Nested
    class Programs {

        @Test
        void distinctPrioritiesAreValid() {
            Program program = new Program(null, "TEC-GENE-CELL", List.of("PAT-ONCO", "IND-BIOECONOMY"));

            assertThat(paths(specExample().programs(program))).isEmpty();
        }

        @Test
        void duplicatePrioritiesAreReportedAtTheList() {
            Program fine = new Program(null, "TEC-GENE-CELL", List.of("PAT-ONCO"));
            Program duplicated = new Program(null, "TEC-GENE-CELL", List.of("PAT-ONCO", "PAT-RARE", "PAT-ONCO"));

            List<Violation> violations = violations(specExample().programs(fine, duplicated));

            assertThat(violations).extracting(Violation::path).containsExactly("programs[1].priorities");
            assertThat(violations.get(0).message())
                    .isEqualTo("must not contain duplicates: each value may appear only once");
        }

        @Test
        void nullPriorityIsReportedAtItsIndexWithoutElementNodeText() {
            Program program = new Program(null, "TEC-GENE-CELL", Arrays.asList("PAT-ONCO", null, null));

            assertThat(paths(specExample().programs(program)))
                    .containsExactly("programs[0].priorities[1]", "programs[0].priorities[2]");
        }

        @Test
        void prioritiesAreRequiredAndNotEmpty() {
            assertThat(paths(specExample().programs(new Program(null, "TEC-GENE-CELL", null))))
                    .containsExactly("programs[0].priorities");
            assertThat(paths(specExample().programs(new Program(null, "TEC-GENE-CELL", List.of()))))
                    .containsExactly("programs[0].priorities");
        }

        @Test
        void taxonomyMembershipIsNotCheckedHere() {
            Program program = new Program(null, "NOT-A-CODE", List.of("ALSO-NOT-A-CODE"));

            assertThat(paths(specExample().programs(program))).isEmpty();
        }

        @Test
        void nullProgramIsReportedAtItsIndex() {
            assertThat(paths(specExample().programs(Arrays.asList((Program) null)))).containsExactly("programs[0]");
        }
    }

    @Nested
    class Shares {

        private Applications holders(Holder... holders) {
            return specExample().ownership(new Ownership(List.of(holders), List.of()));
        }

        @Test
        void shareOfExactly100IsValid() {
            Holder all = new Holder("Gruppo", HolderType.CORPORATE, amount("100"), amount("100"), null, null, null, null);

            assertThat(paths(holders(all))).isEmpty();
            assertThat(paths(specExample().ownership(new Ownership(List.of(), List.of(participation("100"))))))
                    .isEmpty();
        }

        @Test
        void shareAbove100IsInvalid() {
            Holder capital = new Holder("A", HolderType.CORPORATE, amount("100.01"), null, null, null, null, null);
            Holder voting = new Holder("B", HolderType.INDIVIDUAL, amount("0"), amount("100.01"), null, null, null, null);

            assertThat(paths(holders(capital, voting)))
                    .containsExactly("ownership.holders[0].capitalShare", "ownership.holders[1].votingShare");
            assertThat(paths(specExample().ownership(new Ownership(List.of(), List.of(participation("100.01"))))))
                    .containsExactly("ownership.participations[0].capitalShare");
        }

        @Test
        void negativeShareIsInvalid() {
            assertThat(paths(holders(holder("A", HolderType.INDIVIDUAL, "-0.01"))))
                    .containsExactly("ownership.holders[0].capitalShare");
        }

        @Test
        void sumOfExactly100IsValid() {
            assertThat(paths(holders(holder("A", HolderType.INDIVIDUAL, "60"),
                    holder("B", HolderType.VENTURE_CAPITAL, "39.99"),
                    holder("C", HolderType.BUSINESS_ANGEL, "0.01")))).isEmpty();
        }

        @Test
        void sumOf100Point01IsInvalid() {
            List<Violation> violations = violations(holders(holder("A", HolderType.INDIVIDUAL, "60"),
                    holder("B", HolderType.VENTURE_CAPITAL, "40.01")));

            assertThat(violations).extracting(Violation::path).containsExactly("ownership.holders");
            assertThat(violations.get(0).message()).isEqualTo("the holders' capital shares must sum to at most 100");
        }

        @Test
        void participationsDoNotCountInTheSum() {
            Ownership ownership = new Ownership(List.of(holder("A", HolderType.INDIVIDUAL, "100")),
                    List.of(participation("60"), participation("60")));

            assertThat(paths(specExample().ownership(ownership))).isEmpty();
        }

        @Test
        void tinyExcessWithHugeScaleIsFoundCheaply() {
            Holder all = holder("A", HolderType.INDIVIDUAL, "100");
            Holder tiny = new Holder("B", HolderType.INDIVIDUAL, new BigDecimal("1E-999999999"), null, null, null, null, null);

            // The tiny share has more than the 4 decimals of v1.1 as well; the sum is still checked cheaply.
            assertThat(paths(holders(all, tiny))).containsExactly("ownership.holders", "ownership.holders[1].capitalShare");
            assertThat(paths(holders(tiny, all))).containsExactly("ownership.holders", "ownership.holders[0].capitalShare");
            assertThat(paths(holders(tiny, holder("B", HolderType.INDIVIDUAL, "99.99"))))
                    .containsExactly("ownership.holders[0].capitalShare");
        }

        @Test
        void capitalShareIsRequired() {
            Holder noShare = new Holder("A", HolderType.INDIVIDUAL, null, null, null, null, null, null);

            assertThat(paths(holders(noShare))).containsExactly("ownership.holders[0].capitalShare");
        }

        @Test
        void nullHolderIsReportedAtItsIndex() {
            Ownership ownership = new Ownership(Arrays.asList(holder("A", HolderType.INDIVIDUAL, "60"), null),
                    Arrays.asList((Participation) null));

            assertThat(paths(specExample().ownership(ownership)))
                    .containsExactly("ownership.holders[1]", "ownership.participations[0]");
        }
    }

    /** ESIBE-FORMAT-v1 as of v1.1: {@code ownership.holders[].group}, optional, 1–64 of {@code [A-Za-z0-9._-]}. */
    @Nested
    class Groups {

        private Applications grouped(String group) {
            return specExample().ownership(new Ownership(List.of(
                    new Holder("Ateneo", HolderType.UNIVERSITY, amount("25"), null, null, null, null, group),
                    new Holder("Finpubblica", HolderType.PUBLIC_INVESTMENT_CORPORATION, amount("30"), null, null,
                            null, null, group)), List.of()));
        }

        @ParameterizedTest
        @ValueSource(strings = {"G", "pubblici-2024", "A.b_c-9",
            "bcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-_"})
        void aGroupOfTheAllowedCharactersIsValid(String group) {
            assertThat(group.length()).isBetween(1, 64);
            assertThat(paths(grouped(group))).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"", " ", "gruppo pubblico", "gruppo/1", "caffè"})
        void anyOtherGroupIsInvalidAtItsPath(String group) {
            assertThat(paths(grouped(group))).containsExactly("ownership.holders[0].group", "ownership.holders[1].group");
        }

        @Test
        void sixtyFiveCharactersAreTooMany() {
            assertThat(violations(grouped("x".repeat(65)))).extracting(Violation::message).containsOnly(
                    "must be 1 to 64 characters, each a letter A-Z or a-z, a digit, '.', '_' or '-': holders with the"
                    + " same group are judged together in the SME test");
        }

        @Test
        void theMessageIsItalianInItalian() {
            ApplicationValidator italian = new ApplicationValidator(TestValidators.inLocale(Locale.ITALIAN));
            assertThat(italian.validate(grouped("g 1").build())).extracting(Violation::message).containsOnly(
                    "deve essere di 1-64 caratteri, ciascuno una lettera A-Z o a-z, una cifra, '.', '_' o '-': i soci"
                    + " con lo stesso gruppo sono valutati insieme nel test PMI");
        }
    }

    @Nested
    class Messages {

        @Test
        void italianMessagesAreUsedInItalian() {
            ApplicationValidator italian = new ApplicationValidator(TestValidators.inLocale(Locale.ITALIAN));
            Application application = specExample().vatNumber("IT00743110158").build();

            assertThat(italian.validate(application)).containsExactly(new Violation("company.vatNumber",
                    "deve essere una partita IVA italiana: 11 cifre con il prefisso facoltativo IT in maiuscolo,"
                    + " le prime 7 cifre non tutte zero, codice dell'ufficio (cifre 8-10) tra 001 e 100, 120, 121,"
                    + " 888 o 999, e una cifra di controllo valida"));
        }

        /** An application breaking every rule with a message of its own, including the standard ones. */
        private Application everythingWrong() {
            Company company = new Company(" ", "IT00743110158", new Location("XK", "x".repeat(101), null),
                    Location.of("it"));
            FiscalYear year = new FiscalYear(1899, amount("10"), amount("10.01"), amount("1.005"), amount("-1"),
                    amount("-0.01"), null);
            Holder holder = new Holder(null, null, amount("100.01"), amount("-1"), amount("-1"), null, null, "gruppo 1");
            Ownership ownership = new Ownership(List.of(holder("A", HolderType.INDIVIDUAL, "60"),
                    holder("B", HolderType.INDIVIDUAL, "41"), holder), List.of(participation("-1")));
            return new Application(2, "bad id", null, company, null, null, List.of(year, year),
                    List.of(patent("WO123", PatentHolding.OWNED, PatentStatus.GRANTED, "2030-01-01")),
                    List.of(new Program(null, null, List.of()), new Program(null, "T", List.of("P", "P"))),
                    ownership);
        }

        @Test
        void noMessageIsLeftUninterpolated() {
            for (Locale locale : List.of(Locale.ROOT, Locale.ITALIAN)) {
                List<Violation> violations = new ApplicationValidator(TestValidators.inLocale(locale))
                        .validate(everythingWrong());

                assertThat(violations).hasSizeGreaterThan(25);
                assertThat(violations).extracting(Violation::message)
                        .allSatisfy(message -> assertThat(message).doesNotContain("$").doesNotContain("{it.esibe")
                                .doesNotContain("{jakarta").isNotBlank());
                assertThat(violations).extracting(Violation::path)
                        .allSatisfy(path -> assertThat(path).doesNotContain("<").doesNotContain(">"));
            }
        }

        @Test
        void everythingWrongIsReportedAtTheExpectedPaths() {
            assertThat(VALIDATOR.validate(everythingWrong())).extracting(Violation::path).containsExactly(
                    "applicationId",
                    "company.headquarters.country",
                    "company.legalSeat.country",
                    "company.legalSeat.region",
                    "company.name",
                    "company.vatNumber",
                    "fiscalYears[0].euInternationalGrants",
                    "fiscalYears[0].rdExpenditureItaly",
                    "fiscalYears[0].staffHeadcount",
                    "fiscalYears[0].turnover",
                    "fiscalYears[0].year",
                    "fiscalYears[1].euInternationalGrants",
                    "fiscalYears[1].rdExpenditureItaly",
                    "fiscalYears[1].staffHeadcount",
                    "fiscalYears[1].turnover",
                    "fiscalYears[1].year",
                    "fiscalYears[1].year",
                    "ownership.holders",
                    "ownership.holders[2].capitalShare",
                    "ownership.holders[2].group",
                    "ownership.holders[2].staffHeadcount",
                    "ownership.holders[2].type",
                    "ownership.holders[2].votingShare",
                    "ownership.participations[0].capitalShare",
                    "patents[0].licenceExpiresOn",
                    "patents[0].number",
                    "patents[0].status",
                    "programs[0].priorities",
                    "programs[0].technology",
                    "programs[1].priorities",
                    "schemaVersion",
                    "submittedOn",
                    "track");
        }

        @Test
        void standardConstraintsHaveMessagesOfTheirOwn() {
            Holder holder = new Holder("A", HolderType.INDIVIDUAL, amount("100.01"), null, amount("-1"), null, null, null);

            assertThat(VALIDATOR.validate(specExample().ownership(new Ownership(List.of(holder), List.of())).build()))
                    .containsExactly(
                            new Violation("ownership.holders[0].capitalShare", "must be a percentage from 0 to 100"),
                            new Violation("ownership.holders[0].staffHeadcount",
                                    "must be 0 or more annual work units"));
            assertThat(VALIDATOR.validate(specExample().programs(new Program(null, "T", List.of())).build()))
                    .containsExactly(new Violation("programs[0].priorities",
                            "must list at least one national priority code"));
        }

        @Test
        void accentedItalianTextSurvivesTheBundle() {
            ApplicationValidator italian = new ApplicationValidator(TestValidators.inLocale(Locale.ITALIAN));
            FiscalYear year = new FiscalYear(2024, amount("1.005"), null, null, null, null, null);

            assertThat(italian.validate(specExample().fiscalYears(year).build())).extracting(Violation::message)
                    .containsExactly("ha troppi decimali: un importo in euro ne ha al pi\u00f9 2 (i centesimi)");
        }
    }
}
