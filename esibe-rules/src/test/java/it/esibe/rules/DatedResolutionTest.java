package it.esibe.rules;

import static it.esibe.rules.Generators.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.integers;

import it.esibe.core.ApplicationEvaluator;
import it.esibe.core.ConfigurationException;
import it.esibe.core.decision.Decision;
import it.esibe.core.decision.Outcome;
import it.esibe.core.decision.Verdict;
import it.esibe.core.decision.Violation;
import it.esibe.core.model.Application;
import it.esibe.core.model.FiscalYear;
import it.esibe.core.ruleset.Ruleset;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Dated resolution: unless a ruleset is pinned, each application is judged by the ruleset of the
 * series in force at its reference date, so registering a successor never changes how earlier
 * applications are judged, and pinning the old ruleset reproduces the old decisions.
 *
 * <p>The successor here is a hypothetical national final ruleset from 2026-06-01 that lowers
 * {@code rd.min.precisionMedicine} from the spec's 2 000 000 EUR to 1 500 000 EUR.
 */
class DatedResolutionTest {

    static final LocalDate INTERIM_FROM = LocalDate.of(2024, 10, 1); // ESIBE-RULES-v1, "Parameters"
    static final LocalDate FINAL_FROM = LocalDate.of(2026, 6, 1);

    static final Ruleset FINAL = Rulesets.interim().derive("esibe-2026-final").series(Rulesets.NATIONAL_SERIES)
            .version("1").effectiveFrom(FINAL_FROM)
             .parameter(InterimParameters.RD_MIN_PRECISION_MEDICINE, new BigDecimal("1500000")).build();
    static final EsibeRegistry WITH_FINAL = Esibe.builder()
            .rulesetProvider(TestProviders.rulesets("final-report", FINAL)).build();
    static final ApplicationEvaluator DATED = WITH_FINAL.evaluator().build();
    /** ESIBE as it was before the successor existed. */
    static final ApplicationEvaluator BEFORE_THE_SUCCESSOR = Esibe.evaluator().build();

    /**
     * The format's example submitted on {@code submittedOn}, with 1 800 000 EUR of R&amp;D (all in
     * Italy) in the fiscal year before: between the two thresholds, so the ruleset decides the outcome.
     */
    static Application submittedOn(LocalDate submittedOn) {
        Apps app = Apps.example();
        app.submittedOn = submittedOn;
        app.years = new ArrayList<>(List.of(Apps.year(submittedOn.getYear() - 1, "1800000", "1800000", "0", "38.5",
                "120000", "9000000")));
        return app.build();
    }

    @Nested
    class ANationalSuccessor {

        @Test
        void anApplicationAfterTheSuccessorsDateIsJudgedByIt() {
            Decision d = DATED.evaluate(submittedOn(LocalDate.of(2026, 7, 1)));
            assertThat(d.ruleset()).isEqualTo("esibe-2026-final");
            assertThat(d.parametersSha256()).isEqualTo(FINAL.parametersSha256())
                    .isNotEqualTo(Rulesets.interim().parametersSha256());
            assertThat(d.referenceYear()).isEqualTo(2025);
            assertThat(d.criterion(CriterionIds.RD_MIN).orElseThrow().result()).isEqualTo(Verdict.PASS);
            assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        }

