package it.esibe.rules;

import static it.esibe.rules.Apps.example;
import static it.esibe.rules.Generators.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.generators.SourceDSL.longs;

import it.esibe.core.ApplicationEvaluator;
import it.esibe.core.ConfigurationException;
import it.esibe.core.decision.CriterionResult;
import it.esibe.core.decision.Decision;
import it.esibe.core.decision.LocalizedText;
import it.esibe.core.decision.Outcome;
import it.esibe.core.decision.Verdict;
import it.esibe.core.model.FiscalYear;
import it.esibe.core.model.Track;
import it.esibe.core.ruleset.ParameterKey;
import it.esibe.core.ruleset.Reform;
import it.esibe.core.ruleset.Ruleset;
import it.esibe.core.spi.Criterion;
import it.esibe.core.spi.CriterionContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Reforms (Ruleset.derive): a derived ruleset changes exactly what it says and nothing else.
 *
 * <p>The thresholds are the spec's: ESIBE-RULES-v1 sets {@code rd.min.precisionMedicine} to
 * 2 000 000 EUR / year, and ESIBE-RD-MIN passes "when {@code rdExpenditure(Y) >= 2 000 000}" (at
 * least). The reform lowers it to 1 500 000.
 */
class ReformTest {

    static final BigDecimal SPEC_THRESHOLD = new BigDecimal("2000000");
    static final BigDecimal LOWERED = new BigDecimal("1500000");
    static final ParameterKey<BigDecimal> RD_MIN_PM = InterimParameters.RD_MIN_PRECISION_MEDICINE;

    static final ParameterKey<Boolean> T_FLAG = ParameterKey.flag("t.flag", "Test, §2");
    static final Ruleset INTERIM = Rulesets.interim();
    static final Ruleset LOWER = INTERIM.derive("esibe-test-lower-rd").parameter(RD_MIN_PM, LOWERED).build();
    static final ApplicationEvaluator UNDER_INTERIM = Esibe.evaluator().ruleset(INTERIM).build();
    static final ApplicationEvaluator UNDER_LOWER = Esibe.evaluator().ruleset(LOWER).build();

    /** Euro amounts in cents across [0, 3 000 000], with the cents on both sides of both thresholds mixed in. */
    static Gen<BigDecimal> rdAcrossBothThresholds() {
        return longs().between(0, 300_000_000L).map(c -> BigDecimal.valueOf(c, 2))
                .mix(Generate.pick(List.of(new BigDecimal("1499999.99"), new BigDecimal("1500000.00"),
                        new BigDecimal("1500000.01"), new BigDecimal("1999999.99"), new BigDecimal("2000000.00"),
                        new BigDecimal("2000000.01"), BigDecimal.ZERO, new BigDecimal("3000000.00"))), 25);
    }

    /** The format's example (eligible, precision medicine, Y = 2024) with R&amp;D {@code rd}, all of it in Italy. */
    static Apps precisionMedicineWithRd(BigDecimal rd) {
        Apps app = example();
        app.years = new ArrayList<>(List.of(new FiscalYear(2024, rd, rd, BigDecimal.ZERO, new BigDecimal("38.5"),
                new BigDecimal("120000"), new BigDecimal("9000000"))));
        return app;
    }

    static Verdict verdict(Decision d, String criterion) {
        return d.criterion(criterion).orElseThrow().result();
    }

    /** The results of every criterion but {@code except}, in order. */
    static List<CriterionResult> allBut(Decision d, String except) {
        return d.criteria().stream().filter(c -> !c.id().equals(except)).toList();
    }

    @Nested
    class LoweringTheRdThreshold {

        @Test
        void theExampleIsEligibleUnderTheSpecSoTheFixtureIsOtherwiseEligible() {
            assertThat(UNDER_INTERIM.evaluate(precisionMedicineWithRd(new BigDecimal("2000000.00")).build()).outcome())
                    .isEqualTo(Outcome.ELIGIBLE);
            assertThat(UNDER_INTERIM.evaluate(precisionMedicineWithRd(new BigDecimal("1999999.99")).build()).outcome())
                    .isEqualTo(Outcome.NOT_ELIGIBLE);
        }

