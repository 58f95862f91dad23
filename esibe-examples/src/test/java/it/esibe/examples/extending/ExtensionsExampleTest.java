package it.esibe.examples.extending;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.esibe.core.ConfigurationException;
import it.esibe.core.decision.Decision;
import it.esibe.core.decision.Fact;
import it.esibe.core.decision.Outcome;
import it.esibe.core.decision.Verdict;
import it.esibe.core.decision.WayToPass;
import it.esibe.core.model.Application;
import it.esibe.core.ruleset.Ruleset;
import it.esibe.core.spi.CompanyEvidence;
import it.esibe.core.spi.Origin;
import it.esibe.io.ApplicationFiles;
import it.esibe.io.InputFormat;
import it.esibe.rules.CriterionIds;
import it.esibe.rules.Esibe;
import it.esibe.rules.EsibeRegistry;
import it.esibe.rules.InterimParameters;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The examples of docs/EXTENDING.md do what the guide says. */
class ExtensionsExampleTest {

    @Test
    void thePilotRulesetIsListedWithItsOriginAndLeavesTheNationalSeriesAlone() {
        EsibeRegistry esibe = ExtensionsExample.registry(Map.of());
        assertThat(esibe.rulesets()).extracting(r -> r.value().id()).contains("esibe-2024-interim", "pilot-2026");
        Origin origin = esibe.rulesets().stream().filter(r -> r.value().id().equals("pilot-2026")).findFirst()
                .orElseThrow().origin();
        assertThat(origin.provider()).isEqualTo("pilot");
        assertThat(origin.kind()).isEqualTo(Origin.Kind.REGISTERED);
        assertThat(esibe.series("esibe")).extracting(Ruleset::id).containsExactly("esibe-2024-interim");
        assertThat(esibe.taxonomy().find("EX-PAT-RARE")).isPresent();
    }

    @Test
    void theActiveCompanyCriterionAsksTheRegisterAndTheSmeCriterionIsWaived() throws IOException {
        Application app = firstEligibleOfTheSampleCall();
        String vat = app.company().vatNumber();
        assertThat(vat).isNotNull();

        Decision unknown = ExtensionsExample.decideUnderPilot(ExtensionsExample.registry(Map.of()), app);
        assertThat(unknown.ruleset()).isEqualTo("pilot-2026");
        assertThat(unknown.criterion("EX-ACTIVE").orElseThrow().result()).isEqualTo(Verdict.UNKNOWN);
        assertThat(unknown.outcome()).isEqualTo(Outcome.INCOMPLETE);

        Decision active = ExtensionsExample.decideUnderPilot(ExtensionsExample.registry(
                Map.of(vat, new CompanyEvidence(vat, app.company().name(), "Lombardia", true))), app);
        assertThat(active.criterion("EX-ACTIVE").orElseThrow().message().en())
                .isEqualTo("Company active according to example-register");
        assertThat(active.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(active.criterion(CriterionIds.SME).orElseThrow().message().en())
                .contains("neutralised by ruleset pilot-2026");

        Decision dissolved = ExtensionsExample.decideUnderPilot(ExtensionsExample.registry(
                Map.of(vat, new CompanyEvidence(vat, app.company().name(), null, false))), app);
        assertThat(dissolved.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);

        // Its facts, its missing facts and its way to pass, reported as ESIBE's own criteria report theirs.
        assertThat(active.criterion("EX-ACTIVE").orElseThrow().facts())
                .containsExactly(Fact.of("company.vatNumber", vat));
        // A register that does not know the company: no fact of the application is missing.
        assertThat(unknown.criterion("EX-ACTIVE").orElseThrow().missingFacts()).isEmpty();
        assertThat(dissolved.pathToEligibility()).filteredOn(s -> s.criterion().equals("EX-ACTIVE")).singleElement()
                .satisfies(s -> assertThat(s.way().kind()).isEqualTo(WayToPass.Kind.NOT_BY_FIGURES));
    }

    @Test
    void theLoweredThresholdSucceedsTheInterimRulesetFrom2027() {
        Ruleset lowered = ExampleRulesets.loweredThreshold();
        assertThat(lowered.series()).isEqualTo("esibe");
        assertThat(lowered.parameters().get(InterimParameters.RD_MIN_PRECISION_MEDICINE)).isEqualByComparingTo("1500000");
        assertThat(lowered.parametersSha256()).isNotEqualTo(Esibe.defaults().ruleset("esibe-2024-interim")
                .orElseThrow().parametersSha256());
    }

    @Test
    void theSameReformReadFromSettingsIsTheSameRulesetAndABadValueSaysWhatIsExpected() {
        Ruleset typed = ExampleRulesets.loweredThreshold();
        Ruleset read = ExampleRulesets.loweredFromSettings(Map.of("rd.min.precisionMedicine", "1500000"));
        assertThat(read.parametersSha256()).isEqualTo(typed.parametersSha256());
        assertThat(read.parameters()).isEqualTo(typed.parameters().with(InterimParameters.RD_MIN_PRECISION_MEDICINE,
                new BigDecimal("1500000")));
        assertThatThrownBy(() -> ExampleRulesets.loweredFromSettings(Map.of("rd.min.precisionMedicine", "1,5 Mio")))
                .isInstanceOf(ConfigurationException.class).hasMessage("parameter rd.min.precisionMedicine is an"
                        + " amount in euro from 0 to 999999999999999.99 with at most 2 decimals, such as 1500000.00;"
                        + " got \"1,5 Mio\"");
        assertThatThrownBy(() -> ExampleRulesets.loweredFromSettings(Map.of("sme.corporateBacking", "waive")))
                .isInstanceOf(ConfigurationException.class).hasMessage("parameter sme.corporateBacking is one of"
                        + " EXCLUDE_BACKERS, WAIVE_TEST; got \"waive\"");
    }

    /** The first application of the sample call that the national ruleset finds eligible. */
    private static Application firstEligibleOfTheSampleCall() throws IOException {
        List<Application> eligible = new ArrayList<>();
        try (InputStream in = ExtensionsExample.class.getResourceAsStream("/it/esibe/examples/sample-call.jsonl")) {
            ApplicationFiles.using(Esibe.evaluator().build()).decideEach(in, InputFormat.JSON_LINES, d -> {
                if (d.decision().outcome() == Outcome.ELIGIBLE && d.application() != null) {
                    eligible.add(d.application());
                }
            });
        }
        assertThat(eligible).isNotEmpty();
        return eligible.get(0);
    }
}
