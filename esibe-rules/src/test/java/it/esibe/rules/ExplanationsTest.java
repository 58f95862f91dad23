package it.esibe.rules;

import it.esibe.core.ruleset.ParameterKey;
import it.esibe.core.ruleset.Ruleset;
import static it.esibe.rules.Apps.example;
import static it.esibe.rules.Apps.holder;
import static it.esibe.rules.Apps.smeYear;
import static it.esibe.rules.Apps.year;
import static org.assertj.core.api.Assertions.assertThat;

import it.esibe.core.decision.CriterionResult;
import it.esibe.core.decision.Decision;
import it.esibe.core.decision.Verdict;
import it.esibe.core.model.DevelopmentStage;
import it.esibe.core.model.FiscalYear;
import it.esibe.core.model.HolderType;
import it.esibe.core.model.Location;
import it.esibe.core.model.Participation;
import it.esibe.core.model.Patent;
import it.esibe.core.model.PatentHolding;
import it.esibe.core.model.PatentStatus;
import it.esibe.core.model.Program;
import it.esibe.core.model.Track;
import it.esibe.core.spi.Criterion;
import it.esibe.core.spi.CriterionContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * ESIBE-RULES-v1, "Outcomes": every criterion result carries an explanation in Italian and in
 * English naming the figures used, the citation of the report section, and for a failure the
 * remedy where one exists. Amounts are written as each language writes them (ESIBE-FORMAT-v1:
 * {@code 1.650.000,00 EUR} and {@code EUR 1,650,000.00}).
 */
class ExplanationsTest {

    static CriterionResult result(Apps app, String id) {
        return CriteriaBoundaryTest.result(app.build(), id);
    }

    static CriterionResult result(Ruleset ruleset, Apps app, String id) {
        Decision d = Esibe.evaluator().ruleset(ruleset).build().evaluate(app.build());
        assertThat(d.violations()).as("the test application must be valid").isEmpty();
        return d.criterion(id).orElseThrow();
    }

    static <T> Ruleset with(ParameterKey<T> parameter, T value) {
        return Rulesets.interim().withParameters("test", InterimParameters.values().with(parameter, value));
    }

    static Apps industrial() {
        return example().track(Track.INDUSTRIAL_ENVIRONMENTAL)
                .programs(new Program("Enzymes", "TEC-PRECISION-FERMENTATION", List.of("IND-BIOMOLECULES")));
    }

    @Nested
    class RdMin {

        @Test
        void aPassNamesTheExpenditureAndTheThreshold() {
            CriterionResult r = result(example().years(year(2024, "2000000", "2000000", null, "1", "1", "1")),
                    CriterionIds.RD_MIN);
            assertThat(r.result()).isEqualTo(Verdict.PASS);
            assertThat(r.message().en()).contains("2024").contains("EUR 2,000,000.00");
            assertThat(r.message().it()).contains("2024").contains("2.000.000,00 EUR");
            assertThat(r.remedy()).isNull();
        }

        @Test
        void anUnknownExpenditureNamesTheYearAndTheThreshold() {
            CriterionResult r = result(example().years(year(2024, null, null, null, "1", "1", "1")),
                    CriterionIds.RD_MIN);
            assertThat(r.result()).isEqualTo(Verdict.UNKNOWN);
            assertThat(r.message().en()).contains("2024").contains("EUR 2,000,000.00");
            assertThat(r.message().it()).contains("2024").contains("2.000.000,00 EUR");
        }

        @Test
        void aMissingYearIsNamed() {
            CriterionResult r = result(example().years(), CriterionIds.RD_MIN);
            assertThat(r.result()).isEqualTo(Verdict.UNKNOWN);
            assertThat(r.message().en()).contains("2024");
            assertThat(r.message().it()).contains("2024");
        }