        @Test
        void exactlyTheApplicationsBetweenTheTwoThresholdsChangeOutcome() {
            qt().forAll(rdAcrossBothThresholds()).checkAssert(rd -> {
                var app = precisionMedicineWithRd(rd).build();
                Decision before = UNDER_INTERIM.evaluate(app);
                Decision after = UNDER_LOWER.evaluate(app);
                // "at least": 1 500 000 passes under the reform, 2 000 000 already passed under the spec.
                boolean between = rd.compareTo(LOWERED) >= 0 && rd.compareTo(SPEC_THRESHOLD) < 0;
                assertThat(before.outcome() != after.outcome()).as("outcome changes for R&D %s", rd).isEqualTo(between);
                if (between) {
                    assertThat(before.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
                    assertThat(after.outcome()).isEqualTo(Outcome.ELIGIBLE);
                }
                assertThat(verdict(before, CriterionIds.RD_MIN) != verdict(after, CriterionIds.RD_MIN))
                        .as("ESIBE-RD-MIN changes for R&D %s", rd).isEqualTo(between);
                assertThat(allBut(after, CriterionIds.RD_MIN)).as("every other criterion, for R&D %s", rd)
                        .isEqualTo(allBut(before, CriterionIds.RD_MIN));
                assertThat(after.ruleset()).isEqualTo("esibe-test-lower-rd");
                assertThat(after.parametersSha256()).isNotEqualTo(before.parametersSha256());
            });
        }

        @Test
        void onAnyApplicationOnlyTheRdMinimumOfPrecisionMedicineInTheBandMoves() {
            qt().forAll(Generators.applications()).checkAssert(apps -> {
                var app = apps.build();
                Decision before = UNDER_INTERIM.evaluate(app);
                Decision after = UNDER_LOWER.evaluate(app);
                assertThat(allBut(after, CriterionIds.RD_MIN)).isEqualTo(allBut(before, CriterionIds.RD_MIN));
                Optional<BigDecimal> rd = app.fiscalYear(2024).map(FiscalYear::rdExpenditure);
                boolean moves = app.track() == Track.PRECISION_MEDICINE && rd.isPresent()
                        && rd.get().compareTo(LOWERED) >= 0 && rd.get().compareTo(SPEC_THRESHOLD) < 0;
                Verdict was = verdict(before, CriterionIds.RD_MIN);
                Verdict is = verdict(after, CriterionIds.RD_MIN);
                if (moves) {
                    assertThat(was).isEqualTo(Verdict.FAIL);
                    assertThat(is).isEqualTo(Verdict.PASS);
                } else {
                    assertThat(is).isEqualTo(was);
                }
                if (before.outcome() != after.outcome()) {
                    assertThat(moves).as("an outcome moves only with ESIBE-RD-MIN").isTrue();
                }
            });
        }

        @Test
        void theFailureUnderTheReformNamesTheNewThresholdAndTheAmountMissingToIt() {
            var app = precisionMedicineWithRd(new BigDecimal("1400000.00")).build();
            CriterionResult before = UNDER_INTERIM.evaluate(app).criterion(CriterionIds.RD_MIN).orElseThrow();
            CriterionResult after = UNDER_LOWER.evaluate(app).criterion(CriterionIds.RD_MIN).orElseThrow();
            assertThat(before.remedy().missingAmount()).contains(new BigDecimal("600000.00"));
            assertThat(after.remedy().missingAmount()).contains(new BigDecimal("100000.00"));
            assertThat(after.message().en()).contains("1,500,000").doesNotContain("2,000,000");
            assertThat(after.citation()).isEqualTo(before.citation());
        }

        @Test
        void theBaseRulesetIsUnchanged() {
            assertThat(INTERIM.parameters().get(RD_MIN_PM)).isEqualByComparingTo(SPEC_THRESHOLD);
            assertThat(LOWER.parameters().get(RD_MIN_PM)).isEqualByComparingTo(LOWERED);
            assertThat(LOWER.criteria()).isEqualTo(INTERIM.criteria());
            assertThat(LOWER.version()).isEqualTo(INTERIM.version());
            assertThat(LOWER.effectiveFrom()).isEqualTo(INTERIM.effectiveFrom());
            assertThat(LOWER.series()).as("a series of its own unless told").isEqualTo("esibe-test-lower-rd");
        }
    }

