package it.esibe.rules;

import static it.esibe.rules.Apps.example;
import static it.esibe.rules.Apps.grouped;
import static it.esibe.rules.Apps.holder;
import static it.esibe.rules.Apps.participation;
import static it.esibe.rules.Apps.smeYear;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.esibe.core.ConfigurationException;
import it.esibe.core.decision.Decision;
import it.esibe.core.decision.Outcome;
import it.esibe.core.decision.Verdict;
import it.esibe.core.model.HolderType;
import it.esibe.rules.SmeAssessment.Basis;
import it.esibe.rules.SmeAssessment.Relation;
import it.esibe.rules.SmeAssessment.YearTest;
import it.esibe.core.ruleset.Ruleset;
import java.math.BigDecimal;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The SME test of ESIBE-RULES-v1 as of spec v1.1 (Recommendation 2003/361/EC, Annex arts. 2–4; interim report §6). */
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

    /** The v1 reading of §6, still available through a reform ({@code sme.corporateBacking = WAIVE_TEST}). */
    static final SmeCalculator WAIVE = SmeCalculator.of(InterimParameters.values()
            .with(InterimParameters.SME_CORPORATE_BACKING, CorporateBacking.WAIVE_TEST));

    /**
     * ESIBE-SME, "Corporate backing", under the default {@code EXCLUDE_BACKERS} (spec v1.1): corporate
     * holders are left out of the aggregation whatever their share, the test runs on the rest.
     */
    @Nested
    class CorporateBackersLeftOut {

        @Test
        void theDefaultReadingIsExcludeBackers() {
            assertThat(InterimParameters.values().get(InterimParameters.SME_CORPORATE_BACKING)).isEqualTo(CorporateBacking.EXCLUDE_BACKERS);
            assertThat(assess(alone("10", "1", "1")).corporateBacking()).isEqualTo(CorporateBacking.EXCLUDE_BACKERS);
        }

        @Test
        void theInterimRulesetIsVersionTwoWithTheSameIdAndDate() {
            // ESIBE-CHANGES-v1.1, 1: "The ruleset esibe-2024-interim becomes version 2."
            assertThat(Rulesets.interim().id()).isEqualTo("esibe-2024-interim");
            assertThat(Rulesets.interim().version()).isEqualTo("2");
            assertThat(Rulesets.interim().effectiveFrom()).isEqualTo(java.time.LocalDate.of(2024, 10, 1));
            assertThat(Rulesets.interim().parameters().get(InterimParameters.SME_CORPORATE_BACKING))
                    .isEqualTo(CorporateBacking.EXCLUDE_BACKERS);
        }

        @Test
        void theParameterHashIsThatOfTheSpecsTableWithTheReadingByName() throws Exception {
            // ESIBE-RULES-v1 "Parameters" as of v1.1, one name=value line each in name order (RulesetParameters#sha256).
            String lines = "patents.acceptPending=false\nrd.italy.minShareExclusive=0.5\n"
                    + "rd.min.industrialEnvironmental=800000\nrd.min.precisionMedicine=2000000\n"
                    + "sme.corporateBacking=EXCLUDE_BACKERS\nsme.maxBalanceSheet=43000000\nsme.maxStaff=250\n"
                    + "sme.maxTurnover=50000000\nsme.required=true\n";
            String expected = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(lines.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            assertThat(Rulesets.interim().parametersSha256()).isEqualTo(expected);
        }

        @Test
        void aCompanyWithTenThousandStaffWhollyOwnedByACorporateIsNotAnSme() {
            // The loophole of v1 (ESIBE-CHANGES-v1.1, 1): it passed because a corporate held a stake.
            Apps big = example().years(smeYear(2024, "10000", "1000000000", "900000000"))
                    .holders(holder("Pharma Group S.p.A.", HolderType.CORPORATE, "100", null, "50000", "9000000000",
                            "9000000000"));
            SmeAssessment a = assess(big);
            assertThat(a.verdict()).isEqualTo(Verdict.FAIL);
            assertThat(a.basis()).isEqualTo(Basis.CEILINGS);
            assertThat(a.referenceYear().staff()).isEqualByComparingTo("10000");
            assertThat(a.links()).extracting(SmeAssessment.Link::relation).containsExactly(Relation.CORPORATE_BACKER);
            assertThat(a.corporateBackersLeftOut()).extracting(SmeAssessment.Link::name)
                    .containsExactly("Pharma Group S.p.A.");
        }

        @Test
        void aTokenCorporateStakeChangesNothing() {
            Apps without = example().years(smeYear(2024, "5000", "900000000", "900000000"))
                    .holders(holder("Founders", HolderType.INDIVIDUAL, "100"));
            Apps token = example().years(smeYear(2024, "5000", "900000000", "900000000"))
                    .holders(holder("Pharma Group S.p.A.", HolderType.CORPORATE, "0.01", null, "1", "1", "1"),
                            holder("Founders", HolderType.INDIVIDUAL, "99.99"));
            assertThat(assess(token).verdict()).isEqualTo(assess(without).verdict()).isEqualTo(Verdict.FAIL);
            assertThat(assess(token).referenceYear().aggregated()).isEqualTo(assess(without).referenceYear().aggregated());
        }

        @ParameterizedTest(name = "capital {0}, voting {1}")
        @CsvSource(nullValues = "-", value = {"0.01, -", "24.99, -", "25, -", "50, -", "50.01, -", "100, -", "0, 60",
            "10, 100"})
        void aCorporatesFiguresAreNeverAddedWhateverItsShare(String capital, String voting) {
            Apps app = alone("10", "1", "1").holders(holder("Pharma Group S.p.A.", HolderType.CORPORATE, capital, voting,
                    "5000", "900000000", "900000000"));
            SmeAssessment a = assess(app);
            assertThat(a.referenceYear().aggregated()).isEqualTo(new SmeAssessment.Figures(new BigDecimal("10"),
                    new BigDecimal("1"), new BigDecimal("1")));
            assertThat(a.referenceYear().contributions()).isEmpty();
            assertThat(a.verdict()).as("a start-up is no longer disqualified by its backer's figures")
                    .isEqualTo(Verdict.PASS);
        }

        @Test
        void aCompanyLargeThroughItsOtherLinksIsStillNotAnSme() {
            // A corporate at 40 % and another enterprise at 30 % (a partner: 30 % of 1 000 staff added).
            Apps app = alone("10", "1", "1").holders(
                    holder("Pharma Group S.p.A.", HolderType.CORPORATE, "40", null, "5000", "1", "1"),
                    holder("Holding S.p.A.", HolderType.OTHER_ENTERPRISE, "30", null, "1000", "1", "1"));
            SmeAssessment a = assess(app);
            assertThat(a.links()).extracting(SmeAssessment.Link::relation)
                    .containsExactly(Relation.CORPORATE_BACKER, Relation.PARTNER);
            assertThat(a.referenceYear().staff()).isEqualByComparingTo("310");
            assertThat(a.verdict()).isEqualTo(Verdict.FAIL);
        }

        @Test
        void aCompanyWithoutCorporateHoldersIsTestedAsUnderEitherReading() {
            Apps app = alone("200", "1", "1").holders(holder("Holding S.p.A.", HolderType.OTHER_ENTERPRISE, "60", null,
                    "100", "1", "1"));
            assertThat(assess(app)).usingRecursiveComparison().ignoringFields("corporateBacking")
                    .isEqualTo(WAIVE.assess(app.build(), 2024));
            assertThat(assess(app).verdict()).isEqualTo(Verdict.FAIL);
        }

        @Test
        void thePublicBodyRuleStillApplies() {
            Apps app = alone("10", "1", "1").holders(holder("Pharma Group S.p.A.", HolderType.CORPORATE, "75"),
                    holder("Regione", HolderType.PUBLIC_BODY, "25"));
            assertThat(assess(app).basis()).isEqualTo(Basis.PUBLIC_BODIES);
            assertThat(assess(app).verdict()).isEqualTo(Verdict.FAIL);
        }
    }

    /** ESIBE-SME, "Corporate backing", under {@code WAIVE_TEST}: the v1 reading, through a parameter. */
    @Nested
    class WaiveTest {

        @Test
        void anyPositiveCorporateCapitalShareWaivesTheRequirement() {
            Apps big = example().years(smeYear(2024, "5000", "900000000", "900000000"))
                    .holders(holder("Pharma Group S.p.A.", HolderType.CORPORATE, "0.01"),
                            holder("Founders", HolderType.INDIVIDUAL, "99.99"));
            assertThat(WAIVE.assess(big.build(), 2024).verdict()).isEqualTo(Verdict.PASS);
            assertThat(WAIVE.assess(big.build(), 2024).basis()).isEqualTo(Basis.CORPORATE_BACKED);
            assertThat(WAIVE.assess(big.build(), 2024).corporateBacking()).isEqualTo(CorporateBacking.WAIVE_TEST);
        }

        @Test
        void aCorporateHolderWithNoCapitalIsNotBackingButMayBeLinked() {
            Apps app = alone("100", "1", "1").holders(
                    holder("Group", HolderType.CORPORATE, "0", "60", "200", "1", "1"),
                    holder("Founders", HolderType.INDIVIDUAL, "100"));
            SmeAssessment a = WAIVE.assess(app.build(), 2024);
            assertThat(a.basis()).isEqualTo(Basis.CEILINGS);
            assertThat(a.links().get(0).relation()).isEqualTo(Relation.LINKED);
            assertThat(a.referenceYear().staff()).isEqualByComparingTo("300");
            assertThat(a.verdict()).isEqualTo(Verdict.FAIL);
            // Under the default the same holder is left out: 100 staff, an SME.
            assertThat(assess(app).links().get(0).relation()).isEqualTo(Relation.CORPORATE_BACKER);
            assertThat(assess(app).verdict()).isEqualTo(Verdict.PASS);
        }

        @Test
        void aReformRestoresTheV1ReadingLikeAnyOtherParameter() {
            Ruleset v1Reading = Rulesets.interim().derive("esibe-test-waive")
                    .parameter(InterimParameters.SME_CORPORATE_BACKING, CorporateBacking.WAIVE_TEST).build();
            Apps owned = example().years(smeYear(2024, "10000", "1000000000", "900000000"))
                    .holders(holder("Pharma Group S.p.A.", HolderType.CORPORATE, "100"));
            Decision underReform = Esibe.evaluator().ruleset(v1Reading).build().evaluate(owned.build());
            Decision underDefault = Esibe.evaluator().build().evaluate(owned.build());
            assertThat(underReform.criterion(CriterionIds.SME).orElseThrow().result()).isEqualTo(Verdict.PASS);
            assertThat(underReform.outcome()).isEqualTo(Outcome.ELIGIBLE);
            assertThat(underDefault.criterion(CriterionIds.SME).orElseThrow().result()).isEqualTo(Verdict.FAIL);
            assertThat(underDefault.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
            assertThat(underReform.parametersSha256()).isNotEqualTo(underDefault.parametersSha256());
            // The string path of reforms read from files reaches the same ruleset, and names the readings.
            assertThat(Rulesets.interim().derive("esibe-test-waive").parameter("sme.corporateBacking", "WAIVE_TEST")
                    .build().parametersSha256()).isEqualTo(v1Reading.parametersSha256());
            assertThatThrownBy(() -> Rulesets.interim().derive("wrong").parameter("sme.corporateBacking", "waive"))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessage("parameter sme.corporateBacking is one of EXCLUDE_BACKERS, WAIVE_TEST; got \"waive\"");
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
        void aWhollyOwnedSubsidiaryAlwaysCountsInFull() {
            // The loophole of issue 11 (ESIBE-CHANGES-v1.1, 3): a participation has no type, so a 100 %
            // subsidiary with 5 000 staff and EUR 1 bn turnover can no longer be left out.
            Apps app = alone("10", "1000000", "1000000").participations(participation("Controllata S.p.A.", "100",
                    "5000", "1000000000", "1000000000"));
            SmeAssessment a = assess(app);
            assertThat(a.links()).filteredOn(l -> l.direction() == SmeAssessment.Direction.DOWNSTREAM).singleElement()
                    .satisfies(l -> {
                assertThat(l.relation()).isEqualTo(Relation.LINKED);
                assertThat(l.type()).isNull();
            });
            assertThat(a.referenceYear().staff()).isEqualByComparingTo("5010");
            assertThat(a.verdict()).isEqualTo(Verdict.FAIL);
            // At 40 % it is a partner, never an exempt investor: 40 % of its figures are added.
            Apps partner = alone("10", "1000000", "1000000").participations(participation("Partecipata S.p.A.", "40",
                    "5000", "1000000000", "1000000000"));
            assertThat(assess(partner).links().get(1).relation()).isEqualTo(Relation.PARTNER);
            assertThat(assess(partner).referenceYear().staff()).isEqualByComparingTo("2010");
            assertThat(assess(partner).verdict()).isEqualTo(Verdict.FAIL);
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

    /**
     * ESIBE-SME rule 2, "Joint holdings" (spec v1.1; Annex art. 3(2) last sentence and 3(3)): holders
     * sharing a {@code group} are judged on the group's share {@code g}, the higher of the sum of
     * their capital shares and the sum of their voting shares.
     */
    @Nested
    class JointHoldings {

        @Test
        void aUniversityAndAPublicInvestmentCorporationLinkedToEachOtherCountInFull() {
            // The spec's first example: 25 % + 30 % = 55 %, so both are linked, investors or not.
            Apps app = alone("10", "1", "1").holders(
                    grouped("pubblici", "Ateneo", HolderType.UNIVERSITY, "25", null, "100", "1000", "1000"),
                    grouped("pubblici", "Finanziaria", HolderType.PUBLIC_INVESTMENT_CORPORATION, "30", null, "20", "10",
                            "10"));
            SmeAssessment a = assess(app);
            assertThat(a.groups()).singleElement().satisfies(g -> {
                assertThat(g.name()).isEqualTo("pubblici");
                assertThat(g.share()).isEqualByComparingTo("55");
                assertThat(g.relation()).isEqualTo(Relation.LINKED);
            });
            assertThat(a.links()).extracting(SmeAssessment.Link::relation).containsOnly(Relation.LINKED);
            assertThat(a.links()).extracting(SmeAssessment.Link::group).containsOnly("pubblici");
            assertThat(a.referenceYear().staff()).isEqualByComparingTo("130");
            assertThat(a.referenceYear().turnover()).isEqualByComparingTo("1011");
            assertThat(a.referenceYear().addedBy(a.groups().get(0))).isEqualTo(new SmeAssessment.Figures(
                    new BigDecimal("120"), new BigDecimal("1010"), new BigDecimal("1010")));
            // Without the group each is an exempt investor of art. 3(2) and nothing is added (v1).
            Apps apart = alone("10", "1", "1").holders(
                    holder("Ateneo", HolderType.UNIVERSITY, "25", null, "100", "1000", "1000"),
                    holder("Finanziaria", HolderType.PUBLIC_INVESTMENT_CORPORATION, "30", null, "20", "10", "10"));
            assertThat(assess(apart).links()).extracting(SmeAssessment.Link::relation)
                    .containsOnly(Relation.EXEMPT_INVESTOR);
            assertThat(assess(apart).referenceYear().staff()).isEqualByComparingTo("10");
        }

        @Test
        void threeEnterprisesOfOneGroupWithTwentyPercentEachCountInFull() {
            // The spec's second example: 3 x 20 % = 60 %.
            Apps app = alone("10", "1", "1").holders(
                    grouped("gruppo", "B", HolderType.OTHER_ENTERPRISE, "20", null, "100", "1", "1"),
                    grouped("gruppo", "C", HolderType.OTHER_ENTERPRISE, "20", null, "100", "1", "1"),
                    grouped("gruppo", "D", HolderType.OTHER_ENTERPRISE, "20", null, "100", "1", "1"));
            SmeAssessment a = assess(app);
            assertThat(a.groups()).singleElement().extracting(SmeAssessment.Group::share)
                    .isEqualTo(new BigDecimal("60"));
            assertThat(a.links()).extracting(SmeAssessment.Link::weight).containsOnly(BigDecimal.ONE);
            assertThat(a.referenceYear().staff()).isEqualByComparingTo("310");
            assertThat(a.verdict()).isEqualTo(Verdict.FAIL);
            Apps apart = alone("10", "1", "1").holders(
                    holder("B", HolderType.OTHER_ENTERPRISE, "20", null, "100", "1", "1"),
                    holder("C", HolderType.OTHER_ENTERPRISE, "20", null, "100", "1", "1"),
                    holder("D", HolderType.OTHER_ENTERPRISE, "20", null, "100", "1", "1"));
            assertThat(assess(apart).links()).extracting(SmeAssessment.Link::relation)
                    .containsOnly(Relation.AUTONOMOUS);
            assertThat(assess(apart).verdict()).isEqualTo(Verdict.PASS);
        }

        @Test
        void aPartnerGroupAddsItsCombinedShareOfEachMemberButNothingOfItsInvestors() {
            // 20 % + 20 % = 40 %: the enterprise adds 40 % of its 100 staff, the venture capital nothing.
            Apps app = alone("10", "1", "1").holders(
                    grouped("G", "Holding", HolderType.OTHER_ENTERPRISE, "20", null, "100", "1000", "1000"),
                    grouped("G", "Fondo", HolderType.VENTURE_CAPITAL, "20", null, "1000", "1000", "1000"));
            SmeAssessment a = assess(app);
            assertThat(a.groups().get(0).relation()).isEqualTo(Relation.PARTNER);
            assertThat(a.links()).extracting(SmeAssessment.Link::relation)
                    .containsExactly(Relation.PARTNER, Relation.EXEMPT_INVESTOR);
            assertThat(a.links().get(0).weight()).isEqualByComparingTo("0.4");
            assertThat(a.links().get(0).share()).as("its own share").isEqualByComparingTo("20");
            assertThat(a.referenceYear().staff()).isEqualByComparingTo("50");
            assertThat(a.referenceYear().turnover()).isEqualByComparingTo("401");
        }

        @ParameterizedTest(name = "{0} + {1} -> {2}")
        @CsvSource({"25, 25, 50, PARTNER, 60", "25, 25.01, 50.01, LINKED, 110", "12.5, 12.5, 25, PARTNER, 35",
            "12.5, 12.49, 24.99, AUTONOMOUS, 10"})
        void theThresholdsApplyToTheCombinedShare(String a, String b, String g, Relation relation, String staff) {
            Apps app = alone("10", "1", "1").holders(
                    grouped("G", "A", HolderType.OTHER_ENTERPRISE, a, null, "50", "1", "1"),
                    grouped("G", "B", HolderType.OTHER_ENTERPRISE, b, null, "50", "1", "1"));
            SmeAssessment s = assess(app);
            assertThat(s.groups().get(0).share()).isEqualByComparingTo(g);
            assertThat(s.groups().get(0).relation()).isEqualTo(relation);
            assertThat(s.referenceYear().staff()).isEqualByComparingTo(staff);
        }

        @Test
        void theGroupShareIsTheHigherOfTheSumsNotTheSumOfTheHigherShares() {
            // Capital 40 + 0 = 40, voting 0 + 40 = 40: g = 40, a partner group (not 80, linked).
            Apps app = alone("10", "1", "1").holders(
                    grouped("G", "A", HolderType.OTHER_ENTERPRISE, "40", "0", "100", "1", "1"),
                    grouped("G", "B", HolderType.OTHER_ENTERPRISE, "0", "40", "100", "1", "1"));
            SmeAssessment a = assess(app);
            assertThat(a.groups().get(0).capitalShare()).isEqualByComparingTo("40");
            assertThat(a.groups().get(0).votingShare()).isEqualByComparingTo("40");
            assertThat(a.groups().get(0).share()).isEqualByComparingTo("40");
            assertThat(a.referenceYear().staff()).isEqualByComparingTo("90");
            // Voting defaults to capital: 20 (votes 40) + 20 (votes 20) -> capital 40, voting 60 -> linked.
            Apps votes = alone("10", "1", "1").holders(
                    grouped("G", "A", HolderType.OTHER_ENTERPRISE, "20", "40", "100", "1", "1"),
                    grouped("G", "B", HolderType.OTHER_ENTERPRISE, "20", null, "100", "1", "1"));
            assertThat(assess(votes).groups().get(0).share()).isEqualByComparingTo("60");
            assertThat(assess(votes).referenceYear().staff()).isEqualByComparingTo("210");
        }

        @Test
        void naturalPersonsCountTowardsTheGroupShareButAddNoFigures() {
            // A family (40 %) acting jointly with its holding company (20 %): 60 %, the company is linked.
            Apps app = alone("10", "1", "1").holders(
                    grouped("famiglia", "Rossi", HolderType.INDIVIDUAL, "40", null, "9999", "1", "1"),
                    grouped("famiglia", "Rossi Holding", HolderType.OTHER_ENTERPRISE, "20", null, "100", "1", "1"));
            SmeAssessment a = assess(app);
            assertThat(a.groups().get(0).share()).isEqualByComparingTo("60");
            assertThat(a.links()).extracting(SmeAssessment.Link::relation)
                    .containsExactly(Relation.NOT_AN_ENTERPRISE, Relation.LINKED);
            assertThat(a.referenceYear().staff()).isEqualByComparingTo("110");
        }

        @Test
        void publicBodiesCountOnlyInThePublicBodyRule() {
            // 20 % public + 40 % enterprise: g = 40 (partner), not 60; 20 % public is below 25 %.
            Apps app = alone("10", "1", "1").holders(
                    grouped("G", "Comune", HolderType.PUBLIC_BODY, "20", null, "9999", "1", "1"),
                    grouped("G", "Multiutility S.p.A.", HolderType.OTHER_ENTERPRISE, "40", null, "100", "1", "1"));
            SmeAssessment a = assess(app);
            assertThat(a.groups().get(0).share()).isEqualByComparingTo("40");
            assertThat(a.links()).extracting(SmeAssessment.Link::relation)
                    .containsExactly(Relation.PUBLIC_BODY, Relation.PARTNER);
            assertThat(a.referenceYear().staff()).isEqualByComparingTo("50");
            assertThat(a.publicBodyCapital()).isEqualByComparingTo("20");
            Apps more = alone("10", "1", "1").holders(
                    grouped("G", "Comune", HolderType.PUBLIC_BODY, "25", null, null, null, null),
                    grouped("G", "Multiutility S.p.A.", HolderType.OTHER_ENTERPRISE, "40", null, "1", "1", "1"));
            assertThat(assess(more).basis()).isEqualTo(Basis.PUBLIC_BODIES);
        }

        @Test
        void corporateMembersAreLeftOutEntirelyUnderExcludeBackers() {
            // Corporate 0 % capital and 30 % votes, enterprise 30 %: under the default g = 30 (partner),
            // the corporate's figures never added; under WAIVE_TEST g = max(30, 60) = 60, both linked.
            Apps app = alone("10", "1", "1").holders(
                    grouped("G", "Pharma Group S.p.A.", HolderType.CORPORATE, "0", "30", "5000", "1", "1"),
                    grouped("G", "Holding S.p.A.", HolderType.OTHER_ENTERPRISE, "30", null, "100", "1", "1"));
            SmeAssessment a = assess(app);
            assertThat(a.groups().get(0).share()).isEqualByComparingTo("30");
            assertThat(a.links()).extracting(SmeAssessment.Link::relation)
                    .containsExactly(Relation.CORPORATE_BACKER, Relation.PARTNER);
            assertThat(a.referenceYear().staff()).isEqualByComparingTo("40");
            SmeAssessment waived = WAIVE.assess(app.build(), 2024);
            assertThat(waived.groups().get(0).share()).isEqualByComparingTo("60");
            assertThat(waived.referenceYear().staff()).isEqualByComparingTo("5110");
        }

        @Test
        void groupValuesMatchExactlyWithLetterCase() {
            Apps app = alone("10", "1", "1").holders(
                    grouped("Gruppo", "A", HolderType.OTHER_ENTERPRISE, "30", null, "100", "1", "1"),
                    grouped("gruppo", "B", HolderType.OTHER_ENTERPRISE, "30", null, "100", "1", "1"));
            SmeAssessment a = assess(app);
            assertThat(a.groups()).as("two groups of one holder each").isEmpty();
            assertThat(a.links()).extracting(SmeAssessment.Link::relation).containsOnly(Relation.PARTNER);
            assertThat(a.referenceYear().staff()).isEqualByComparingTo("70");
            Apps same = alone("10", "1", "1").holders(
                    grouped("gruppo", "A", HolderType.OTHER_ENTERPRISE, "30", null, "100", "1", "1"),
                    grouped("gruppo", "B", HolderType.OTHER_ENTERPRISE, "30", null, "100", "1", "1"));
            assertThat(assess(same).referenceYear().staff()).isEqualByComparingTo("210");
        }

        @Test
        void aGroupOfOneIsThatHolderAlone() {
            Apps grouped = alone("10", "1", "1").holders(
                    grouped("solo", "Fondo", HolderType.VENTURE_CAPITAL, "40", null, "1000", "1", "1"),
                    holder("Holding", HolderType.OTHER_ENTERPRISE, "30", null, "100", "1", "1"));
            Apps plain = alone("10", "1", "1").holders(
                    holder("Fondo", HolderType.VENTURE_CAPITAL, "40", null, "1000", "1", "1"),
                    holder("Holding", HolderType.OTHER_ENTERPRISE, "30", null, "100", "1", "1"));
            assertThat(assess(grouped)).isEqualTo(assess(plain));
            assertThat(assess(grouped).links().get(0).relation()).isEqualTo(Relation.EXEMPT_INVESTOR);
        }

        @Test
        void aFigureOfAMemberThatMustBeAddedIsNeeded() {
            // 20 % + 20 %: A is a partner at 40 % and its staff is needed; B, an exempt investor, adds nothing.
            Apps app = alone("10", "1", "1").holders(
                    grouped("G", "A", HolderType.OTHER_ENTERPRISE, "20", null, null, "1", "1"),
                    grouped("G", "B", HolderType.VENTURE_CAPITAL, "20", null, null, null, null));
            SmeAssessment a = assess(app);
            assertThat(a.referenceYear().staff()).isNull();
            assertThat(a.referenceYear().missing()).singleElement().satisfies(m -> {
                assertThat(m.figure()).isEqualTo(SmeAssessment.Figure.STAFF);
                assertThat(m.of().name()).isEqualTo("A");
            });
            assertThat(a.referenceYear().addedBy(a.groups().get(0)).staff()).isNull();
        }
    }

    /**
     * ESIBE-SME rule 2: "An aggregated figure is unknown when the company's own figure for that
     * year, or that figure of any enterprise that must be added, is absent."
     */
    @Nested
    class UnknownFigures {

        @Test
        void theMissingFiguresAreNamedWithWhoseTheyAre() {
            Apps app = example().years(smeYear(2024, "10", null, "1"))
                    .holders(holder("Holding", HolderType.OTHER_ENTERPRISE, "30", null, null, "1", "1"),
                            holder("Ente", HolderType.PUBLIC_BODY, "10", null, null, null, null))
                    .participations(participation("Sub", "60", "5", null, "1"),
                            participation("Piccola", "10", null, null, null));
            YearTest y = assess(app).referenceYear();
            assertThat(y.missing()).extracting(m -> m.figure() + " " + (m.of() == null ? "own" : m.of().name()))
                    .containsExactly("STAFF Holding", "TURNOVER own", "TURNOVER Sub");
            assertThat(y.aggregated()).isEqualTo(new SmeAssessment.Figures(null, null, new BigDecimal("2.3")));
            assertThat(y.own()).isEqualTo(new SmeAssessment.Figures(new BigDecimal("10"), null, BigDecimal.ONE));
            assertThat(y.contributions()).extracting(c -> c.link().name()).containsExactly("Holding", "Sub");
            assertThat(y.contributions().get(0).added()).isEqualTo(new SmeAssessment.Figures(null,
                    new BigDecimal("0.3"), new BigDecimal("0.3")));
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
            assertThat(a.links()).extracting(SmeAssessment.Link::name).containsExactly(null, "VC", "Founder",
                    "Comune", "Small", null);
            assertThat(a.links()).extracting(SmeAssessment.Link::index).containsExactly(0, 1, 2, 3, 4, 0);
            assertThat(a.links()).extracting(SmeAssessment.Link::type).containsExactly(HolderType.OTHER_ENTERPRISE,
                    HolderType.VENTURE_CAPITAL, HolderType.INDIVIDUAL, HolderType.PUBLIC_BODY,
                    HolderType.OTHER_ENTERPRISE, null);
            assertThat(a.links()).extracting(SmeAssessment.Link::group).containsOnlyNulls();
            assertThat(a.groups()).isEmpty();
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