        @Test
        void theGrantRouteNamesTheGrants() {
            CriterionResult r = result(industrial().years(year(2024, "100", null, "800000", "1", "1", "1")),
                    CriterionIds.RD_MIN);
            assertThat(r.result()).isEqualTo(Verdict.PASS);
            assertThat(r.message().en()).contains("EUR 800,000.00").doesNotContain("EUR 100.00");
            assertThat(r.message().it()).contains("800.000,00 EUR");
        }

        @Test
        void anIndustrialExpenditurePassNamesTheExpenditure() {
            CriterionResult r = result(industrial().years(year(2024, "800000.01", null, "5", "1", "1", "1")),
                    CriterionIds.RD_MIN);
            assertThat(r.result()).isEqualTo(Verdict.PASS);
            assertThat(r.message().en()).contains("EUR 800,000.01").contains("EUR 800,000.00");
        }

        @Test
        void anIndustrialFailureNamesBothRoutesAndTheAmountMissingOnTheExpenditureRoute() {
            CriterionResult r = result(industrial().years(year(2024, "500000", null, "700000", "1", "1", "1")),
                    CriterionIds.RD_MIN);
            assertThat(r.result()).isEqualTo(Verdict.FAIL);
            assertThat(r.message().en()).contains("EUR 500,000.00").contains("EUR 700,000.00")
                    .contains("EUR 800,000.00");
            assertThat(r.message().it()).contains("500.000,00 EUR").contains("700.000,00 EUR");
            assertThat(r.remedy().missingAmount()).contains(new BigDecimal("300000.00"));
        }

        @Test
        void anIndustrialUnknownNamesTheGrantsCountedAsZeroWhenAbsent() {
            CriterionResult r = result(industrial().years(year(2024, null, null, null, "1", "1", "1")),
                    CriterionIds.RD_MIN);
            assertThat(r.result()).isEqualTo(Verdict.UNKNOWN);
            assertThat(r.message().en()).contains("EUR 0.00").contains("EUR 800,000.00");
        }

        @Test
        void theThresholdsAreParameters() {
            Ruleset lower = with(InterimParameters.RD_MIN_PRECISION_MEDICINE, new BigDecimal("1000000.00"));
            Apps app = example().years(year(2024, "1000000", "1000000", null, "1", "1", "1"));
            assertThat(result(app, CriterionIds.RD_MIN).result()).isEqualTo(Verdict.FAIL);
            assertThat(result(lower, app, CriterionIds.RD_MIN).result()).isEqualTo(Verdict.PASS);
            Ruleset higher = with(InterimParameters.RD_MIN_INDUSTRIAL_ENVIRONMENTAL, new BigDecimal("900000.00"));
            Apps grants = industrial().years(year(2024, "850000", null, "850000", "1", "1", "1"));
            assertThat(result(grants, CriterionIds.RD_MIN).result()).isEqualTo(Verdict.PASS);
            CriterionResult r = result(higher, grants, CriterionIds.RD_MIN);
            assertThat(r.result()).isEqualTo(Verdict.FAIL);
            assertThat(r.remedy().missingAmount()).contains(new BigDecimal("50000.00"));
        }
    }

    @Nested
    class RdItaly {

        @Test
        void aPassNamesBothAmountsAndTheShare() {
            CriterionResult r = result(example().years(year(2024, "2000000", "1500000", null, "1", "1", "1")),
                    CriterionIds.RD_ITALY);
            assertThat(r.result()).isEqualTo(Verdict.PASS);
            assertThat(r.message().en()).contains("2024").contains("EUR 1,500,000.00").contains("EUR 2,000,000.00")
                    .contains("75.00%").contains("more than 50%");
            assertThat(r.message().it()).contains("1.500.000,00 EUR").contains("2.000.000,00 EUR").contains("75,00%");
        }

