package it.esibe.rules;

import it.esibe.core.ruleset.Ruleset;
import static it.esibe.rules.Apps.example;
import static it.esibe.rules.Apps.year;
import static org.assertj.core.api.Assertions.assertThat;

import it.esibe.core.ApplicationEvaluator;
import it.esibe.core.decision.CriterionResult;
import it.esibe.core.decision.Decision;
import it.esibe.core.decision.Outcome;
import it.esibe.core.decision.Verdict;
import it.esibe.core.model.Application;
import it.esibe.core.model.DevelopmentStage;
import it.esibe.core.model.Location;
import it.esibe.core.model.Patent;
import it.esibe.core.model.PatentHolding;
import it.esibe.core.model.PatentStatus;
import it.esibe.core.model.Program;
import it.esibe.core.model.Track;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Every boundary ESIBE-RULES-v1 names, at, one cent below and one cent above. */
class CriteriaBoundaryTest {

    static final ApplicationEvaluator EVALUATOR = Esibe.evaluator().build();
    static final LocalDate SUBMITTED = LocalDate.of(2025, 3, 15);

    static CriterionResult result(Application app, String id) {
        Decision d = EVALUATOR.evaluate(app);
        assertThat(d.violations()).as("the test application must be valid").isEmpty();
        return d.criterion(id).orElseThrow();
    }

    static Verdict verdict(Apps app, String id) {
        return result(app.build(), id).result();
    }

    @Test
    void theFormatSpecExampleIsEligible() {
        Decision d = EVALUATOR.evaluate(example().build());
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(d.ruleset()).isEqualTo("esibe-2024-interim");
        assertThat(d.referenceDate()).isEqualTo(SUBMITTED);
        assertThat(d.referenceYear()).isEqualTo(2024);
        assertThat(d.criteria()).extracting(CriterionResult::id).containsExactly("ESIBE-TRACK-ALIGN", "ESIBE-STAGE",
                "ESIBE-RD-MIN", "ESIBE-PATENT", "ESIBE-SEAT", "ESIBE-RD-ITALY", "ESIBE-SME");
        assertThat(d.criteria()).allSatisfy(c -> {
            assertThat(c.message().it()).isNotBlank();
            assertThat(c.message().en()).isNotBlank();
            assertThat(c.citation()).startsWith("Rapporto ad interim, §");
        });
    }

    @Nested
    class RdMin {

        @ParameterizedTest(name = "precision medicine, R&D {0} -> {1}")
        @CsvSource({"2000000.00, PASS", "1999999.99, FAIL", "2000000.01, PASS", "0, FAIL", "1650000, FAIL"})
        void precisionMedicineThresholdIsInclusive(String rd, Verdict expected) {
            assertThat(verdict(example().years(year(2024, rd, "0", null, "10", "1", "1")), "ESIBE-RD-MIN"))
                    .isEqualTo(expected);
        }

        @Test
        void failureExplainsTheFiguresAsTheFormatSpecShowsAndNamesTheMissingAmount() {
            CriterionResult r = result(example().years(year(2024, "1650000", "1600000", "0", "10", "1", "1")).build(),
                    "ESIBE-RD-MIN");
            assertThat(r.result()).isEqualTo(Verdict.FAIL);
            assertThat(r.message().it())
                    .isEqualTo("Spesa in R&S 2024: 1.650.000,00 EUR, inferiore alla soglia di 2.000.000,00 EUR");
            assertThat(r.message().en())
                    .isEqualTo("R&D expenditure 2024: EUR 1,650,000.00, below the EUR 2,000,000.00 threshold");
            assertThat(r.citation()).isEqualTo("Rapporto ad interim, §5.3");
            assertThat(r.remedy().missingAmount()).contains(new BigDecimal("350000.00"));
        }

        @Test
        void oneCentBelowMissesOneCent() {
            CriterionResult r = result(example().years(year(2024, "1999999.99", "0", null, "1", "1", "1")).build(),
                    "ESIBE-RD-MIN");
            assertThat(r.remedy().missingAmount()).contains(new BigDecimal("0.01"));
        }

        @ParameterizedTest(name = "industrial, R&D {0}, grants {1} -> {2}")
        @CsvSource(nullValues = "-", value = {
            "800000.00, 0, PASS",
            "799999.99, 0, FAIL",
            "800000.01, -, PASS",
            "799999.99, 799999.99, FAIL", // the two routes are never added
            "0, 800000.00, PASS",
            "-, 800000.00, PASS",          // the grant route passes with no expenditure figure
            "-, 799999.99, UNKNOWN",
            "-, -, UNKNOWN",
            "100, -, FAIL"})               // absent grants count as 0
        void industrialEitherRouteSufficesAlone(String rd, String grants, Verdict expected) {
            Apps app = example().track(Track.INDUSTRIAL_ENVIRONMENTAL)
                    .programs(new Program("Enzymes", "TEC-PRECISION-FERMENTATION", List.of("IND-BIOMOLECULES")))
                    .years(year(2024, rd, null, grants, "10", "1", "1"));
            assertThat(verdict(app, "ESIBE-RD-MIN")).isEqualTo(expected);
        }