    /** A criterion of its own id that always gives {@code verdict}, and reads parameter {@code parameter} if given. */
    static Criterion fixed(String id, Verdict verdict) {
        return new Criterion() {
            @Override
            public String spiVersion() {
                return it.esibe.core.spi.EsibeSpi.VERSION;
            }

            @Override
            public String id() {
                return id;
            }

            @Override
            public String citation() {
                return "Test, §1";
            }

            @Override
            public CriterionResult evaluate(CriterionContext context) {
                return CriterionResult.builder().id(id).result(verdict).message(new LocalizedText("fisso", "fixed"))
                        .citation(citation()).build();
            }
        };
    }

    static List<String> ids(Decision d) {
        return d.criteria().stream().map(CriterionResult::id).toList();
    }

    static Decision decide(Ruleset ruleset, Apps app) {
        return Esibe.evaluator().ruleset(ruleset).build().evaluate(app.build());
    }

    @Nested
    class Operations {

        @Test
        void addAppendsAfterEveryCriterionAndItsVerdictCounts() {
            Ruleset r = INTERIM.derive("t-add").add(fixed("T-EXTRA", Verdict.FAIL)).build();
            Decision d = decide(r, example());
            assertThat(ids(d)).containsExactly("ESIBE-TRACK-ALIGN", "ESIBE-STAGE", "ESIBE-RD-MIN", "ESIBE-PATENT",
                    "ESIBE-SEAT", "ESIBE-RD-ITALY", "ESIBE-SME", "T-EXTRA");
            assertThat(d.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
            assertThat(decide(INTERIM, example()).outcome()).isEqualTo(Outcome.ELIGIBLE);
        }

        @Test
        void anAddedCriterionReadsAParameterTheReformAdds() {
            Criterion needsFlag = new Criterion() {
            @Override
            public String spiVersion() {
                return it.esibe.core.spi.EsibeSpi.VERSION;
            }

                @Override
                public String id() {
                    return "T-FLAG";
                }

                @Override
                public String citation() {
                    return "Test, §2";
                }

                @Override
                public CriterionResult evaluate(CriterionContext context) {
                    boolean on = context.parameters().get(T_FLAG);
                    return CriterionResult.builder().id(id()).result(on ? Verdict.PASS : Verdict.UNKNOWN)
                            .message(new LocalizedText("flag", "flag")).citation(citation()).build();
                }
            };
            assertThat(decide(INTERIM.derive("t-on").addParameter(T_FLAG, true).add(needsFlag).build(), example())
                    .outcome()).isEqualTo(Outcome.ELIGIBLE);
            assertThat(decide(INTERIM.derive("t-off").addParameter(T_FLAG, false).add(needsFlag).build(), example())
                    .outcome()).isEqualTo(Outcome.INCOMPLETE);
        }

        @Test
        void addAfterInsertsRightAfterTheNamedCriterion() {
            Ruleset r = INTERIM.derive("t-after").addAfter(CriterionIds.STAGE, fixed("T-AFTER-STAGE", Verdict.PASS))
                    .addAfter(CriterionIds.SME, fixed("T-LAST", Verdict.UNKNOWN)).build();
            Decision d = decide(r, example());
            assertThat(ids(d)).containsExactly("ESIBE-TRACK-ALIGN", "ESIBE-STAGE", "T-AFTER-STAGE", "ESIBE-RD-MIN",
                    "ESIBE-PATENT", "ESIBE-SEAT", "ESIBE-RD-ITALY", "ESIBE-SME", "T-LAST");
            assertThat(d.outcome()).isEqualTo(Outcome.INCOMPLETE);
        }

        @Test
        void replaceKeepsThePositionUnderTheSameOrANewId() {
            Ruleset same = INTERIM.derive("t-same").replace(CriterionIds.PATENT, fixed(CriterionIds.PATENT, Verdict.PASS))
                    .build();
            Apps noPatents = example().patents();
            assertThat(decide(INTERIM, noPatents).outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
            Decision d = decide(same, noPatents);
            assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
            assertThat(ids(d)).isEqualTo(CriterionIds.IN_ORDER);
            assertThat(d.criterion(CriterionIds.PATENT).orElseThrow().citation()).isEqualTo("Test, §1");

            Ruleset renamed = INTERIM.derive("t-renamed").replace(CriterionIds.PATENT, fixed("T-PATENT", Verdict.PASS))
                    .build();
            assertThat(ids(decide(renamed, noPatents))).containsExactly("ESIBE-TRACK-ALIGN", "ESIBE-STAGE",
                    "ESIBE-RD-MIN", "T-PATENT", "ESIBE-SEAT", "ESIBE-RD-ITALY", "ESIBE-SME");
        }

        @Test
        void aNeutralisedCriterionPassesSayingWhichRulesetWaivedItAndWhyAndKeepsItsCitation() {
            String reason = "regional call without the patent requirement";
            Ruleset r = INTERIM.derive("t-waived").neutralise(CriterionIds.PATENT, reason).build();
            Apps noPatents = example().patents();
            Decision d = decide(r, noPatents);
            assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
            assertThat(ids(d)).as("it stays in the decision, in its place").isEqualTo(CriterionIds.IN_ORDER);
            CriterionResult waived = d.criterion(CriterionIds.PATENT).orElseThrow();
            assertThat(waived.result()).isEqualTo(Verdict.PASS);
            assertThat(waived.remedy()).isNull();
            assertThat(waived.citation()).isEqualTo(INTERIM.criterion(CriterionIds.PATENT).orElseThrow().citation())
                    .isEqualTo("Rapporto ad interim, §5.3");
            assertThat(waived.message().en()).contains("t-waived").contains(reason).containsIgnoringCase("neutralised");
            assertThat(waived.message().it()).contains("t-waived").contains(reason).containsIgnoringCase("neutralizzato");
            assertThat(r.criterion(CriterionIds.PATENT).orElseThrow().citation()).isEqualTo("Rapporto ad interim, §5.3");
            // The waiver does not depend on the application: an applicant who has patents sees it too.
            assertThat(decide(r, example()).criterion(CriterionIds.PATENT)).contains(waived);
        }

        @Test
        void neutralisingNeedsAReason() {
            Reform reform = INTERIM.derive("t-blank");
            assertThatThrownBy(() -> reform.neutralise(CriterionIds.PATENT, "  "))
                    .isInstanceOf(ConfigurationException.class).hasMessageContaining(CriterionIds.PATENT)
                    .hasMessageContaining("reason");
        }

        @Test
        void unknownCriterionIdsAreConfigurationErrorsNamingTheKnownOnes() {
            Reform reform = INTERIM.derive("t-unknown");
            for (var call : List.<Runnable>of(
                    () -> reform.addAfter("ESIBE-NOPE", fixed("T-X", Verdict.PASS)),
                    () -> reform.replace("ESIBE-NOPE", fixed("T-X", Verdict.PASS)),
                    () -> reform.neutralise("ESIBE-NOPE", "because"))) {
                assertThatThrownBy(call::run).isInstanceOf(ConfigurationException.class)
                        .hasMessageContaining("ESIBE-NOPE").hasMessageContaining("esibe-2024-interim")
                        .hasMessageContaining("t-unknown");
                assertThatThrownBy(call::run).hasMessageContaining(String.join(", ", CriterionIds.IN_ORDER));
            }
        }

        @Test
        void aCriterionIdMayNotRepeat() {
            Reform reform = INTERIM.derive("t-repeat");
            assertThatThrownBy(() -> reform.add(fixed(CriterionIds.SEAT, Verdict.PASS)))
                    .isInstanceOf(ConfigurationException.class).hasMessageContaining(CriterionIds.SEAT)
                    .hasMessageContaining("replace");
            assertThatThrownBy(() -> reform.addAfter(CriterionIds.STAGE, fixed(CriterionIds.SEAT, Verdict.PASS)))
                    .isInstanceOf(ConfigurationException.class).hasMessageContaining(CriterionIds.SEAT);
            assertThatThrownBy(() -> reform.replace(CriterionIds.STAGE, fixed(CriterionIds.SEAT, Verdict.PASS)))
                    .isInstanceOf(ConfigurationException.class).hasMessageContaining(CriterionIds.SEAT);
        }

        @Test
        void unknownParametersAreConfigurationErrorsNamingTheKnownOnes() {
            assertThatThrownBy(() -> INTERIM.derive("t-p").parameter("rd.min.precisionMedecine", "1500000"))
                    .isInstanceOf(ConfigurationException.class).hasMessageContaining("rd.min.precisionMedecine")
                    .hasMessageContaining("rd.min.precisionMedicine").hasMessageContaining("sme.maxStaff");
            assertThatThrownBy(() -> INTERIM.derive("t-p").addParameter(InterimParameters.SME_MAX_STAFF, new BigDecimal("500")))
                    .isInstanceOf(ConfigurationException.class).hasMessageContaining("sme.maxStaff");
        }

        @Test
        void aParameterKeepsItsKindAndRange() {
            // The typed path does not compile with a value of another type (reform.parameter(RD_MIN_PM, 1_500_000));
            // what remains to check at run time is the range, and the string path of reforms read from files.
            Reform reform = INTERIM.derive("t-type");
            assertThatThrownBy(() -> reform.parameter(RD_MIN_PM, new BigDecimal("1500000.001")))
                    .isInstanceOf(ConfigurationException.class).hasMessage("parameter rd.min.precisionMedicine is an"
                            + " amount in euro from 0 to 999999999999999.99 with at most 2 decimals, such as 1500000.00;"
                            + " got 1500000.001");
            assertThatThrownBy(() -> reform.parameter(RD_MIN_PM, new BigDecimal("-1")))
                    .isInstanceOf(ConfigurationException.class).hasMessageContaining("rd.min.precisionMedicine");
            assertThatThrownBy(() -> reform.parameter(InterimParameters.RD_ITALY_MIN_SHARE_EXCLUSIVE, new BigDecimal("50")))
                    .isInstanceOf(ConfigurationException.class).hasMessage("parameter rd.italy.minShareExclusive is a"
                            + " share from 0 to 1, such as 0.5 for half; got 50");
            assertThatThrownBy(() -> reform.parameter("rd.min.precisionMedicine", "abc"))
                    .isInstanceOf(ConfigurationException.class).hasMessage("parameter rd.min.precisionMedicine is an"
                            + " amount in euro from 0 to 999999999999999.99 with at most 2 decimals, such as 1500000.00;"
                            + " got \"abc\"");
            assertThatThrownBy(() -> reform.parameter("patents.acceptPending", "1"))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessage("parameter patents.acceptPending is a switch, true or false; got \"1\"");
            assertThatThrownBy(() -> reform.addParameter(ParameterKey.amount("t.count", "test"), new BigDecimal("0.125")))
                    .isInstanceOf(ConfigurationException.class).hasMessageContaining("t.count");
            assertThatThrownBy(() -> reform.parameter(ParameterKey.flag("rd.min.precisionMedicine", "test"), true))
                    .as("a key of another kind under an existing name").isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("is an amount in euro");
            // The failed calls left the reform as it was.
            assertThat(reform.build().parameters()).isEqualTo(INTERIM.parameters());
        }

        @Test
        void idVersionDateAndSeriesAreTheReformsToSet() {
            Ruleset r = INTERIM.derive("esibe-2026-final").series(Rulesets.NATIONAL_SERIES).version("2")
                    .effectiveFrom(LocalDate.of(2026, 6, 1)).build();
            assertThat(r.id()).isEqualTo("esibe-2026-final");
            assertThat(r.series()).isEqualTo("esibe");
            assertThat(r.version()).isEqualTo("2");
            assertThat(r.effectiveFrom()).isEqualTo(LocalDate.of(2026, 6, 1));
            assertThatThrownBy(() -> INTERIM.derive("Not An Id").build()).isInstanceOf(ConfigurationException.class)
                    .hasMessageContaining("Not An Id");
            assertThatThrownBy(() -> INTERIM.derive("ok").series("Esibe National").build())
                    .isInstanceOf(ConfigurationException.class).hasMessageContaining("Esibe National");
            assertThatThrownBy(() -> INTERIM.derive("ok").version(" ").build())
                    .isInstanceOf(ConfigurationException.class).hasMessageContaining("version");
        }

        @Test
        void aBuiltRulesetDoesNotChangeWhenTheReformGoesOn() {
            Reform reform = INTERIM.derive("t-snapshot");
            Ruleset first = reform.build();
            reform.add(fixed("T-LATER", Verdict.FAIL)).parameter(RD_MIN_PM, LOWERED);
            assertThat(first.criteria()).isEqualTo(INTERIM.criteria());
            assertThat(first.parameters()).isEqualTo(INTERIM.parameters());
            assertThat(reform.build().criteria()).hasSize(INTERIM.criteria().size() + 1);
        }
    }
}
