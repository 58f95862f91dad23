package it.esibe.rules;

import it.esibe.core.ConfigurationException;
import it.esibe.core.spi.EsibeSpi;
import it.esibe.core.spi.MessageLookup;
import it.esibe.core.spi.MessageProvider;
import java.text.MessageFormat;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apiguardian.api.API;

/**
 * Ready-made {@link MessageProvider}s over properties, a map or resource bundles: the usual way to
 * add a language, such as German for ICE offices in Germany.
 *
 * <pre>{@code
 * Properties german = new Properties();
 * try (Reader in = Files.newBufferedReader(Path.of("messages_de.properties"))) {
 *     german.load(in);
 * }
 * EsibeRegistry esibe = Esibe.builder()
 *         .messageProvider(MessageProviders.properties("deutsch", Locale.GERMAN, german))
 *         .build();
 * }</pre>
 *
 * <p>Keys are those of ESIBE's bundle {@code it/esibe/rules/messages.properties} (such as
 * {@code rdMin.fail.expenditure}) and {@code taxonomy.<CODE>} for taxonomy labels (such as
 * {@code taxonomy.PAT-ONCO}); patterns are {@link MessageFormat} patterns ({@code {0}} for an
 * argument, {@code ''} for an apostrophe) whose arguments arrive already formatted. A key the
 * provider lacks falls back to ESIBE's own text in that language, then to English. The patterns
 * are copied when the provider is made, and checked: a malformed one is a
 * {@link ConfigurationException} then, not in the middle of a run.
 *
 * <p>Thread-safety: the providers are immutable and thread-safe.
 *
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public final class MessageProviders {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

    private MessageProviders() {
    }

    /**
     * A provider of {@code patterns} in one language.
     *
     * @param name the provider's name, for listings and error messages, such as {@code deutsch}
     * @param language the language of the patterns; only its language code counts ({@code de_CH} is {@code de})
     * @param patterns the patterns by key, as loaded from a {@code .properties} file; copied
     * @return the provider
     * @throws ConfigurationException for a blank name, a language without a two-letter code, or a
     *     blank or malformed pattern
     */
    public static MessageProvider properties(String name, Locale language, Properties patterns) {
        Objects.requireNonNull(patterns, "patterns");
        Map<String, String> copy = new HashMap<>();
        for (String key : patterns.stringPropertyNames()) {
            copy.put(key, patterns.getProperty(key));
        }
        return of(name, language, copy);
    }

    /**
     * A provider of {@code patterns} in one language.
     *
     * @param name the provider's name, for listings and error messages, such as {@code deutsch}
     * @param language the language of the patterns; only its language code counts
     * @param patterns the patterns by key; copied
     * @return the provider
     * @throws ConfigurationException for a blank name, a language without a two-letter code, or a
     *     blank or malformed pattern
     */
    public static MessageProvider of(String name, Locale language, Map<String, String> patterns) {
        Objects.requireNonNull(patterns, "patterns");
        String code = code(name, language);
        return new Fixed(checkName(name), Map.of(code, checked(name, code, patterns)));
    }

    /**
     * A provider of the resource bundle {@code baseName} in each of {@code languages}: for each, the
     * bundle of that language with its parents (such as {@code messages_de}, then {@code messages}).
     *
     * <p>Unlike {@link ResourceBundle#getBundle(String, Locale, ClassLoader)}, this never falls back
     * to the bundle of the JVM's default locale: a language whose bundle is not found, and that
     * would therefore get another language's bundle, is left out, so that its messages fall back to
     * ESIBE's own, in English.
     *
     * @param name the provider's name, for listings and error messages
     * @param baseName the bundle's base name, such as {@code com.example.esibe.messages}
     * @param loader the class loader to load it with
     * @param languages the languages wanted, at least one; only their language codes count
     * @return the provider, declaring the languages whose bundle was found
     * @throws ConfigurationException for a blank name, no language, a language without a two-letter
     *     code, no bundle of its own for any of the languages, or a blank or malformed pattern
     */
    public static MessageProvider resourceBundle(String name, String baseName, ClassLoader loader,
            Locale... languages) {
        Objects.requireNonNull(baseName, "baseName");
        Objects.requireNonNull(loader, "loader");
        Objects.requireNonNull(languages, "languages");
        String checkedName = checkName(name);
        if (languages.length == 0) {
            throw new ConfigurationException("message provider " + name + ": name at least one language of bundle "
                    + baseName);
        }
        Map<String, Map<String, String>> byLanguage = new LinkedHashMap<>();
        for (Locale language : languages) {
            String code = code(name, language);
            ResourceBundle bundle;
            try {
                bundle = ResourceBundle.getBundle(baseName, Locale.forLanguageTag(code), loader);
            } catch (MissingResourceException e) {
                continue;
            }
            // getBundle falls back to the JVM's default locale, then the base bundle: another language.
            if (!code.equals(bundle.getLocale().getLanguage())) {
                continue;
            }
            Map<String, String> patterns = new HashMap<>();
            for (String key : bundle.keySet()) {
                Object value = bundle.getObject(key);
                if (!(value instanceof String s)) {
                    throw new ConfigurationException("message provider " + name + ": key " + key + " of bundle "
                            + baseName + " in " + code + " is not a string");
                }
                patterns.put(key, s);
            }
            byLanguage.put(code, checked(name, code, patterns));
        }
        if (byLanguage.isEmpty()) {
            throw new ConfigurationException("message provider " + name + ": no resource bundle " + baseName
                    + " of its own for " + List.of(languages) + " with the class loader " + loader
                    + " (a bundle of another language, such as the JVM default locale's, does not count)");
        }
        return new Fixed(checkedName, byLanguage);
    }

    private static String checkName(String name) {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new ConfigurationException("a message provider needs a name, for listings and error messages");
        }
        return name;
    }

    private static String code(String name, Locale language) {
        Objects.requireNonNull(language, "language");
        String code = language.getLanguage();
        if (!LANGUAGE.matcher(code).matches()) {
            throw new ConfigurationException("message provider " + name + ": language \"" + language
                    + "\" has no two-letter ISO 639-1 code; give a locale such as Locale.GERMAN");
        }
        return code;
    }

    /** An unmodifiable copy of {@code patterns}, each checked to be a non-blank MessageFormat pattern. */
    private static Map<String, String> checked(String name, String code, Map<String, String> patterns) {
        Map<String, String> copy = new HashMap<>();
        for (Map.Entry<String, String> e : patterns.entrySet()) {
            String key = Objects.requireNonNull(e.getKey(), "key");
            String pattern = e.getValue();
            if (pattern == null || pattern.isBlank()) {
                throw new ConfigurationException("message provider " + name + ": the pattern for " + key + " in "
                        + code + " is blank; leave the key out to fall back to ESIBE's text");
            }
            try {
                new MessageFormat(pattern, Locale.forLanguageTag(code));
            } catch (IllegalArgumentException ex) {
                throw new ConfigurationException("message provider " + name + ": the pattern for " + key + " in "
                        + code + " is not a valid java.text.MessageFormat pattern (" + ex.getMessage()
                        + "); write a literal apostrophe as '' and arguments as {0}", ex);
            }
            copy.put(key, pattern);
        }
        return Map.copyOf(copy);
    }

    /** Patterns fixed when made, by language code, then key. */
    private static final class Fixed implements MessageProvider {

        private final String name;
        private final Map<String, Map<String, String>> patterns;
        private final Set<Locale> languages;

        Fixed(String name, Map<String, Map<String, String>> patterns) {
            this.name = name;
            this.patterns = Map.copyOf(patterns);
            this.languages = patterns.keySet().stream().map(Locale::forLanguageTag)
                    .collect(Collectors.toUnmodifiableSet());
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public String spiVersion() {
            return EsibeSpi.VERSION;
        }

        @Override
        public Set<Locale> languages() {
            return languages;
        }

        @Override
        public Optional<String> pattern(MessageLookup lookup) {
            Map<String, String> inLanguage = patterns.get(lookup.language().getLanguage());
            return inLanguage == null ? Optional.empty() : Optional.ofNullable(inLanguage.get(lookup.key()));
        }

        @Override
        public String toString() {
            return "MessageProvider[" + name + ", " + new TreeSet<>(patterns.keySet()) + "]";
        }
    }
}