        @Test
        void unknownWithoutTheReferenceYearOrTheExpenditure() {
            assertThat(verdict(example().years(year(2023, "9000000", "9000000", null, "1", "1", "1")),
                    "ESIBE-RD-MIN")).isEqualTo(Verdict.UNKNOWN);
            assertThat(verdict(example().years(), "ESIBE-RD-MIN")).isEqualTo(Verdict.UNKNOWN);
            assertThat(verdict(example().years(year(2024, null, null, "5000000", "1", "1", "1")), "ESIBE-RD-MIN"))
                    .as("grants do not count for precision medicine").isEqualTo(Verdict.UNKNOWN);
        }
    }

    @Nested
    class Stage {

        @ParameterizedTest
        @EnumSource(value = DevelopmentStage.class, names = "COMMERCIAL", mode = EnumSource.Mode.EXCLUDE)
        void everyStageButCommercialPasses(DevelopmentStage stage) {
            assertThat(verdict(example().stage(stage), "ESIBE-STAGE")).isEqualTo(Verdict.PASS);
        }

        @Test
        void commercialFailsAndAbsentIsUnknown() {
            assertThat(verdict(example().stage(DevelopmentStage.COMMERCIAL), "ESIBE-STAGE")).isEqualTo(Verdict.FAIL);
            assertThat(verdict(example().stage(null), "ESIBE-STAGE")).isEqualTo(Verdict.UNKNOWN);
        }
    }

    @Nested
    class PatentInForce {

        static Patent owned(PatentStatus status, LocalDate expires) {
            return new Patent("EP3456789B1", PatentHolding.OWNED, status, expires, null);
        }

        @Test
        void expiryOnTheReferenceDateIsNoLongerInForce() {
            assertThat(verdict(example().patents(owned(PatentStatus.GRANTED, SUBMITTED)), "ESIBE-PATENT"))
                    .isEqualTo(Verdict.FAIL);
            assertThat(verdict(example().patents(owned(PatentStatus.GRANTED, SUBMITTED.plusDays(1))), "ESIBE-PATENT"))
                    .isEqualTo(Verdict.PASS);
            assertThat(verdict(example().patents(owned(PatentStatus.GRANTED, null)), "ESIBE-PATENT"))
                    .isEqualTo(Verdict.PASS);
        }

        @Test
        void licenceEndingOnTheReferenceDateDoesNotCount() {
            Patent endsToday = new Patent("IT102019000012345", PatentHolding.LICENSED, PatentStatus.GRANTED, null,
                    SUBMITTED);
            Patent endsTomorrow = new Patent("IT102019000012345", PatentHolding.LICENSED, PatentStatus.GRANTED, null,
                    SUBMITTED.plusDays(1));
            assertThat(verdict(example().patents(endsToday), "ESIBE-PATENT")).isEqualTo(Verdict.FAIL);
            assertThat(verdict(example().patents(endsTomorrow), "ESIBE-PATENT")).isEqualTo(Verdict.PASS);
        }

        @Test
        void pendingApplicationsDoNotCountByDefault() {
            assertThat(verdict(example().patents(owned(PatentStatus.PENDING, null)), "ESIBE-PATENT"))
                    .isEqualTo(Verdict.FAIL);
            assertThat(verdict(example().patents(), "ESIBE-PATENT")).isEqualTo(Verdict.FAIL);
            assertThat(verdict(example().patents(owned(PatentStatus.PENDING, null),
                    owned(PatentStatus.GRANTED, null)), "ESIBE-PATENT")).isEqualTo(Verdict.PASS);
        }

        @Test
        void aRulesetMayAcceptPendingApplications() {
            Ruleset lenient = Rulesets.interim().withParameters("lenient",
                    InterimParameters.values().with(InterimParameters.PATENTS_ACCEPT_PENDING, true));
            Decision d = Esibe.evaluator().ruleset(lenient).build()
                    .evaluate(example().patents(owned(PatentStatus.PENDING, null)).build());
            assertThat(d.criterion("ESIBE-PATENT").orElseThrow().result()).isEqualTo(Verdict.PASS);
            assertThat(d.ruleset()).isEqualTo("lenient");
        }

