package it.esibe.rules;

import static it.esibe.rules.Apps.example;
import static it.esibe.rules.Apps.holder;
import static it.esibe.rules.Apps.participation;
import static it.esibe.rules.Apps.smeYear;
import static org.assertj.core.api.Assertions.assertThat;

import it.esibe.core.decision.Verdict;
import it.esibe.core.model.HolderType;
import it.esibe.rules.SmeAssessment.Basis;
import it.esibe.rules.SmeAssessment.Relation;
import java.math.BigDecimal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The SME test of ESIBE-RULES-v1 (Recommendation 2003/361/EC, Annex arts. 2–4; interim report §6). */
class SmeCalculatorTest {

    static final SmeCalculator SME = Esibe.smeCalculator();

    static SmeAssessment assess(Apps app) {
        return SME.assess(app.build(), 2024);
    }

    static Apps alone(String staff, String turnover, String balance) {
        return example().holders(holder("Founders", HolderType.INDIVIDUAL, "100"))
                .years(smeYear(2024, staff, turnover, balance));
    }

    @Nested
    class Ceilings {
        @ParameterizedTest(name = "staff {0}, turnover {1}, balance sheet {2} -> {3}")
        @CsvSource(nullValues = "-", value = {
            "249.99, 50000000.00, 43000000.00, PASS",
            "250, 1, 1, FAIL",                         // staff must be strictly below 250
            "249, 50000000.01, 43000000.00, PASS",     // turnover over, balance sheet within: or
            "249, 50000000.00, 43000000.01, PASS",
            "249, 50000000.01, 43000000.01, FAIL",
            "-, 50000000.01, 43000000.01, FAIL",       // Kleene: false and unknown is false
            "300, -, -, FAIL",
            "10, -, 43000000.00, PASS",                // Kleene: unknown or true is true
            "10, -, 43000000.01, UNKNOWN",
            "-, 1, 1, UNKNOWN",
            "10, -, -, UNKNOWN"})
        void threeValuedCeilingTest(String staff, String turnover, String balance, Verdict expected) {
            assertThat(assess(alone(staff, turnover, balance)).verdict()).isEqualTo(expected);
        }

        @Test
        void unknownWithoutTheReferenceYear() {
            SmeAssessment a = assess(alone("10", "1", "1").years(smeYear(2023, "10", "1", "1")));
            assertThat(a.verdict()).isEqualTo(Verdict.UNKNOWN);
            assertThat(a.basis()).isEqualTo(Basis.NO_FIGURES);
        }
    }

    @Nested
    class Corporate {
        @Test
        void anyPositiveCorporateCapitalShareWaivesTheRequirement() {
            Apps big = example().years(smeYear(2024, "5000", "900000000", "900000000"))
                    .holders(holder("Pharma Group S.p.A.", HolderType.CORPORATE, "0.01"),
                            holder("Founders", HolderType.INDIVIDUAL, "99.99"));
            assertThat(assess(big).verdict()).isEqualTo(Verdict.PASS);
            assertThat(assess(big).basis()).isEqualTo(Basis.CORPORATE_BACKED);
        }

        @Test
        void aCorporateHolderWithNoCapitalIsNotBackingButMayBeLinked() {
            Apps app = alone("100", "1", "1").holders(
                    holder("Group", HolderType.CORPORATE, "0", "60", "200", "1", "1"),
                    holder("Founders", HolderType.INDIVIDUAL, "100"));
            SmeAssessment a = assess(app);
            assertThat(a.basis()).isEqualTo(Basis.CEILINGS);
            assertThat(a.links().get(0).relation()).isEqualTo(Relation.LINKED);
            assertThat(a.referenceYear().staff()).isEqualByComparingTo("300");
            assertThat(a.verdict()).isEqualTo(Verdict.FAIL);
        }
    }

