package it.esibe.examples.lombardia;

import static org.assertj.core.api.Assertions.assertThat;

import it.esibe.core.ApplicationEvaluator;
import it.esibe.core.decision.CriterionResult;
import it.esibe.core.decision.Decision;
import it.esibe.core.decision.Outcome;
import it.esibe.core.decision.Verdict;
import it.esibe.core.ruleset.Ruleset;
import it.esibe.core.spi.Criterion;
import it.esibe.core.spi.EsibeSpi;
import it.esibe.core.spi.Origin;
import it.esibe.core.spi.Registered;
import it.esibe.rules.Esibe;
import it.esibe.rules.EsibeRegistry;
import it.esibe.rules.InterimParameters;
import it.esibe.rules.Rulesets;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Ruleset lom-2026: the national ruleset with LOM-SEAT added and a lower precision-medicine threshold. */
class LombardyRulesetsTest {

    private static final EsibeRegistry REGISTRY = Esibe.builder()
            .rulesetProvider(new LombardyRulesets())
            .taxonomyProvider(new LombardyTaxonomy())
            .messageProvider(new LombardyMessages())
            .build();

    private static Ruleset lom() {
        return REGISTRY.ruleset("lom-2026").orElseThrow();
    }

    private static Decision underLom(Apps app) {
        return REGISTRY.evaluator().ruleset("lom-2026").build().evaluate(app.build());
    }

    private static Decision underNational(Apps app) {
        return REGISTRY.evaluator().build().evaluate(app.build());
    }

    @Test
    void isSeriesLombardiaVersionOneFrom2026() {
        Ruleset r = lom();

        assertThat(r.id()).isEqualTo("lom-2026");
        assertThat(r.series()).isEqualTo("lombardia");
        assertThat(r.version()).isEqualTo("1");
        assertThat(r.effectiveFrom()).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(REGISTRY.series("lombardia")).containsExactly(r);
    }

    @Test
    void runsTheNationalCriteriaInTheirOrderThenLomSeat() {
        List<String> expected = new ArrayList<>(Rulesets.interim().criteria().stream().map(Criterion::id).toList());
        expected.add("LOM-SEAT");

        assertThat(lom().criteria()).extracting(Criterion::id).containsExactlyElementsOf(expected);
    }

    @Test
    void lowersOnlyThePrecisionMedicineThresholdToOneAndAHalfMillion() {
        Map<String, Object> expected = new TreeMap<>(Rulesets.interim().parameters().values());
        expected.put("rd.min.precisionMedicine", new BigDecimal("1500000"));

        Map<String, Object> actual = lom().parameters().values();
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        expected.forEach((name, value) -> {
            if (value instanceof BigDecimal d) {
                assertThat((BigDecimal) actual.get(name)).as(name).isEqualByComparingTo(d);
            } else {
                assertThat(actual.get(name)).as(name).isEqualTo(value);
            }
        });
        assertThat(lom().parameters().get(InterimParameters.RD_MIN_INDUSTRIAL_ENVIRONMENTAL)).isEqualByComparingTo("800000");
        assertThat(lom().parametersSha256()).isNotEqualTo(Rulesets.interim().parametersSha256());
    }

    @Test
    void anEligibleLombardCompanyIsEligibleUnderLom2026WithLomSeatPassing() {
        Decision d = underLom(Apps.example());

        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(d.ruleset()).isEqualTo("lom-2026");
        assertThat(d.rulesetVersion()).isEqualTo("1");
        assertThat(d.parametersSha256()).isEqualTo(lom().parametersSha256());
        assertThat(d.criterion("LOM-SEAT")).map(CriterionResult::result).hasValue(Verdict.PASS);
    }