        @Test
        void referenceDateOverrideMovesTheCutOff() {
            Application app = example().patents(owned(PatentStatus.GRANTED, LocalDate.of(2025, 6, 1))).build();
            Decision later = Esibe.evaluator().referenceDate(LocalDate.of(2025, 6, 1)).build().evaluate(app);
            assertThat(later.criterion("ESIBE-PATENT").orElseThrow().result()).isEqualTo(Verdict.FAIL);
            assertThat(later.referenceYear()).isEqualTo(2024);
        }
    }

    @Nested
    class Seat {
        @ParameterizedTest(name = "seat {0}, headquarters {1} -> {2}")
        @CsvSource({"IT, IT, PASS", "IT, CH, FAIL", "CH, IT, FAIL", "FR, DE, FAIL"})
        void bothMustBeInItaly(String seat, String hq, Verdict expected) {
            Apps app = example();
            app.legalSeat = Location.of(seat);
            app.headquarters = Location.of(hq);
            assertThat(verdict(app, "ESIBE-SEAT")).isEqualTo(expected);
        }
    }

    @Nested
    class RdItaly {
        @ParameterizedTest(name = "R&D {0}, in Italy {1} -> {2}")
        @CsvSource(nullValues = "-", value = {
            "2000000, 1000000.00, FAIL",  // exactly half is not prevalent
            "2000000, 1000000.01, PASS",
            "2000000, 999999.99, FAIL",
            "2000000, 2000000, PASS",
            "0, 0, FAIL",                 // no R&D cannot be prevalent anywhere
            "0, -, FAIL",
            "2000000, -, UNKNOWN",
            "-, -, UNKNOWN"})
        void italianShareMustBeStrictlyGreaterThanHalf(String rd, String italy, Verdict expected) {
            assertThat(verdict(example().years(year(2024, rd, italy, null, "1", "1", "1")), "ESIBE-RD-ITALY"))
                    .isEqualTo(expected);
        }

        @Test
        void unknownWithoutTheReferenceYearAndRemedyIsTheSmallestCentAboveHalf() {
            assertThat(verdict(example().years(year(2023, "2000000", "2000000", null, "1", "1", "1")),
                    "ESIBE-RD-ITALY")).isEqualTo(Verdict.UNKNOWN);
            CriterionResult half = result(example().years(year(2024, "2000000", "1000000", null, "1", "1", "1"))
                    .build(), "ESIBE-RD-ITALY");
            assertThat(half.remedy().missingAmount()).contains(new BigDecimal("0.01"));
        }
    }

    @Nested
    class TrackAlign {
        @Test
        void trackMustBeBackedByAProgrammeOfItsOwnFamily() {
            Program industrial = new Program("Fermentation", "TEC-PRECISION-FERMENTATION", List.of("PAT-ONCO"));
            Program medical = new Program("mRNA", "TEC-RNA", List.of("IND-FOOD"));
            assertThat(verdict(example().programs(industrial), "ESIBE-TRACK-ALIGN")).isEqualTo(Verdict.FAIL);
            assertThat(verdict(example().programs(), "ESIBE-TRACK-ALIGN")).isEqualTo(Verdict.FAIL);
            assertThat(verdict(example().programs(industrial, medical), "ESIBE-TRACK-ALIGN"))
                    .as("the priority may come from either list (One Health)").isEqualTo(Verdict.PASS);
            assertThat(verdict(example().track(Track.INDUSTRIAL_ENVIRONMENTAL).programs(industrial),
                    "ESIBE-TRACK-ALIGN")).isEqualTo(Verdict.PASS);
            assertThat(verdict(example().track(Track.INDUSTRIAL_ENVIRONMENTAL).programs(medical),
                    "ESIBE-TRACK-ALIGN")).isEqualTo(Verdict.FAIL);
        }
    }

    @Nested
    class OutcomeRule {
        @Test
        void failBeatsUnknownBeatsPass() {
            assertThat(EVALUATOR.evaluate(example().stage(null).build()).outcome()).isEqualTo(Outcome.INCOMPLETE);
            assertThat(EVALUATOR.evaluate(example().stage(null).patents().build()).outcome())
                    .isEqualTo(Outcome.NOT_ELIGIBLE);
        }

        @Test
        void referenceYearOverrideTakesTheFiguresOfThatYear() {
            Application app = example().years(year(2023, "2500000", "2100000", null, "1", "1", "1")).build();
            assertThat(EVALUATOR.evaluate(app).outcome()).isEqualTo(Outcome.INCOMPLETE);
            Decision d = Esibe.evaluator().referenceYear(2023).build().evaluate(app);
            assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
            assertThat(d.referenceYear()).isEqualTo(2023);
            assertThat(d.referenceDate()).isEqualTo(SUBMITTED);
        }
    }
}