    @Nested
    class PublicBodies {
        @ParameterizedTest(name = "public capital {0}, voting {1} -> {2}")
        @CsvSource(nullValues = "-", value = {"25, -, FAIL", "24.99, -, PASS", "24.99, 25, FAIL", "10, 30, FAIL",
            "0, 24.99, PASS", "25, 10, FAIL"})
        void twentyFivePercentOfCapitalOrVotesExcludes(String capital, String voting, Verdict expected) {
            Apps app = alone("10", "1", "1").holders(holder("Regione", HolderType.PUBLIC_BODY, capital, voting, null,
                    null, null), holder("Founders", HolderType.INDIVIDUAL, "50"));
            assertThat(assess(app).verdict()).isEqualTo(expected);
        }

        @Test
        void publicBodiesAddUpAndDecideWhateverTheFigures() {
            Apps app = example().years().holders(holder("Comune", HolderType.PUBLIC_BODY, "12.5"),
                    holder("Provincia", HolderType.PUBLIC_BODY, "12.5"));
            assertThat(assess(app).verdict()).isEqualTo(Verdict.FAIL);
            assertThat(assess(app).basis()).isEqualTo(Basis.PUBLIC_BODIES);
        }
    }

    @Nested
    class Aggregation {
        @ParameterizedTest(name = "share {0} of an enterprise with 100 staff -> aggregated {1}")
        @CsvSource({"50.01, 200", "50, 150", "25, 125", "24.99, 100", "100, 200"})
        void linkedAddAllPartnersTheirShareAutonomousNothing(String share, String expectedStaff) {
            Apps app = alone("100", "1", "1").participations(participation("Sub S.r.l.", share, "100", "1", "1"));
            assertThat(assess(app).referenceYear().staff()).isEqualByComparingTo(expectedStaff);
        }

        @Test
        void exactlyFiftyIsPartnerAndAboveIsLinked() {
            Apps app = alone("10", "1", "1").holders(
                    holder("A", HolderType.OTHER_ENTERPRISE, "50", null, "100", "0", "0"),
                    holder("B", HolderType.OTHER_ENTERPRISE, "10", "50.01", "100", "0", "0"));
            SmeAssessment a = assess(app);
            assertThat(a.links()).extracting(SmeAssessment.Link::relation)
                    .containsExactly(Relation.PARTNER, Relation.LINKED);
            assertThat(a.referenceYear().staff()).isEqualByComparingTo("160");
        }

        @Test
        void qualifyingInvestorsAsPartnersAddNothingButLinkedInvestorsDo() {
            for (HolderType investor : new HolderType[] {HolderType.VENTURE_CAPITAL, HolderType.BUSINESS_ANGEL,
                HolderType.UNIVERSITY, HolderType.INSTITUTIONAL_INVESTOR, HolderType.PUBLIC_INVESTMENT_CORPORATION,
                HolderType.SMALL_LOCAL_AUTHORITY}) {
                Apps partner = alone("10", "1", "1").holders(holder("I", investor, "50", null, "1000", "1", "1"));
                assertThat(assess(partner).referenceYear().staff()).as(investor.name()).isEqualByComparingTo("10");
                Apps linked = alone("10", "1", "1").holders(holder("I", investor, "50.01", null, "1000", "1", "1"));
                assertThat(assess(linked).referenceYear().staff()).as(investor.name()).isEqualByComparingTo("1010");
            }
        }

        @Test
        void individualsAndPublicBodiesAreNeverAdded() {
            Apps app = alone("10", "1", "1").holders(
                    holder("Founder", HolderType.INDIVIDUAL, "80", null, "1000", "1", "1"),
                    holder("Ente", HolderType.PUBLIC_BODY, "20", null, "1000", "1", "1"));
            assertThat(assess(app).referenceYear().staff()).isEqualByComparingTo("10");
        }

        @Test
        void anAbsentFigureOfAnEnterpriseThatMustBeAddedMakesTheAggregateUnknown() {
            Apps app = alone("10", "1", "1").participations(participation("Sub", "30", null, "1", "1"));
            SmeAssessment a = assess(app);
            assertThat(a.referenceYear().staff()).isNull();
            assertThat(a.referenceYear().turnover()).isEqualByComparingTo("1.3");
            assertThat(a.verdict()).isEqualTo(Verdict.UNKNOWN);
            Apps autonomous = alone("10", "1", "1").participations(participation("Sub", "24", null, null, null));
            assertThat(assess(autonomous).verdict()).as("autonomous figures are not needed").isEqualTo(Verdict.PASS);
        }

