package it.esibe.rules;

import static it.esibe.rules.Apps.example;
import static it.esibe.rules.Apps.year;
import static org.assertj.core.api.Assertions.assertThat;

import it.esibe.core.ApplicationEvaluator;
import it.esibe.core.ApplicationRecord;
import it.esibe.core.decision.Decision;
import it.esibe.core.decision.Outcome;
import it.esibe.core.decision.RecordPosition;
import it.esibe.core.decision.Violation;
import it.esibe.core.message.Message;
import it.esibe.core.message.MessageArg;
import it.esibe.core.model.Location;
import it.esibe.core.model.Program;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Format violations make the decision INVALID with a JSON path each, and no criterion is evaluated. */
class EvaluatorValidationTest {

    static final ApplicationEvaluator EVALUATOR = Esibe.evaluator().build();

    @Test
    void unknownTaxonomyCodesAreViolationsWithTheirPath() {
        Decision d = EVALUATOR.evaluate(example().programs(new Program("x", "TEC-TELEPORT", List.of("PAT-ONCO",
                "TEC-RNA"))).build());
        assertThat(d.outcome()).isEqualTo(Outcome.INVALID);
        assertThat(d.criteria()).isEmpty();
        assertThat(d.violations()).extracting(Violation::path)
                .containsExactly("programs[0].priorities[1]", "programs[0].technology");
        assertThat(d.violations().get(1).message()).contains("TEC-TELEPORT").contains("TEC-RNA");
    }

    @Test
    void formatConstraintsGiveJsonPaths() {
        Apps app = example().years(year(2024, "100", "100.01", null, "1", "1", "1.005"));
        app.vat = "IT00743110158";
        app.id = "bad id!";
        Decision d = EVALUATOR.evaluate(app.build());
        assertThat(d.outcome()).isEqualTo(Outcome.INVALID);
        assertThat(d.applicationId()).isEqualTo("bad id!");
        assertThat(d.violations()).extracting(Violation::path).contains("applicationId", "company.vatNumber",
                "fiscalYears[0].rdExpenditureItaly", "fiscalYears[0].balanceSheetTotal");
        assertThat(d.referenceDate()).isEqualTo(LocalDate.of(2025, 3, 15));
    }

    @Test
    void readViolationsMergeWithoutRepeatingTheSamePath() {
        Apps app = example();
        app.submittedOn = null;
        Decision d = EVALUATOR.evaluate(ApplicationRecord.builder().application(app.build()).violations(List.of(
                new Violation("submittedOn", "must be a date in the form YYYY-MM-DD"))).build());
        assertThat(d.violations()).extracting(Violation::path).containsExactly("submittedOn");
        assertThat(d.referenceDate()).isNull();
        assertThat(d.referenceYear()).isNull();
    }

    @Test
    void rejectKeepsTheIdAndTheConfiguredContext() {
        Decision d = Esibe.evaluator().referenceDate(LocalDate.of(2025, 6, 30)).build()
                .evaluate(ApplicationRecord.builder().applicationId("X-1")
                        .violations(List.of(new Violation("", "not JSON"))).build());
        assertThat(d.outcome()).isEqualTo(Outcome.INVALID);
        assertThat(d.applicationId()).isEqualTo("X-1");
        assertThat(d.referenceYear()).isEqualTo(2024);
    }

    @Test
    void violationMessagesFollowTheConfiguredLanguage() {
        Apps app = example();
        app.vat = "IT00743110158";
        String en = EVALUATOR.evaluate(app.build()).violations().get(0).message();
        String it = Esibe.evaluator().locale(Locale.ITALIAN).build().evaluate(app.build()).violations().get(0)
                .message();
        assertThat(en).isNotEqualTo(it).contains("IT");
    }

    /** Violation messages by path. */
    private static Map<String, String> byPath(Decision d) {
        return d.violations().stream().collect(Collectors.toMap(Violation::path, Violation::message));
    }

    /** A wrong check digit (ESIBE-FORMAT-v1: partita IVA) and a country that is not ISO 3166-1. */
    private static Apps badVatAndCountry() {
        Apps app = example();
        app.vat = "IT00743110158";
        app.legalSeat = new Location("XX", "Lombardia", "Milano");
        return app;
    }

    @Test
    void constraintMessagesInAFurtherLanguageComeFromAMessageProviderAndFallBackToEnglishKeyByKey() {
        Map<String, String> english = byPath(EVALUATOR.evaluate(badVatAndCountry().build()));
        // A German message provider that translates only the country code's message.
        java.util.Properties patterns = new java.util.Properties();
        patterns.setProperty("it.esibe.validation.CountryCode.message",
                "muss ein offiziell vergebener ISO-3166-1-alpha-2-Ländercode in Großbuchstaben sein, wie IT");
        Map<String, String> german = byPath(Esibe.builder()
                .messageProvider(MessageProviders.properties("de-test", Locale.GERMAN, patterns)).build()
                .evaluator().locale(Locale.GERMANY).build().evaluate(badVatAndCountry().build()));
        assertThat(german.keySet()).isEqualTo(english.keySet()).hasSize(2);
        String vat = english.keySet().stream().filter(p -> p.contains("vat")).findFirst().orElseThrow();
        String country = english.keySet().stream().filter(p -> p.contains("legalSeat")).findFirst().orElseThrow();
        assertThat(german.get(country)).startsWith("muss ein offiziell vergebener ISO-3166-1-alpha-2-Ländercode");
        assertThat(german.get(vat)).isNotBlank().isEqualTo(english.get(vat)).contains("partita IVA");
    }

