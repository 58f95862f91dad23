package it.esibe.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.esibe.core.ApplicationRecord;
import it.esibe.core.ConfigurationException;
import it.esibe.core.decision.Decision;
import it.esibe.core.decision.Outcome;
import it.esibe.core.decision.RecordPosition;
import it.esibe.core.decision.Verdict;
import it.esibe.core.decision.Violation;
import it.esibe.core.model.DevelopmentStage;
import it.esibe.core.model.Location;
import it.esibe.core.model.Program;
import it.esibe.core.model.Track;
import it.esibe.core.ruleset.Ruleset;
import it.esibe.rules.whatif.ApplicantComparison;
import it.esibe.rules.whatif.Comparison;
import it.esibe.rules.whatif.ComparisonSummary;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A comparison says, applicant by applicant, which outcome changes and which criteria changed
 * with both explanations, and counts the call: the transition matrix, per track, region and
 * priority, and the unaffected.
 */
class ComparisonTest {

    /** §5.3 bullet 1 lowered from 2 000 000 to 1 500 000 EUR. */
    static final Ruleset LOWERED = Rulesets.interim().derive("t-lower-rd")
            .parameter(InterimParameters.RD_MIN_PRECISION_MEDICINE, new BigDecimal("1500000.00")).build();

    static final Comparison COMPARISON = Comparison.builder(Esibe.defaults())
            .ruleset(Rulesets.interim()).ruleset(LOWERED).build();

    /** R&D 2024 of 1 650 000 EUR: below 2 000 000, above 1 500 000. */
    static Apps between() {
        return Apps.example().years(Apps.year(2024, "1650000", "1400000", "0", "38.5", "120000", "9000000"));
    }