        @Test
        void partnersAddExactlyTheirShareOfMoney() {
            Apps app = alone("10", "40000000", "1").participations(participation("P", "33.33", "0", "30000000.03", "0"));
            SmeAssessment a = assess(app);
            assertThat(a.referenceYear().turnover()).isEqualByComparingTo(new BigDecimal("49999000.0099990"));
        }
    }

    @Nested
    class TwoConsecutiveYears {
        @ParameterizedTest(name = "Y {0} staff, Y-1 {1} staff -> {2}")
        @CsvSource(nullValues = "-", value = {
            "300, 100, PASS",   // became large in Y only: status changes after two periods
            "100, 300, FAIL",   // became small in Y only
            "300, 300, FAIL",
            "100, 100, PASS"})
        void statusChangesOnlyAfterTwoConsecutiveYears(String staffY, String staffPrev, Verdict expected) {
            Apps app = alone(staffY, "1", "1").years(smeYear(2024, staffY, "1", "1"), smeYear(2023, staffPrev, "1", "1"));
            assertThat(assess(app).verdict()).isEqualTo(expected);
        }

        @Test
        void anAbsentOrUndecidablePreviousYearLeavesTheReferenceYearStanding() {
            assertThat(assess(alone("300", "1", "1")).verdict()).isEqualTo(Verdict.FAIL);
            Apps undecidable = alone("300", "1", "1").years(smeYear(2024, "300", "1", "1"), smeYear(2023, null, "1", "1"));
            assertThat(assess(undecidable).verdict()).isEqualTo(Verdict.FAIL);
            assertThat(assess(undecidable).basis()).isEqualTo(Basis.CEILINGS);
        }

        @Test
        void anUndecidableReferenceYearIsUnknownWhateverThePreviousYear() {
            Apps app = alone(null, "1", "1").years(smeYear(2024, null, "1", "1"), smeYear(2023, "10", "1", "1"));
            assertThat(assess(app).verdict()).isEqualTo(Verdict.UNKNOWN);
        }

        @Test
        void theCriterionExplainsBothYears() {
            Apps app = alone("300", "1", "1").years(smeYear(2024, "300", "1", "1"), smeYear(2023, "100", "1", "1"));
            var r = CriteriaBoundaryTest.result(app.build(), "ESIBE-SME");
            assertThat(r.result()).isEqualTo(Verdict.PASS);
            assertThat(r.message().en()).contains("2024: staff 300 AWU").contains("2023: staff 100 AWU")
                    .contains("two consecutive years");
            assertThat(r.message().it()).contains("2024: effettivi 300 ULA");
            assertThat(r.citation()).contains("§6");
        }
    }