        @Test
        void aFailureNamesTheShareAndTheLeastItalianAmountMissing() {
            CriterionResult r = result(example().years(year(2024, "2000000", "999999.99", null, "1", "1", "1")),
                    CriterionIds.RD_ITALY);
            assertThat(r.result()).isEqualTo(Verdict.FAIL);
            // 49.9999995%, not a rounded 50.00% that would read as exactly half (ESIBE-CHANGES-v1.1, point 7).
            assertThat(r.message().en()).contains("EUR 999,999.99").contains("(49.9999995%)").doesNotContain("50.00%");
            // Strictly more than half of 2 000 000.00 is at least 1 000 000.01.
            assertThat(r.remedy().missingAmount()).contains(new BigDecimal("0.02"));
            // New R&D in Italy grows the total too: T - 2I + 0.01 = 2 000 000 - 1 999 999.98 + 0.01.
            assertThat(r.remedy().additionalAmount()).contains(new BigDecimal("0.03"));
        }

        @Test
        void aFailureGivesBothRemediesOfTheSpecsExampleAndSaysWhichIsWhich() {
            // ESIBE-RULES-v1 (v1.1), ESIBE-RD-ITALY: I = 999 800, T = 2 000 000 -> 200.01 moved, 400.01 new.
            CriterionResult r = result(example().years(year(2024, "2000000", "999800", null, "1", "1", "1")),
                    CriterionIds.RD_ITALY);
            assertThat(r.result()).isEqualTo(Verdict.FAIL);
            assertThat(r.remedy().missingAmount()).contains(new BigDecimal("200.01"));
            assertThat(r.remedy().additionalAmount()).contains(new BigDecimal("400.01"));
            assertThat(r.remedy().values()).containsOnlyKeys("missingAmount", "additionalAmount");
            assertThat(r.message().en()).contains("EUR 999,800.00").contains("EUR 2,000,000.00")
                    .contains("moving at least EUR 200.01 of it from abroad to Italy (the total unchanged)")
                    .contains("spending at least EUR 400.01 of new R&D in Italy (the total growing by it)");
            assertThat(r.message().it()).contains("spostando in Italia almeno 200,01 EUR di R&S svolta all'estero"
                    + " (il totale resta invariato)").contains("spendendo in Italia almeno 400,01 EUR di nuova R&S"
                    + " (il totale cresce altrettanto)");
        }

        @Test
        void noRemedyWhenThereIsNoRdAtAll() {
            CriterionResult zero = result(example().years(year(2024, "0", "0", null, "1", "1", "1")),
                    CriterionIds.RD_ITALY);
            assertThat(zero.result()).isEqualTo(Verdict.FAIL);
            assertThat(zero.remedy()).isNull();
        }

        @Test
        void theLeastAmountAboveHalfOfAnOddTotalIsTheNextCent() {
            // Half of 1 000 000.01 is 500 000.005: the least cent amount above it is 500 000.01.
            CriterionResult r = result(example().years(year(2024, "1000000.01", "0", null, "1", "1", "1")),
                    CriterionIds.RD_ITALY);
            assertThat(r.result()).isEqualTo(Verdict.FAIL);
            assertThat(r.remedy().missingAmount()).contains(new BigDecimal("500000.01"));
            // T - 2I + 0.01 with I = 0: the new R&D must exceed the whole foreign part.
            assertThat(r.remedy().additionalAmount()).contains(new BigDecimal("1000000.02"));
        }

        @Test
        void zeroAndUnknownExplainWhy() {
            CriterionResult zero = result(example().years(year(2024, "0", "0", null, "1", "1", "1")),
                    CriterionIds.RD_ITALY);
            assertThat(zero.message().en()).contains("2024").contains("zero");
            assertThat(zero.remedy()).isNull();
            CriterionResult unknown = result(example().years(year(2024, "10", null, null, "1", "1", "1")),
                    CriterionIds.RD_ITALY);
            assertThat(unknown.result()).isEqualTo(Verdict.UNKNOWN);
            assertThat(unknown.message().en()).contains("2024");
            CriterionResult noYear = result(example().years(), CriterionIds.RD_ITALY);
            assertThat(noYear.result()).isEqualTo(Verdict.UNKNOWN);
            assertThat(noYear.message().en()).contains("2024");
            assertThat(noYear.message().en()).isNotEqualTo(unknown.message().en());
        }