    @Test
    void aLanguageWithoutConstraintMessagesIsEnglishEvenOnAnItalianJvm() {
        Map<String, String> english = byPath(EVALUATOR.evaluate(badVatAndCountry().build()));
        Locale before = Locale.getDefault();
        try {
            // ResourceBundle, and so Hibernate Validator, would fall back to the default locale: Italian.
            Locale.setDefault(Locale.ITALY);
            Map<String, String> dutch = byPath(Esibe.evaluator().locale(Locale.forLanguageTag("nl")).build()
                    .evaluate(badVatAndCountry().build()));
            assertThat(dutch).isEqualTo(english);
            Map<String, String> englishHere = byPath(Esibe.evaluator().locale(Locale.UK).build()
                    .evaluate(badVatAndCountry().build()));
            assertThat(englishHere).isEqualTo(english);
        } finally {
            Locale.setDefault(before);
        }
    }

    /** {@code n} fiscal years, each with a negative R&D figure: one violation apiece. */
    private static Apps negativeYears(int n) {
        it.esibe.core.model.FiscalYear[] years = new it.esibe.core.model.FiscalYear[n];
        for (int i = 0; i < n; i++) {
            years[i] = year(1901 + i, "-1", null, null, null, null, null);
        }
        return example().years(years);
    }

    @Test
    void aDecisionListsAtMostAHundredViolationsThenHowManyMore() {
        Decision d = EVALUATOR.evaluate(negativeYears(150).build());
        assertThat(d.outcome()).isEqualTo(Outcome.INVALID);
        assertThat(d.violations()).hasSize(EvaluatorBuilder.DEFAULT_MAX_VIOLATIONS + 1);
        // The first hundred in document order, then the count of the fifty left out, at the record's root.
        assertThat(d.violations().get(0).path()).isEqualTo("fiscalYears[0].rdExpenditure");
        assertThat(d.violations().get(99).path()).isEqualTo("fiscalYears[99].rdExpenditure");
        assertThat(d.violations().get(100)).isEqualTo(new Violation("", "… and 50 more violations, not listed"));
        Decision italian = Esibe.evaluator().locale(Locale.ITALIAN).maxViolations(3).build()
                .evaluate(negativeYears(5).build());
        assertThat(italian.violations()).hasSize(4).last()
                .isEqualTo(new Violation("", "… e altre 2 violazioni, non elencate"));
        // Exactly at the bound nothing is added.
        assertThat(EVALUATOR.evaluate(negativeYears(100).build()).violations()).hasSize(100);
    }

    @Test
    void theReadersViolationsAreRenderedAgainInTheEvaluatorsLanguage() {
        Violation read = Violation.of("company.name", it.esibe.core.message.Message.of(
                "jakarta.validation.constraints.NotNull.message"));
        assertThat(read.message()).isEqualTo("is required");
        Decision italian = Esibe.evaluator().locale(Locale.ITALIAN).build()
                .evaluate(ApplicationRecord.builder().applicationId("X").violations(List.of(read)).build());
        assertThat(italian.violations()).containsExactly(new Violation("company.name", "è obbligatorio"));
    }

    /** A record located as a CSV reader locates one: data row 3, starting on file line 4. */
    private static ApplicationRecord.Builder onRow3() {
        return ApplicationRecord.builder().inputSha256("ab".repeat(32)).position(RecordPosition.row(3))
                .location(path -> Message.of("read.csv.at.row", MessageArg.count(3), MessageArg.count(4)));
    }

    @Test
    void aDecisionCarriesItsRecordsHashPositionAndLocationsInTheEvaluatorsLanguage() {
        Apps app = example();
        app.name = null;
        Decision invalid = Esibe.evaluator().locale(Locale.ITALIAN).build()
                .evaluate(onRow3().application(app.build()).build());
        assertThat(invalid.inputSha256()).isEqualTo("ab".repeat(32));
        assertThat(invalid.position()).isEqualTo(RecordPosition.row(3));
        assertThat(invalid.violations()).containsExactly(
                new Violation("company.name", "riga di dati 3 (riga 4 del file): è obbligatorio"));

        Decision rejected = EVALUATOR.evaluate(onRow3().applicationId("X").violations(List.of(Violation.of("",
                Message.of("read.record.noValue")))).build());
        assertThat(rejected.applicationId()).isEqualTo("X");
        assertThat(rejected.position()).isEqualTo(RecordPosition.row(3));
        assertThat(rejected.violations()).singleElement().satisfies(v -> assertThat(v.message())
                .startsWith("row 3 (line 4): ").isNotEqualTo("row 3 (line 4): "));

        Decision valid = EVALUATOR.evaluate(onRow3().application(example().build()).build());
        assertThat(valid.outcome()).isNotEqualTo(Outcome.INVALID);
        assertThat(valid.inputSha256()).isEqualTo("ab".repeat(32));
        assertThat(valid.position()).isEqualTo(RecordPosition.row(3));
        assertThat(valid.rulesetVersion()).isNotNull();
        assertThat(valid.parametersSha256()).hasSize(64);
    }
}