    @Test
    void aCompanyOfLazioIsEligibleNationallyButNotUnderLom2026() {
        Apps lazio = Apps.example().seat("IT", "Lazio");

        assertThat(underNational(lazio).outcome()).isEqualTo(Outcome.ELIGIBLE);
        Decision d = underLom(lazio);
        assertThat(d.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
        assertThat(d.criterion("LOM-SEAT")).map(CriterionResult::result).hasValue(Verdict.FAIL);
        assertThat(d.criterion("ESIBE-SEAT")).map(CriterionResult::result).hasValue(Verdict.PASS);
    }

    @Test
    void withoutARegionTheDecisionWaitsForEvidence() {
        Decision d = underLom(Apps.example().seat("IT", null));

        assertThat(d.outcome()).isEqualTo(Outcome.INCOMPLETE);
        assertThat(d.criterion("LOM-SEAT")).map(CriterionResult::result).hasValue(Verdict.UNKNOWN);
    }

    @Test
    void oneMillionEightHundredThousandMeetsTheRegionalThresholdButNotTheReports() {
        // §5.3: "almeno 2 milioni di euro all'anno in R&D"; the illustrative regional call asks 1.5 million.
        Apps smaller = Apps.example().rd("1800000", "1500000");

        assertThat(underNational(smaller).criterion("ESIBE-RD-MIN")).map(CriterionResult::result).hasValue(Verdict.FAIL);
        assertThat(underLom(smaller).criterion("ESIBE-RD-MIN")).map(CriterionResult::result).hasValue(Verdict.PASS);
        assertThat(underLom(Apps.example().rd("1499999.99", "1400000")).criterion("ESIBE-RD-MIN"))
                .map(CriterionResult::result).hasValue(Verdict.FAIL);
    }

    @Test
    void registeringItLeavesTheNationalSeriesAlone() {
        ApplicationEvaluator national = REGISTRY.evaluator().build();

        assertThat(national.evaluate(Apps.example().build()).ruleset()).isEqualTo(Rulesets.INTERIM_2024);
        assertThat(REGISTRY.rulesetInForce("esibe", LocalDate.of(2027, 1, 1)))
                .map(Ruleset::id).hasValue(Rulesets.INTERIM_2024);
    }

    @Test
    void seriesLombardiaAppliesFrom2026AndRejectsEarlierReferenceDates() {
        ApplicationEvaluator regional = REGISTRY.evaluator().series("lombardia").build();

        assertThat(regional.evaluate(Apps.example().build()).ruleset()).isEqualTo("lom-2026");
        Apps early = Apps.example();
        early.submittedOn = LocalDate.of(2025, 12, 31);
        assertThat(regional.evaluate(early.build()).outcome()).isEqualTo(Outcome.INVALID);
    }

    @Test
    void withoutItsWordsAnEvaluatorOfLom2026FailsWhenBuiltNamingTheKey() {
        EsibeRegistry mute = Esibe.builder().rulesetProvider(new LombardyRulesets())
                .taxonomyProvider(new LombardyTaxonomy()).build();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> mute.evaluator().ruleset(LombardyRulesets.ID).build())
                .isInstanceOf(it.esibe.core.ConfigurationException.class).hasMessageContaining("LOM-SEAT")
                .hasMessageContaining("lom.seat.");
    }

    @Test
    void statesTheSpiVersionAndItsName() {
        assertThat(new LombardyRulesets().spiVersion()).isEqualTo(EsibeSpi.VERSION);
        assertThat(new LombardyRulesets().name()).isEqualTo("lombardia");
        assertThat(REGISTRY.rulesets()).filteredOn(r -> r.value().id().equals("lom-2026"))
                .extracting(Registered::origin).extracting(Origin::provider, Origin::kind)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("lombardia", Origin.Kind.REGISTERED));
    }

    @Test
    void isDiscoveredFromTheClassPathThroughMetaInfServices() {
        EsibeRegistry discovered = Esibe.builder().discoverProviders().build();

        assertThat(discovered.rulesets()).extracting(r -> r.value().id())
                .containsExactly("esibe-2024-interim", "lom-2026");
        Origin origin = discovered.rulesets().get(1).origin();
        assertThat(origin.provider()).isEqualTo("lombardia");
        assertThat(origin.kind()).isEqualTo(Origin.Kind.DISCOVERED);
        assertThat(discovered.taxonomyOrigin("LOM-PAT-RARE")).hasValue(origin);
    }
}