    @Test
    void anApplicantBetweenTheThresholdsEntersWithBothExplanations() {
        ApplicantComparison c = COMPARISON.start().add(between().build());

        assertThat(c.applicationId()).isEqualTo("CALL2025-0001");
        assertThat(c.outcomeChanged()).isTrue();
        ApplicantComparison.Change change = c.change("t-lower-rd").orElseThrow();
        assertThat(change.before()).isEqualTo(Outcome.NOT_ELIGIBLE);
        assertThat(change.after()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(change.entered()).isTrue();
        assertThat(change.criteria()).singleElement().satisfies(cc -> {
            assertThat(cc.id()).isEqualTo(CriterionIds.RD_MIN);
            assertThat(cc.before().result()).isEqualTo(Verdict.FAIL);
            assertThat(cc.before().message().en())
                    .isEqualTo("R&D expenditure 2024: EUR 1,650,000.00, below the EUR 2,000,000.00 threshold");
            assertThat(cc.after().result()).isEqualTo(Verdict.PASS);
            assertThat(cc.after().message().en())
                    .isEqualTo("R&D expenditure 2024: EUR 1,650,000.00, at or above the EUR 1,500,000.00 threshold");
            assertThat(cc.after().message().it()).contains("1.500.000,00");
        });
        assertThat(c.decisions()).extracting(Decision::ruleset).containsExactly(Rulesets.INTERIM_2024, "t-lower-rd");
    }

    @Test
    void anExplanationThatOnlyNamesTheNewThresholdIsNoChange() {
        // 2 500 000 passes both: the RD-MIN message names the other threshold, the verdict is the same.
        ApplicantComparison c = COMPARISON.start().add(Apps.example().build());

        assertThat(c.unaffected()).isTrue();
        assertThat(c.changes()).singleElement().satisfies(ch -> assertThat(ch.criteria()).isEmpty());
    }

    @Test
    void aCriterionChangeWithoutAnOutcomeChangeIsTold() {
        // Failing the stage too: RD-MIN changes, the outcome stays NOT_ELIGIBLE.
        ApplicantComparison c = COMPARISON.start().add(between().stage(DevelopmentStage.COMMERCIAL).build());

        assertThat(c.outcomeChanged()).isFalse();
        assertThat(c.unaffected()).isFalse();
        assertThat(c.changes().get(0).criteria()).extracting(ApplicantComparison.CriterionChange::id)
                .containsExactly(CriterionIds.RD_MIN);
    }

    @Test
    void theSummaryCountsTransitionsTracksRegionsAndPriorities() {
        Comparison.Run run = COMPARISON.start();
        run.add(between().build());                                            // enters
        run.add(Apps.example().build());                                       // stays eligible
        run.add(between().stage(DevelopmentStage.COMMERCIAL).build());         // criterion only
        Apps south = between();
        south.legalSeat = new Location("IT", "Puglia", "Bari");
        south.stage = null;                                                    // INCOMPLETE after, NOT_ELIGIBLE before
        run.add(south.build());
        Apps industrial = Apps.example().track(Track.INDUSTRIAL_ENVIRONMENTAL)
                .programs(new Program("Enzymes", "TEC-SYNBIO", List.of("IND-GHG")))
                .years(Apps.year(2024, "900000", "800000", "0", "10", "100000", "100000"));
        run.add(industrial.build());                                           // eligible under both

        ComparisonSummary s = run.summary();

        assertThat(s.baseline()).isEqualTo(Rulesets.INTERIM_2024);
        assertThat(s.total()).isEqualTo(5);
        assertThat(s.unaffected()).isEqualTo(2);
        ComparisonSummary.Impact i = s.impacts().get(0);
        assertThat(i.ruleset()).isEqualTo("t-lower-rd");
        assertThat(i.count(Outcome.NOT_ELIGIBLE, Outcome.ELIGIBLE)).isEqualTo(1);
        assertThat(i.count(Outcome.NOT_ELIGIBLE, Outcome.INCOMPLETE)).isEqualTo(1);
        assertThat(i.count(Outcome.NOT_ELIGIBLE, Outcome.NOT_ELIGIBLE)).isEqualTo(1);
        assertThat(i.count(Outcome.ELIGIBLE, Outcome.ELIGIBLE)).isEqualTo(2);
        assertThat(i.count(Outcome.INVALID, Outcome.INVALID)).isZero();
        assertThat(i.outcomeChanged()).isEqualTo(2);
        assertThat(i.criteriaChanged()).isEqualTo(1);
        assertThat(i.entered()).isEqualTo(1);
        assertThat(i.left()).isZero();
        assertThat(i.byTrack()).containsEntry("PRECISION_MEDICINE", new ComparisonSummary.Counts(4, 1, 2, 1, 0, 2))
                .containsEntry("INDUSTRIAL_ENVIRONMENTAL", new ComparisonSummary.Counts(1, 1, 1, 0, 0, 0));
        assertThat(i.byRegion()).containsEntry("Lombardia", new ComparisonSummary.Counts(4, 2, 3, 1, 0, 1))
                .containsEntry("Puglia", new ComparisonSummary.Counts(1, 0, 0, 0, 0, 1));
        assertThat(i.byPriority()).containsEntry("PAT-ONCO", new ComparisonSummary.Counts(4, 1, 2, 1, 0, 2))
                .containsEntry("IND-GHG", new ComparisonSummary.Counts(1, 1, 1, 0, 0, 0));
    }

    @Test
    void aRecordIsDecidedUnderEveryRulesetWithItsPositionAndHash() {
        Comparison.Run run = COMPARISON.start();
        RecordPosition line4 = new RecordPosition(RecordPosition.Kind.LINE, 4);
        ApplicationRecord record = ApplicationRecord.builder().application(between().build())
                .inputSha256("ab".repeat(32)).position(line4).build();

        ApplicantComparison c = run.add(record);

        assertThat(c.position()).isEqualTo(line4);
        assertThat(c.decisions()).extracting(Decision::ruleset).containsExactly(Rulesets.INTERIM_2024, "t-lower-rd");
        assertThat(c.decisions()).allSatisfy(x -> {
            assertThat(x.inputSha256()).isEqualTo("ab".repeat(32));
            assertThat(x.position()).isEqualTo(line4);
        });
        assertThat(c.change("t-lower-rd")).get().satisfies(ch -> assertThat(ch.entered()).isTrue());
        assertThat(run.summary().total()).isEqualTo(1);
    }

    @Test
    void theReadersViolationsMakeAnApplicationInvalidUnderEveryRuleset() {
        Comparison.Run run = COMPARISON.start();
        Violation unreadable = new Violation("company.employees", "not a number");
        ApplicationRecord record = ApplicationRecord.builder().application(between().build())
                .violations(List.of(unreadable)).build();

        ApplicantComparison c = run.add(record);

        assertThat(c.decisions()).allSatisfy(d -> {
            assertThat(d.outcome()).isEqualTo(Outcome.INVALID);
            assertThat(d.violations()).contains(unreadable);
        });
        assertThat(c.unaffected()).isTrue();
    }

    @Test
    void aRecordThatIsNoApplicationIsInvalidUnderEveryRuleset() {
        Comparison.Run run = COMPARISON.start();
        ApplicationRecord record = ApplicationRecord.builder().applicationId("X-1")
                .violations(List.of(new Violation("", "not JSON"))).build();

        ApplicantComparison c = run.add(record);

        assertThat(c.applicationId()).isEqualTo("X-1");
        assertThat(c.decisions()).extracting(Decision::outcome).containsExactly(Outcome.INVALID, Outcome.INVALID);
        assertThat(c.unaffected()).isTrue();
        assertThat(run.summary().impacts().get(0).byTrack()).containsKey(ComparisonSummary.NOT_GIVEN);
    }

    @Test
    void regionsBeyondTheFirstHundredAreCountedTogether() {
        Comparison.Run run = COMPARISON.start();
        for (int i = 0; i < Comparison.MAX_GROUPS + 5; i++) {
            Apps a = Apps.example();
            a.legalSeat = new Location("IT", "Regione " + i, null);
            run.add(a.build());
        }

        var byRegion = run.summary().impacts().get(0).byRegion();

        assertThat(byRegion).hasSize(Comparison.MAX_GROUPS + 1);
        assertThat(byRegion.get(ComparisonSummary.OTHERS).applicants()).isEqualTo(5);
    }

    @Test
    void aComparisonNeedsTwoRulesetsOfDistinctIds() {
        assertThatThrownBy(() -> Comparison.builder(Esibe.defaults()).ruleset(Rulesets.interim()).build())
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("at least two");
        assertThatThrownBy(() -> Comparison.builder(Esibe.defaults()).ruleset(Rulesets.interim())
                .ruleset(Rulesets.interim()).build()).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("compared twice");
    }

    @Test
    void threeRulesetsAreEachComparedWithTheFirst() {
        Ruleset raised = Rulesets.interim().derive("t-raise-rd")
                .parameter(InterimParameters.RD_MIN_PRECISION_MEDICINE, new BigDecimal("3000000")).build();
        Comparison three = Comparison.builder(Esibe.defaults()).ruleset(Rulesets.interim()).ruleset(LOWERED)
                .ruleset(raised).build();

        ApplicantComparison c = three.start().add(Apps.example().build());

        assertThat(c.changes()).extracting(ApplicantComparison.Change::ruleset).containsExactly("t-lower-rd", "t-raise-rd");
        assertThat(c.changes()).extracting(ApplicantComparison.Change::after)
                .containsExactly(Outcome.ELIGIBLE, Outcome.NOT_ELIGIBLE);
        assertThat(c.change("t-raise-rd").orElseThrow().left()).isTrue();
    }
}
