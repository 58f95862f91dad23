package it.esibe.rules.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.generators.SourceDSL.longs;

import it.esibe.core.decision.LocalizedText;
import it.esibe.core.message.Message;
import it.esibe.core.message.MessageArg;
import it.esibe.core.message.MessageCatalog;
import it.esibe.core.spi.EsibeSpi;
import it.esibe.core.spi.MessageLookup;
import it.esibe.core.spi.MessageProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

/**
 * Issue 3: a key a provider lacks falls back to ESIBE's text in that language, then to English,
 * never to a blank or the key. Checked for every key of ESIBE's English bundle against providers
 * with random subsets of the keys (some with blank patterns, which count as missing), with
 * {@link MessageFormat} and the bundle files, read here, as the oracle.
 */
class MessageCatalogPropertiesTest {

    private static final Properties ENGLISH = load("messages.properties");
    private static final Properties ITALIAN = load("messages_it.properties");
    /** Enough arguments for every pattern, the same in every language, so only the pattern differs. */
    private static final String[] ARGS = {"A0", "A1", "A2", "A3", "A4", "A5"};

    private static QuickTheory qt() {
        return QuickTheory.qt().withFixedSeed(Long.getLong("esibe.qt.seed", 20261122L)).withExamples(200);
    }

    private static Properties load(String name) {
        try (InputStream in = MessageCatalogPropertiesTest.class.getResourceAsStream("/it/esibe/rules/" + name)) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Message message(String key) {
        MessageArg[] args = new MessageArg[ARGS.length];
        for (int i = 0; i < args.length; i++) {
            args[i] = MessageArg.text(ARGS[i]);
        }
        return Message.of(key, args);
    }

    /** A German provider with a random subset of the keys; a few of its patterns are blank. */
    private static Map<String, String> randomGerman(long seed) {
        Random random = new Random(seed);
        Map<String, String> patterns = new HashMap<>();
        for (String key : new TreeSet<>(ENGLISH.stringPropertyNames())) {
            int pick = random.nextInt(10);
            if (pick < 4) {
                patterns.put(key, "DE " + key + " l''{" + random.nextInt(3) + "} {0}");
            } else if (pick == 4) {
                patterns.put(key, random.nextBoolean() ? "" : "  ");
            }
        }
        return patterns;
    }

    private static MessageProvider provider(Map<String, String> patterns) {
        return new MessageProvider() {
            @Override
            public String spiVersion() {
                return EsibeSpi.VERSION;
            }

            @Override
            public Set<Locale> languages() {
                return Set.of(Locale.GERMAN);
            }

            @Override
            public Optional<String> pattern(MessageLookup lookup) {
                return "de".equals(lookup.language().getLanguage()) ? Optional.ofNullable(patterns.get(lookup.key()))
                        : Optional.empty();
            }
        };
    }

    @Test
    void everyKeyIsTheProvidersPatternOrTheEnglishTextNeverBlankNorTheKey() {
        qt().forAll(longs().all()).checkAssert(seed -> {
            Map<String, String> german = randomGerman(seed);
            MessageCatalog catalog = MessageCatalog.of(List.of(provider(german), BuiltInMessages.INSTANCE));
            for (String key : ENGLISH.stringPropertyNames()) {
                String pattern = german.get(key);
                boolean translated = pattern != null && !pattern.isBlank();
                String expected = MessageFormat.format(translated ? pattern : ENGLISH.getProperty(key), (Object[]) ARGS);
                String rendered = catalog.render(Locale.GERMANY, message(key));
                assertThat(rendered).as("%s in German", key).isEqualTo(expected).isNotBlank().isNotEqualTo(key);
                LocalizedText text = catalog.text(message(key));
                assertThat(text.in(Locale.GERMAN)).isEqualTo(expected);
                // Italian and English are ESIBE's, whatever the German provider has.
                assertThat(text.en()).isEqualTo(MessageFormat.format(ENGLISH.getProperty(key), (Object[]) ARGS));
                String italian = ITALIAN.getProperty(key, ENGLISH.getProperty(key));
                assertThat(text.it()).isEqualTo(MessageFormat.format(italian, (Object[]) ARGS));
            }
        });
    }

    @Test
    void everyBuiltInKeyRendersInItalianAndEnglishAsTheBundleSays() {
        MessageCatalog catalog = MessageCatalog.of(List.of(BuiltInMessages.INSTANCE));
        assertThat(BuiltInMessages.INSTANCE.keys()).isEqualTo(ENGLISH.stringPropertyNames());
        for (String key : ENGLISH.stringPropertyNames()) {
            assertThat(catalog.render(Locale.ENGLISH, message(key)))
                    .isEqualTo(MessageFormat.format(ENGLISH.getProperty(key), (Object[]) ARGS));
            assertThat(ITALIAN.getProperty(key)).as("Italian of %s", key).isNotBlank();
            assertThat(catalog.render(Locale.ITALIAN, message(key)))
                    .isEqualTo(MessageFormat.format(ITALIAN.getProperty(key), (Object[]) ARGS));
        }
    }
}