        @Test
        void anApplicationBeforeItIsJudgedByTheInterimAsBeforeTheSuccessorExisted() {
            Application app = submittedOn(LocalDate.of(2025, 3, 15));
            Decision d = DATED.evaluate(app);
            assertThat(d.ruleset()).isEqualTo("esibe-2024-interim");
            assertThat(d.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
            assertThat(d).isEqualTo(BEFORE_THE_SUCCESSOR.evaluate(app));
        }

        @Test
        void theSuccessorAppliesFromItsEffectiveDateInclusive() {
            assertThat(DATED.evaluate(submittedOn(FINAL_FROM.minusDays(1))).ruleset()).isEqualTo("esibe-2024-interim");
            assertThat(DATED.evaluate(submittedOn(FINAL_FROM)).ruleset()).isEqualTo("esibe-2026-final");
            assertThat(WITH_FINAL.rulesetInForce("esibe", FINAL_FROM.minusDays(1))).contains(Rulesets.interim());
            assertThat(WITH_FINAL.rulesetInForce("esibe", FINAL_FROM)).contains(FINAL);
            assertThat(WITH_FINAL.rulesetInForce("esibe", INTERIM_FROM.minusDays(1))).isEmpty();
            assertThat(WITH_FINAL.series("esibe")).containsExactly(Rulesets.interim(), FINAL);
        }

        @Test
        void aFixedReferenceDateChoosesTheRulesetForEveryApplication() {
            ApplicationEvaluator at2026 = WITH_FINAL.evaluator().referenceDate(LocalDate.of(2026, 7, 1)).build();
            // Submitted in 2025 with figures for 2025: judged at 2026-07-01, so Y = 2025 and the successor applies.
            Apps app = Apps.example();
            app.years = new ArrayList<>(List.of(Apps.year(2025, "1800000", "1800000", "0", "38.5", "120000", "9000000")));
            Decision d = at2026.evaluate(app.build());
            assertThat(d.ruleset()).isEqualTo("esibe-2026-final");
            assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        }

        /**
         * "The old decision" of an application submitted after the successor's date is the one ESIBE
         * gave it before the successor was registered: the interim's criteria and parameters, at the
         * application's own reference date and year (pinning changes the ruleset, never the dates).
         * The decision records the ruleset, version and parameter hash that prove it.
         */
        @Test
        void pinningTheInterimReproducesTheDecisionGivenBeforeTheSuccessorExisted() {
            Application app = submittedOn(LocalDate.of(2026, 7, 1));
            Decision before = BEFORE_THE_SUCCESSOR.evaluate(app);
            Decision pinned = WITH_FINAL.evaluator().ruleset("esibe-2024-interim").build().evaluate(app);
            assertThat(pinned).isEqualTo(before);
            assertThat(pinned.ruleset()).isEqualTo("esibe-2024-interim");
            assertThat(pinned.rulesetVersion()).isEqualTo(Rulesets.interim().version());
            assertThat(pinned.parametersSha256()).isEqualTo(Rulesets.interim().parametersSha256());
            assertThat(pinned.referenceDate()).isEqualTo(LocalDate.of(2026, 7, 1));
            assertThat(pinned.referenceYear()).isEqualTo(2025);
            assertThat(pinned.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
            assertThat(DATED.evaluate(app).outcome()).as("what the successor decides instead").isEqualTo(Outcome.ELIGIBLE);
            // The same decision whichever way the interim is pinned.
            assertThat(WITH_FINAL.evaluator().ruleset(Rulesets.interim()).build().evaluate(app)).isEqualTo(before);
        }

        @Test
        void aPinnedRulesetAppliesWhateverTheDate() {
            ApplicationEvaluator pinnedFinal = WITH_FINAL.evaluator().ruleset("esibe-2026-final").build();
            Decision d = pinnedFinal.evaluate(submittedOn(LocalDate.of(2025, 3, 15)));
            assertThat(d.ruleset()).isEqualTo("esibe-2026-final");
            assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
            assertThatThrownBy(() -> WITH_FINAL.evaluator().ruleset("esibe-2027-final").build())
                    .isInstanceOf(ConfigurationException.class).hasMessageContaining("esibe-2027-final")
                    .hasMessageContaining("esibe-2024-interim").hasMessageContaining("esibe-2026-final");
        }
    }

    @Nested
    class BeforeTheFirstRuleset {

        @Test
        void anApplicationSubmittedBeforeTheInterimIsInvalidAtSubmittedOn() {
            for (ApplicationEvaluator evaluator : List.of(DATED, BEFORE_THE_SUCCESSOR)) {
                Decision d = evaluator.evaluate(submittedOn(INTERIM_FROM.minusDays(1)));
                assertThat(d.outcome()).isEqualTo(Outcome.INVALID);
                assertThat(d.criteria()).isEmpty();
                assertThat(d.violations()).extracting(Violation::path).containsExactly("submittedOn");
                assertThat(d.violations().get(0).message()).contains("2024-09-30").contains("esibe-2024-interim")
                        .contains("2024-10-01").contains("esibe");
                assertThat(d.ruleset()).isEqualTo("esibe-2024-interim");
            }
            Decision italian = Esibe.evaluator().locale(Locale.ITALIAN).build()
                    .evaluate(submittedOn(INTERIM_FROM.minusDays(1)));
            // Dates in Italian prose are written 15/03/2025 (ESIBE-CHANGES-v1.1, point 10).
            assertThat(italian.violations().get(0).message()).contains("precede").contains("30/09/2024")
                    .contains("01/10/2024");
            assertThat(DATED.evaluate(submittedOn(INTERIM_FROM)).outcome()).isNotEqualTo(Outcome.INVALID);
        }

        @Test
        void anInvalidApplicationBeforeTheInterimReportsItsOwnViolations() {
            Apps app = Apps.example();
            app.submittedOn = INTERIM_FROM.minusYears(1);
            app.vat = "IT00743110158";
            Decision d = DATED.evaluate(app.build());
            assertThat(d.outcome()).isEqualTo(Outcome.INVALID);
            assertThat(d.violations()).extracting(Violation::path).contains("company.vatNumber");
        }

        @Test
        void aFixedReferenceDateBeforeTheSeriesIsAConfigurationErrorAtBuild() {
            assertThatThrownBy(() -> WITH_FINAL.evaluator().referenceDate(LocalDate.of(2024, 9, 30)).build())
                    .isInstanceOf(ConfigurationException.class).hasMessageContaining("2024-09-30")
                    .hasMessageContaining("esibe-2024-interim").hasMessageContaining("2024-10-01");
            assertThatThrownBy(() -> Esibe.evaluator().referenceDate(LocalDate.of(2020, 1, 1)).build())
                    .isInstanceOf(ConfigurationException.class);
            // Pinned, the ruleset applies whatever the date: no error.
            assertThat(Esibe.evaluator().ruleset("esibe-2024-interim").referenceDate(LocalDate.of(2024, 9, 30))
                    .build().evaluate(submittedOn(LocalDate.of(2024, 9, 30))).ruleset()).isEqualTo("esibe-2024-interim");
        }

        @Test
        void anUnknownSeriesIsAConfigurationErrorNamingTheKnownOnes() {
            assertThatThrownBy(() -> WITH_FINAL.evaluator().series("lom").build())
                    .isInstanceOf(ConfigurationException.class).hasMessageContaining("lom").hasMessageContaining("esibe");
        }
    }

    @Nested
    class ARegionalSeries {

        static final LocalDate REGIONAL_FROM = LocalDate.of(2026, 1, 1);
        /** A regional ruleset: its own series, a much lower threshold and no patent requirement. */
        static final Ruleset REGIONAL = Rulesets.interim().derive("lom-2026").series("lom").effectiveFrom(REGIONAL_FROM)
                 .parameter(InterimParameters.RD_MIN_PRECISION_MEDICINE, new BigDecimal("100000"))
                .neutralise(CriterionIds.PATENT, "bando regionale senza requisito di brevetto").build();
        static final EsibeRegistry WITH_BOTH = Esibe.builder()
                .rulesetProvider(TestProviders.rulesets("lombardia", REGIONAL))
                .rulesetProvider(TestProviders.rulesets("final-report", FINAL)).build();

        /** Dates on both sides of every ruleset's start, and the fiscal years shifted to match. */
        static Application at(Apps app, int dateIndex) {
            LocalDate date = List.of(INTERIM_FROM.minusDays(1), INTERIM_FROM, LocalDate.of(2025, 3, 15),
                    REGIONAL_FROM.minusDays(1), REGIONAL_FROM, FINAL_FROM.minusDays(1), FINAL_FROM,
                    LocalDate.of(2027, 2, 1)).get(dateIndex);
            int shift = (date.getYear() - 1) - 2024;
            List<FiscalYear> years = new ArrayList<>();
            for (FiscalYear y : app.years) {
                years.add(new FiscalYear(y.year() + shift, y.rdExpenditure(), y.rdExpenditureItaly(),
                        y.euInternationalGrants(), y.staffHeadcount(), y.turnover(), y.balanceSheetTotal()));
            }
            app.years = years;
            app.submittedOn = date;
            return app.build();
        }

        @Test
        void registeringItNeverChangesANationalDecision() {
            ApplicationEvaluator nationalWithBoth = WITH_BOTH.evaluator().build();
            ApplicationEvaluator nationalWithFinal = DATED;
            qt().forAll(Generators.applications(), integers().between(0, 7)).checkAssert((app, date) -> {
                Application a = at(app, date);
                assertThat(nationalWithBoth.evaluate(a)).isEqualTo(nationalWithFinal.evaluate(a));
            });
            ApplicationEvaluator nationalWithRegionalOnly = Esibe.builder()
                    .rulesetProvider(TestProviders.rulesets("lombardia", REGIONAL)).build().evaluator().build();
            qt().forAll(Generators.applications(), integers().between(0, 7)).checkAssert((app, date) -> {
                Application a = at(app, date);
                assertThat(nationalWithRegionalOnly.evaluate(a)).isEqualTo(BEFORE_THE_SUCCESSOR.evaluate(a));
            });
        }

        @Test
        void itJudgesOnlyWhenAskedForBySeries() {
            Apps app = Apps.example().patents();
            app.years = new ArrayList<>(List.of(Apps.year(2025, "150000", "150000", "0", "38.5", "120000", "9000000")));
            app.submittedOn = LocalDate.of(2026, 3, 1);
            Application a = app.build();
            Decision national = WITH_BOTH.evaluator().build().evaluate(a);
            Decision regional = WITH_BOTH.evaluator().series("lom").build().evaluate(a);
            assertThat(national.ruleset()).isEqualTo("esibe-2024-interim");
            assertThat(national.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
            assertThat(regional.ruleset()).isEqualTo("lom-2026");
            assertThat(regional.outcome()).isEqualTo(Outcome.ELIGIBLE);
            assertThat(WITH_BOTH.series("lom")).containsExactly(REGIONAL);
            assertThat(WITH_BOTH.series("esibe")).containsExactly(Rulesets.interim(), FINAL);
        }

        @Test
        void beforeItsOwnStartItIsInvalidAtSubmittedOnOrAConfigurationError() {
            ApplicationEvaluator regional = WITH_BOTH.evaluator().series("lom").build();
            Decision d = regional.evaluate(submittedOn(LocalDate.of(2025, 12, 31)));
            assertThat(d.outcome()).isEqualTo(Outcome.INVALID);
            assertThat(d.violations()).extracting(Violation::path).containsExactly("submittedOn");
            assertThat(d.violations().get(0).message()).contains("lom").contains("lom-2026").contains("2026-01-01");
            assertThatThrownBy(() -> WITH_BOTH.evaluator().series("lom").referenceDate(LocalDate.of(2025, 12, 31))
                    .build()).isInstanceOf(ConfigurationException.class).hasMessageContaining("lom-2026");
        }
    }
}
