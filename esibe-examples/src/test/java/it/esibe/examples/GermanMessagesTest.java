package it.esibe.examples;

import static org.assertj.core.api.Assertions.assertThat;

import it.esibe.core.ApplicationEvaluator;
import it.esibe.core.decision.CriterionResult;
import it.esibe.core.decision.Decision;
import it.esibe.core.decision.Outcome;
import it.esibe.core.spi.MessageProvider;
import it.esibe.core.spi.Origin;
import it.esibe.core.spi.Registered;
import it.esibe.core.taxonomy.TaxonomyEntry;
import it.esibe.io.ApplicationFiles;
import it.esibe.io.DecisionJson;
import it.esibe.io.InputFormat;
import it.esibe.rules.CriterionIds;
import it.esibe.rules.Esibe;
import it.esibe.rules.EsibeRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The German example provider: ESIBE-RD-MIN, -SEAT and -PATENT in German, the rest in English. */
class GermanMessagesTest {

    private static Properties load(Class<?> owner, String resource) throws IOException {
        try (InputStream in = owner.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        }
    }

    private static List<Decision> sampleCall(ApplicationEvaluator evaluator) throws IOException {
        List<Decision> out = new ArrayList<>();
        try (InputStream in = GermanMessagesTest.class.getResourceAsStream("sample-call.jsonl")) {
            ApplicationFiles.using(evaluator).decide(in, InputFormat.JSON_LINES, out::add);
        }
        return out;
    }

    @Test
    void discoveryFindsItThroughTheServiceFile() {
        EsibeRegistry registry = Esibe.builder().discoverProviders().build();
        assertThat(registry.messageProviders()).extracting(Registered::value).hasAtLeastOneElementOfType(
                GermanMessages.class);
        Registered<MessageProvider> german = registry.messageProviders().stream()
                .filter(r -> r.value() instanceof GermanMessages).findFirst().orElseThrow();
        assertThat(german.origin().provider()).isEqualTo("deutsch");
        assertThat(german.origin().kind()).isEqualTo(Origin.Kind.DISCOVERED);
    }

    @Test
    void theTranslatedCriteriaAreInGermanAndTheOthersFallBackToEnglish() throws IOException {
        EsibeRegistry registry = Esibe.builder().messageProvider(new GermanMessages()).build();
        List<Decision> plain = sampleCall(Esibe.evaluator().build());
        List<Decision> german = sampleCall(registry.evaluator().build());
        assertThat(german).hasSameSizeAs(plain).isNotEmpty();
        int decided = 0;
        for (int i = 0; i < german.size(); i++) {
            Decision d = german.get(i);
            assertThat(d.outcome()).isEqualTo(plain.get(i).outcome());
            if (d.outcome() == Outcome.INVALID) {
                continue;
            }
            decided++;
            for (String id : List.of(CriterionIds.RD_MIN, CriterionIds.SEAT, CriterionIds.PATENT)) {
                CriterionResult c = d.criterion(id).orElseThrow();
                assertThat(c.message().in(Locale.GERMAN)).as("%s of %s", id, d.applicationId()).isNotBlank()
                        .isNotEqualTo(c.message().en()).isNotEqualTo(c.message().it());
            }
            // ESIBE-STAGE is not translated and has no figures: exactly the English text.
            CriterionResult stage = d.criterion(CriterionIds.STAGE).orElseThrow();
            assertThat(stage.message().in(Locale.GERMAN)).isEqualTo(stage.message().en());
            assertThat(DecisionJson.write(d)).contains("\"de\":\"");
            assertThat(DecisionJson.write(plain.get(i))).doesNotContain("\"de\":");
        }
        assertThat(decided).isPositive();
    }

    @Test
    void aFewTaxonomyLabelsAreInGerman() {
        EsibeRegistry registry = Esibe.builder().messageProvider(new GermanMessages()).build();
        TaxonomyEntry onco = registry.taxonomy().find("PAT-ONCO").orElseThrow();
        TaxonomyEntry resp = registry.taxonomy().find("PAT-RESP").orElseThrow();
        assertThat(registry.label(onco, Locale.GERMAN)).isEqualTo("Krebserkrankungen");
        assertThat(registry.label(resp, Locale.GERMAN)).isEqualTo(resp.label().en());
        assertThat(registry.label(onco, Locale.ITALIAN)).isEqualTo("Tumori");
    }

    @Test
    void everyGermanKeyIsAnEsibeKeyOrANationalTaxonomyLabel() throws IOException {
        Set<String> esibe = load(Esibe.class, "/it/esibe/rules/messages.properties").stringPropertyNames();
        Set<String> labels = Esibe.taxonomy().entries().stream().map(e -> "taxonomy." + e.code())
                .collect(Collectors.toSet());
        Set<String> german = load(GermanMessages.class, "messages_de.properties").stringPropertyNames();
        assertThat(german).isNotEmpty().allSatisfy(key -> assertThat(esibe.contains(key) || labels.contains(key))
                .as("%s is a key of ESIBE's messages or a national taxonomy code", key).isTrue());
        // Deliberately partial, so that the fallback to English shows.
        assertThat(esibe).anySatisfy(key -> assertThat(german).doesNotContain(key));
    }
}