        @Test
        void theShareIsAParameter() {
            Ruleset sixty = with(InterimParameters.RD_ITALY_MIN_SHARE_EXCLUSIVE, new BigDecimal("0.6"));
            Apps at = example().years(year(2024, "2000000", "1200000", null, "1", "1", "1"));
            Apps above = example().years(year(2024, "2000000", "1200000.01", null, "1", "1", "1"));
            assertThat(result(sixty, at, CriterionIds.RD_ITALY).result()).isEqualTo(Verdict.FAIL);
            assertThat(result(sixty, at, CriterionIds.RD_ITALY).message().en()).contains("60%");
            assertThat(result(sixty, above, CriterionIds.RD_ITALY).result()).isEqualTo(Verdict.PASS);
            // I = 1 000 000 of T = 2 000 000 at 60 %: 200 000.01 moved, or a > (1 200 000 - I) / 0.4 = 500 000 new.
            Apps half = example().years(year(2024, "2000000", "1000000", null, "1", "1", "1"));
            CriterionResult r = result(sixty, half, CriterionIds.RD_ITALY);
            assertThat(r.remedy().missingAmount()).contains(new BigDecimal("200000.01"));
            assertThat(r.remedy().additionalAmount()).contains(new BigDecimal("500000.01"));
        }
    }

    @Nested
    class PatentsAndStage {

        static final LocalDate DATE = LocalDate.of(2025, 3, 15);

        @Test
        void aPassNamesThePatentHowItIsHeldAndTheDate() {
            CriterionResult owned = result(example(), CriterionIds.PATENT);
            assertThat(owned.message().en()).contains("EP3456789B1").contains("owned").contains("2025-03-15");
            assertThat(owned.message().it()).contains("EP3456789B1").contains("di proprietà");
            CriterionResult licensed = result(example().patents(new Patent("IT102019000012345", PatentHolding.LICENSED,
                    PatentStatus.GRANTED, null, null)), CriterionIds.PATENT);
            assertThat(licensed.message().en()).contains("IT102019000012345").contains("licensed");
            assertThat(licensed.message().it()).contains("in licenza");
        }

        @Test
        void aFailureGivesEveryPatentsReason() {
            Patent pending = new Patent("WO2021123456A1", PatentHolding.OWNED, PatentStatus.PENDING, null, null);
            Patent expired = new Patent("EP1111111B1", PatentHolding.OWNED, PatentStatus.GRANTED,
                    LocalDate.of(2025, 1, 31), null);
            Patent licenceEnded = new Patent("EP2222222B1", PatentHolding.LICENSED, PatentStatus.GRANTED, null,
                    LocalDate.of(2024, 12, 31));
            CriterionResult r = result(example().patents(pending, expired, licenceEnded), CriterionIds.PATENT);
            assertThat(r.result()).isEqualTo(Verdict.FAIL);
            assertThat(r.remedy()).isNull();
            assertThat(r.message().en()).contains("2025-03-15").contains("3").contains("WO2021123456A1")
                    .contains("pending").contains("EP1111111B1").contains("2025-01-31").contains("EP2222222B1")
                    .contains("licence").contains("2024-12-31");
            assertThat(r.message().it()).contains("WO2021123456A1").contains("scaduto").contains("licenza");
            CriterionResult none = result(example().patents(), CriterionIds.PATENT);
            assertThat(none.message().en()).contains("2025-03-15").isNotEqualTo(r.message().en());
        }

        @Test
        void aLicensedPatentWhoseOwnExpiryHasPassedDoesNotCount() {
            Patent p = new Patent("EP3456789B1", PatentHolding.LICENSED, PatentStatus.GRANTED, DATE.minusDays(1),
                    DATE.plusYears(5));
            assertThat(result(example().patents(p), CriterionIds.PATENT).result()).isEqualTo(Verdict.FAIL);
        }

