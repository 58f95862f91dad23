package it.esibe.examples.lombardia;

import static org.assertj.core.api.Assertions.assertThat;

import it.esibe.core.decision.CriterionResult;
import it.esibe.core.decision.Fact;
import it.esibe.core.decision.WayToPass;
import it.esibe.core.decision.Verdict;
import it.esibe.core.message.MessageCatalog;
import it.esibe.core.spi.CriterionContext;
import it.esibe.rules.Esibe;
import it.esibe.rules.Rulesets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** LOM-SEAT on its own: the region of the legal seat, read from the application as declared. */
class LegalSeatInLombardyTest {

    /** The catalog an evaluator with the Lombardy jar has: its words, then ESIBE's own. */
    private static final MessageCatalog MESSAGES = Esibe.builder().messageProvider(new LombardyMessages()).build()
            .messages();

    private static CriterionResult judge(Apps app) {
        // LOM-SEAT reads no parameter and no code: the context needs only the application.
        CriterionContext context = CriterionContext.builder(app.build()).messages(MESSAGES).build();
        return new LegalSeatInLombardy().evaluate(context);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Lombardia", "lombardia", "LOMBARDIA", "Lombardy", " Lombardia "})
    void passesForLombardyInItalianOrEnglishWhateverTheCase(String region) {
        CriterionResult r = judge(Apps.example().seat("IT", region));

        assertThat(r.id()).isEqualTo("LOM-SEAT");
        assertThat(r.result()).isEqualTo(Verdict.PASS);
        assertThat(r.message().it()).contains("Lombardia").contains(region.strip());
        assertThat(r.message().en()).contains("Lombardy");
        assertThat(r.remedy()).isNull();
    }

    @Test
    void failsForAnotherItalianRegionNamingIt() {
        CriterionResult r = judge(Apps.example().seat("IT", "Lazio"));

        assertThat(r.result()).isEqualTo(Verdict.FAIL);
        assertThat(r.message().it()).startsWith("Sede legale in Lazio").contains("Lombardia");
        assertThat(r.message().en()).startsWith("Legal seat in Lazio").contains("Lombardy");
        assertThat(r.message().others()).containsEntry("de",
                "Rechtssitz in Lazio: die regionale Ausschreibung verlangt den Rechtssitz in der Lombardei");
    }

    @Test
    void withoutExplanationsItGivesItsKeysLikeEveryCriterion() {
        CriterionContext terse = CriterionContext.builder(Apps.example().seat("IT", "Lazio").build(),
                Rulesets.interim().parameters(), Esibe.taxonomy()).explanations(false).build();
        CriterionResult r = new LegalSeatInLombardy().evaluate(terse);
        assertThat(r.result()).isEqualTo(Verdict.FAIL);
        assertThat(r.message().it()).isEqualTo("lom.seat.fail");
        assertThat(r.message().en()).isEqualTo("lom.seat.fail");
    }

    @Test
    void aRegionThatOnlyContainsTheNameIsAnotherRegion() {
        // "Lombardia" must be the whole region, not a part of a longer name.
        assertThat(judge(Apps.example().seat("IT", "Lombardia Orientale")).result()).isEqualTo(Verdict.FAIL);
    }

    @Test
    void failsForASeatOutsideItalyEvenIfTheRegionSaysLombardy() {
        CriterionResult r = judge(Apps.example().seat("CH", "Lombardia"));

        assertThat(r.result()).isEqualTo(Verdict.FAIL);
        assertThat(r.message().it()).contains("fuori d'Italia (CH)");
        assertThat(r.message().en()).contains("outside Italy (CH)");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void isUnknownWhenTheRegionIsBlank(String region) {
        assertThat(judge(Apps.example().seat("IT", region)).result()).isEqualTo(Verdict.UNKNOWN);
    }

    @Test
    void isUnknownWhenTheRegionIsMissingSayingWhatIsNeeded() {
        CriterionResult r = judge(Apps.example().seat("IT", null));

        assertThat(r.result()).isEqualTo(Verdict.UNKNOWN);
        assertThat(r.message().it()).contains("non indicata");
        assertThat(r.message().en()).contains("not declared");
    }

    @Test
    void citesTheIllustrativeCallAndTheNationalSeatRule() {
        CriterionResult r = judge(Apps.example());

        assertThat(r.citation()).isEqualTo(new LegalSeatInLombardy().citation())
                .contains("non ufficiale").contains("Rapporto ad interim, §5.3");
    }

    @Test
    void reportsTheFactsItReadTheRegionItMissesAndItsWayToPassAsTheBuiltInsDo() {
        CriterionResult pass = judge(Apps.example().seat("IT", "Lombardia"));
        assertThat(pass.facts()).containsExactly(Fact.of("company.legalSeat.country", "IT"),
                Fact.of("company.legalSeat.region", "Lombardia"));

        CriterionResult unknown = judge(Apps.example().seat("IT", null));
        assertThat(unknown.facts()).containsExactly(Fact.of("company.legalSeat.country", "IT"));
        assertThat(unknown.missingFacts()).containsExactly("company.legalSeat.region");
        assertThat(unknown.wayToPass().kind()).isEqualTo(WayToPass.Kind.PROVIDE_FACTS);
        assertThat(unknown.wayToPass().message().it()).contains("regione");

        CriterionResult elsewhere = judge(Apps.example().seat("IT", "Lazio"));
        assertThat(elsewhere.wayToPass().kind()).isEqualTo(WayToPass.Kind.NOT_BY_FIGURES);
        assertThat(elsewhere.wayToPass().message().en()).contains("Lombardy");
        assertThat(elsewhere.wayToPass().message().others()).containsKey("de");
    }
}