    @Nested
    class Links {
        @Test
        void everyHolderAndParticipationIsListedWithItsRelationDirectionAndWeight() {
            Apps app = alone("10", "1", "1").holders(
                    holder(null, HolderType.OTHER_ENTERPRISE, "30", null, "0", "0", "0"),
                    holder("VC", HolderType.VENTURE_CAPITAL, "25", null, "0", "0", "0"),
                    holder("Founder", HolderType.INDIVIDUAL, "20"),
                    holder("Comune", HolderType.PUBLIC_BODY, "10", "24.99", null, null, null),
                    holder("Small", HolderType.OTHER_ENTERPRISE, "15", "24.99", null, null, null))
                    .participations(participation(null, "50.01", "0", "0", "0"));
            SmeAssessment a = assess(app);
            assertThat(a.links()).extracting(SmeAssessment.Link::name).containsExactly("holders[0]", "VC", "Founder",
                    "Comune", "Small", "participations[0]");
            assertThat(a.links()).extracting(SmeAssessment.Link::relation).containsExactly(Relation.PARTNER,
                    Relation.EXEMPT_INVESTOR, Relation.NOT_AN_ENTERPRISE, Relation.PUBLIC_BODY, Relation.AUTONOMOUS,
                    Relation.LINKED);
            assertThat(a.links()).extracting(SmeAssessment.Link::direction).containsExactly(
                    SmeAssessment.Direction.UPSTREAM, SmeAssessment.Direction.UPSTREAM,
                    SmeAssessment.Direction.UPSTREAM, SmeAssessment.Direction.UPSTREAM,
                    SmeAssessment.Direction.UPSTREAM, SmeAssessment.Direction.DOWNSTREAM);
            assertThat(a.links()).extracting(l -> l.weight().stripTrailingZeros().toPlainString())
                    .containsExactly("0.3", "0", "0", "0", "0", "1");
            assertThat(a.links()).extracting(l -> l.share().stripTrailingZeros().toPlainString())
                    .containsExactly("30", "25", "20", "24.99", "24.99", "50.01");
            assertThat(a.publicBodyCapital()).isEqualByComparingTo("10");
            assertThat(a.publicBodyVoting()).isEqualByComparingTo("24.99");
            assertThat(a.verdict()).isEqualTo(Verdict.PASS);
            assertThat(a.referenceYear().decided()).contains(true);
            assertThat(a.previousYear()).isNull();
        }

        @Test
        void publicBodySharesAreSummedEvenWhenSmeStatusIsNotRequired() {
            SmeCalculator notRequired = SmeCalculator.of(InterimParameters.values()
                    .with(InterimParameters.SME_REQUIRED, false));
            Apps app = alone("5000", "900000000", "900000000").holders(
                    holder("Comune", HolderType.PUBLIC_BODY, "30"), holder("Founders", HolderType.INDIVIDUAL, "70"));
            SmeAssessment a = notRequired.assess(app.build(), 2024);
            assertThat(a.verdict()).isEqualTo(Verdict.PASS);
            assertThat(a.basis()).isEqualTo(Basis.NOT_REQUIRED);
            assertThat(a.publicBodyCapital()).isEqualByComparingTo("30");
            assertThat(a.links()).hasSize(2);
            assertThat(a.referenceYear()).isNull();
        }

        @Test
        void theCeilingsAreParameters() {
            SmeCalculator small = SmeCalculator.of(InterimParameters.values()
                    .with(InterimParameters.SME_MAX_STAFF, new BigDecimal("50"))
                    .with(InterimParameters.SME_MAX_TURNOVER, new BigDecimal("10000000"))
                    .with(InterimParameters.SME_MAX_BALANCE_SHEET, new BigDecimal("10000000")));
            assertThat(small.assess(alone("49", "10000000", "99999999").build(), 2024).verdict())
                    .isEqualTo(Verdict.PASS);
            assertThat(small.assess(alone("50", "1", "1").build(), 2024).verdict()).isEqualTo(Verdict.FAIL);
            assertThat(small.assess(alone("49", "10000000.01", "10000000").build(), 2024).verdict())
                    .isEqualTo(Verdict.PASS);
            assertThat(small.assess(alone("49", "10000000.01", "10000000.01").build(), 2024).verdict())
                    .isEqualTo(Verdict.FAIL);
        }

        @Test
        void bothYearsAreReportedWithTheirFigures() {
            Apps app = alone("10", "1", "1").years(smeYear(2024, "10", "2", "3"), smeYear(2023, "300", "4", "5"));
            SmeAssessment a = assess(app);
            assertThat(a.basis()).isEqualTo(Basis.CEILINGS_PREVIOUS_YEAR_STANDS);
            assertThat(a.referenceYear().year()).isEqualTo(2024);
            assertThat(a.referenceYear().turnover()).isEqualByComparingTo("2");
            assertThat(a.referenceYear().balanceSheetTotal()).isEqualByComparingTo("3");
            assertThat(a.previousYear().year()).isEqualTo(2023);
            assertThat(a.previousYear().staff()).isEqualByComparingTo("300");
            assertThat(a.previousYear().withinCeilings()).isFalse();
            assertThat(a.previousYear().decided()).contains(false);
        }
    }
}