        @Test
        void aPendingApplicationStillNeedsToBeInForceWhenPendingIsAccepted() {
            Ruleset lenient = with(InterimParameters.PATENTS_ACCEPT_PENDING, true);
            Patent lapsed = new Patent("WO2021123456A1", PatentHolding.OWNED, PatentStatus.PENDING, DATE, null);
            CriterionResult r = result(lenient, example().patents(lapsed), CriterionIds.PATENT);
            assertThat(r.result()).isEqualTo(Verdict.FAIL);
            assertThat(r.message().en()).contains("2025-03-15");
        }

        @Test
        void theStageIsNamedInEachLanguage() {
            CriterionResult pass = result(example().stage(DevelopmentStage.CLINICAL), CriterionIds.STAGE);
            assertThat(pass.message().en()).contains("clinical");
            assertThat(pass.message().it()).contains("clinica");
            CriterionResult fail = result(example().stage(DevelopmentStage.COMMERCIAL), CriterionIds.STAGE);
            assertThat(fail.message().en()).contains("commercial");
            assertThat(fail.message().it()).contains("commerciale");
            assertThat(result(example().stage(null), CriterionIds.STAGE).message().en()).isNotBlank()
                    .isNotEqualTo(fail.message().en());
        }

        @Test
        void theSeatNamesBothCountries() {
            Apps app = example();
            app.headquarters = Location.of("CH");
            CriterionResult r = result(app, CriterionIds.SEAT);
            assertThat(r.message().en()).contains("IT").contains("CH").contains("must be in Italy");
            assertThat(r.message().it()).contains("CH").contains("devono essere in Italia");
            CriterionResult pass = result(example(), CriterionIds.SEAT);
            assertThat(pass.message().en()).contains("IT").doesNotContain("must");
            assertThat(pass.message().it()).doesNotContain("devono");
        }
    }

    @Nested
    class TrackAlign {

        static final LocalDate DATE = LocalDate.of(2025, 3, 15);

        @Test
        void aPassNamesTheProgrammesTechnologyLabelTrackAndPriorities() {
            CriterionResult r = result(example().programs(new Program("mAb", "TEC-MAB", List.of("PAT-ONCO", "PAT-AMR"))),
                    CriterionIds.TRACK_ALIGN);
            assertThat(r.result()).isEqualTo(Verdict.PASS);
            assertThat(r.message().en()).contains("TEC-MAB").contains("Monoclonal antibodies")
                    .contains("precision medicine").contains("priorities PAT-ONCO (Cancers), PAT-AMR (");
            assertThat(r.message().it()).contains("Anticorpi monoclonali");
            assertThat(r.citation()).contains("§5").contains("§5.3");
        }

        @Test
        void aProgrammeNeedsANationalPriorityNotJustAnyCode() {
            // The evaluator's validation rejects such codes first; a criterion called directly
            // through the SPI must still apply the rule: a priority is a PAT-* or IND-* code.
            Criterion trackAlign = Rulesets.interim().criteria().get(0);
            Apps app = example().programs(new Program("RNA", "TEC-RNA", List.of("TEC-MAB")));
            CriterionResult r = trackAlign.evaluate(CriterionContext.builder(app.build(),
                    InterimParameters.values(), Esibe.taxonomy()).referenceDate(DATE).referenceYear(2024)
                    .messages(Esibe.defaults().messages()).build());
            assertThat(r.id()).isEqualTo(CriterionIds.TRACK_ALIGN);
            assertThat(r.result()).isEqualTo(Verdict.FAIL);
        }

