package it.esibe.rules;

import static it.esibe.rules.Generators.applications;
import static it.esibe.rules.Generators.qt;
import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.longs;

import it.esibe.core.ApplicationEvaluator;
import it.esibe.core.decision.CriterionResult;
import it.esibe.core.decision.Decision;
import it.esibe.core.decision.LocalizedText;
import it.esibe.core.model.Application;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * A message provider adds a language and changes nothing else: on generated applications, with a
 * German provider holding a random subset of ESIBE's keys, every criterion result carries German
 * (the provider's pattern for the result's key, else the English text, never blank) while
 * verdicts, remedies, Italian and English stay as without the provider.
 */
class MessagePropertiesTest {

    static final ApplicationEvaluator PLAIN = Esibe.evaluator().build();
    static final ApplicationEvaluator KEYS = Esibe.evaluator().explanations(false).build();
    static final List<String> ENGLISH_KEYS = englishKeys();

    private static List<String> englishKeys() {
        try (InputStream in = MessagePropertiesTest.class.getResourceAsStream("/it/esibe/rules/messages.properties")) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return List.copyOf(new TreeSet<>(p.stringPropertyNames()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** German-looking patterns for a random half of the keys, each marked with its key. */
    static Map<String, String> randomGerman(long seed) {
        Random random = new Random(seed);
        Map<String, String> patterns = new HashMap<>();
        for (String key : ENGLISH_KEYS) {
            if (random.nextBoolean()) {
                patterns.put(key, "DE[" + key + "] {0} {1} {2} {3} {4}");
            }
        }
        return patterns;
    }

    @Test
    void germanIsAddedAndNothingElseChanges() {
        qt().forAll(applications(), longs().all()).checkAssert((app, seed) -> {
            Map<String, String> german = randomGerman(seed);
            ApplicationEvaluator evaluator = Esibe.builder()
                    .messageProvider(MessageProviders.of("deutsch", Locale.GERMAN, german)).build().evaluator().build();
            Application a = app.build();
            Decision plain = PLAIN.evaluate(a);
            Decision withGerman = evaluator.evaluate(a);
            Decision keys = KEYS.evaluate(a);
            assertThat(withGerman.outcome()).isEqualTo(plain.outcome());
            assertThat(withGerman.violations()).isEqualTo(plain.violations());
            assertThat(withGerman.criteria()).hasSameSizeAs(plain.criteria());
            for (int i = 0; i < plain.criteria().size(); i++) {
                CriterionResult before = plain.criteria().get(i);
                CriterionResult after = withGerman.criteria().get(i);
                String key = keys.criteria().get(i).message().en();
                LocalizedText m = after.message();
                assertThat(List.of(after.id(), after.result(), after.citation(), String.valueOf(after.remedy())))
                        .isEqualTo(List.of(before.id(), before.result(), before.citation(),
                                String.valueOf(before.remedy())));
                assertThat(new LocalizedText(m.it(), m.en())).isEqualTo(before.message());
                assertThat(m.others()).containsOnlyKeys("de");
                String de = m.in(Locale.GERMAN);
                assertThat(de).isNotBlank().isNotEqualTo(key);
                if (german.containsKey(key)) {
                    assertThat(de).as("%s is translated", key).startsWith("DE[" + key + "] ");
                } else {
                    // Untranslated: the English message as a whole, figures and nested messages included.
                    assertThat(de).as("%s is not translated", key).isEqualTo(m.en());
                }
            }
        });
    }
}