        @Test
        void theFirstProgrammeOfTheTracksFamilyDecides() {
            Program other = new Program("Ferment", "TEC-SYNBIO", List.of("IND-GHG"));
            Program own = new Program("RNA", "TEC-RNA", List.of("PAT-INFECT"));
            CriterionResult r = result(example().programs(other, own), CriterionIds.TRACK_ALIGN);
            assertThat(r.result()).isEqualTo(Verdict.PASS);
            assertThat(r.message().en()).contains("TEC-RNA").doesNotContain("TEC-SYNBIO");
        }

        @Test
        void aFailureListsTheTracksTechnologiesAndThoseDeclared() {
            Program a = new Program("Ferment", "TEC-SYNBIO", List.of("IND-GHG"));
            Program b = new Program("Ferment 2", "TEC-SYNBIO", List.of("PAT-ONCO"));
            CriterionResult r = result(example().programs(a, b), CriterionIds.TRACK_ALIGN);
            assertThat(r.result()).isEqualTo(Verdict.FAIL);
            // ESIBE-TAXONOMY-v1: the precision-medicine technologies.
            assertThat(r.message().en()).contains("TEC-RNA (RNA-based therapies").contains("TEC-ANTIVIRAL (Antivirals)")
                    .contains("TEC-SYNBIO").doesNotContain("TEC-SYNBIO, TEC-SYNBIO");
            CriterionResult none = result(industrial().programs(), CriterionIds.TRACK_ALIGN);
            assertThat(none.message().en())
                    .contains("TEC-MICROBIOME (Microbiome-based technologies), TEC-GENETICS (")
                    .contains("TEC-PRECISION-FERMENTATION (Precision fermentation), TEC-SYNBIO (")
                    .contains("industrial and environmental");
            assertThat(none.message().it()).contains("biotecnologie industriali e ambientali");
        }
    }

    @Nested
    class Sme {

        static Apps alone(FiscalYear... years) {
            return example().holders(holder("Founders", HolderType.INDIVIDUAL, "100")).years(years);
        }

        @Test
        void oneYearNamesTheAggregatedFiguresTheVerdictAndTheCeilings() {
            CriterionResult r = result(alone(smeYear(2024, "249.5", "50000000", "43000000.01")), CriterionIds.SME);
            assertThat(r.result()).isEqualTo(Verdict.PASS);
            assertThat(r.message().en()).contains("2024").contains("249.5 AWU").contains("EUR 50,000,000.00")
                    .contains("EUR 43,000,000.01").contains("an SME").doesNotContain("not an SME").contains("250")
                    .contains("EUR 43,000,000.00").doesNotContain("2023");
            assertThat(r.message().it()).contains("249,5 ULA").contains("50.000.000,00 EUR").contains("è una PMI");
            assertThat(r.citation()).contains("§6").contains("2003/361");
        }

        @Test
        void aNonSmeAndAnUndecidableYearSaySo() {
            CriterionResult large = result(alone(smeYear(2024, "250", "1", "1")), CriterionIds.SME);
            assertThat(large.result()).isEqualTo(Verdict.FAIL);
            assertThat(large.remedy()).isNull();
            assertThat(large.message().en()).contains("not an SME");
            assertThat(large.message().it()).contains("non è una PMI");
            CriterionResult unknown = result(alone(smeYear(2024, null, "1", "1")), CriterionIds.SME);
            assertThat(unknown.result()).isEqualTo(Verdict.UNKNOWN);
            assertThat(unknown.message().en()).contains("not declared").doesNotContain("an SME");
            assertThat(unknown.message().en()).contains("Aggregated figures 2024: staff unknown")
                    .contains("not declared, so the aggregated figure cannot be computed: the company's own staff");
            assertThat(unknown.message().it()).contains("effettivi non noti").contains("effettivi dell'impresa")
                    .doesNotContain("non dichiarato ULA");
        }

        @Test
        void twoAgreeingYearsAreBothNamed() {
            CriterionResult r = result(alone(smeYear(2024, "10", "1", "1"), smeYear(2023, "12", "1", "1")),
                    CriterionIds.SME);
            assertThat(r.result()).isEqualTo(Verdict.PASS);
            assertThat(r.message().en()).contains("2024: staff 10 AWU").contains("2023: staff 12 AWU")
                    .doesNotContain("consecutive");
        }

        @Test
        void anUndecidablePreviousYearIsLeftOut() {
            CriterionResult r = result(alone(smeYear(2024, "10", "1", "1"), smeYear(2023, null, "1", "1")),
                    CriterionIds.SME);
            assertThat(r.result()).isEqualTo(Verdict.PASS);
            assertThat(r.message().en()).contains("2024").doesNotContain("2023");
        }

        @Test
        void theYearBeforeStandsWhenTheYearsDisagree() {
            CriterionResult r = result(alone(smeYear(2024, "10", "1", "1"), smeYear(2023, "300", "1", "1")),
                    CriterionIds.SME);
            assertThat(r.result()).isEqualTo(Verdict.FAIL);
            assertThat(r.message().en()).contains("2024: staff 10 AWU").contains("2023: staff 300 AWU")
                    .contains("two consecutive years").contains("not an SME");
        }

        @Test
        void theWaiverOfTheV1ReadingAndThePublicBodyRuleExplainThemselves() {
            // Under WAIVE_TEST the backing holder is named, not another holder nor a participation.
            Ruleset waive = with(InterimParameters.SME_CORPORATE_BACKING, CorporateBacking.WAIVE_TEST);
            Apps backed = example().holders(holder("Founders", HolderType.INDIVIDUAL, "70"),
                    holder("Pharma Group S.p.A.", HolderType.CORPORATE, "30")).participations(new Participation(
                    "Controlled Corp S.r.l.", new BigDecimal("60"), null, null, null, null));
            CriterionResult corporate = result(waive, backed, CriterionIds.SME);
            assertThat(corporate.result()).isEqualTo(Verdict.PASS);
            assertThat(corporate.message().en()).contains("Pharma Group S.p.A.").doesNotContain("Founders")
                    .doesNotContain("Controlled");
            assertThat(corporate.message().it()).contains("Pharma Group S.p.A.");
            CriterionResult publicBodies = result(example().holders(holder("Regione", HolderType.PUBLIC_BODY, "20",
                    "30", null, null, null), holder("Founders", HolderType.INDIVIDUAL, "80")), CriterionIds.SME);
            assertThat(publicBodies.result()).isEqualTo(Verdict.FAIL);
            assertThat(publicBodies.message().en()).contains("20%").contains("30%");
            assertThat(publicBodies.message().it()).contains("20%").contains("30%");
            CriterionResult noYear = result(alone(), CriterionIds.SME);
            assertThat(noYear.result()).isEqualTo(Verdict.UNKNOWN);
            assertThat(noYear.message().en()).contains("2024");
        }

        @Test
        void anUnnamedCorporateBackerIsNamedByItsPositionUnderTheV1Reading() {
            Ruleset waive = with(InterimParameters.SME_CORPORATE_BACKING, CorporateBacking.WAIVE_TEST);
            CriterionResult r = result(waive, example().holders(holder("Founders", HolderType.INDIVIDUAL, "70"),
                    holder(null, HolderType.CORPORATE, "0", "10", null, null, null),
                    holder(null, HolderType.CORPORATE, "30")), CriterionIds.SME);
            assertThat(r.message().en()).contains("holder 3").doesNotContain("holders[");
            assertThat(r.message().it()).contains("socio n. 3");
        }

        @Test
        void aRulesetMayNotRequireSmeStatus() {
            Ruleset noSme = with(InterimParameters.SME_REQUIRED, false);
            CriterionResult r = result(noSme, alone(smeYear(2024, "5000", "900000000", "900000000")), CriterionIds.SME);
            assertThat(r.result()).isEqualTo(Verdict.PASS);
            assertThat(r.message().en()).doesNotContain("5,000").isNotBlank();
        }
    }
}
