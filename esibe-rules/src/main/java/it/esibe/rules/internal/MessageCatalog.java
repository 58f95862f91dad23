package it.esibe.rules.internal;

import it.esibe.core.ConfigurationException;
import it.esibe.core.decision.LocalizedText;
import it.esibe.core.spi.MessageLookup;
import it.esibe.core.spi.MessageProvider;
import it.esibe.core.taxonomy.TaxonomyEntry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * ESIBE's messages with those of the message providers: for a key in a language, the first
 * provider that declares the language and has a pattern for the key, else ESIBE's own text in that
 * language (Italian or English), else English. Never a blank: a blank pattern counts as none.
 *
 * <p>Each pattern is asked for and compiled once per (language, key) and then shared: providers are
 * expected to answer the same way every time. The catalog without providers ({@link #BUILT_IN})
 * goes straight to {@link Messages}, so that ESIBE's own texts cost nothing more than before.
 *
 * <p>Thread-safety: immutable apart from its concurrent template cache; thread-safe if the
 * providers are.
 */
public final class MessageCatalog {

    /** ESIBE's own messages, in Italian and English. */
    public static final MessageCatalog BUILT_IN = new MessageCatalog(List.of(), null);

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
    private static final String TAXONOMY = "taxonomy.";

    private final List<MessageProvider> providers;
    /** The providers declaring each language, in the order they are consulted. */
    private final Map<String, List<MessageProvider>> byLanguage;
    /** The languages beyond Italian and English, by code, with the locale passed to providers. */
    private final Map<String, Locale> further;
    /** The further languages {@link #text} adds, by code: all of them unless the evaluator chose. */
    private final Map<String, Locale> added;
    /** One locale per language code: the one given to providers and to {@link Messages.Arg}. */
    private final Map<String, Locale> locales;
    /** Compiled patterns by language code, then key. */
    private final Map<String, Map<String, Template>> templates;

    /** "Render this key in English": the answer for a further language no provider has the key in. */
    private static final Template ENGLISH = Template.compile("", Locale.ROOT);

    /** A provider's answer "no pattern", cached like a pattern. */
    private static final Template NONE = Template.compile("", Locale.ROOT);

    private MessageCatalog(List<MessageProvider> providers, @Nullable Set<String> chosen) {
        this.providers = List.copyOf(providers);
        Map<String, List<MessageProvider>> declared = new HashMap<>();
        Map<String, Locale> more = new TreeMap<>();
        Map<String, Locale> all = new HashMap<>();
        all.put("it", Messages.ITALIAN);
        all.put("en", Messages.ENGLISH);
        for (MessageProvider p : this.providers) {
            Set<Locale> languages = p.languages();
            if (languages == null) {
                throw new ConfigurationException("message provider " + p.name() + " returned null languages");
            }
            // Sorted, so that the order of a provider's set does not matter.
            Set<String> codes = new TreeSet<>();
            for (Locale l : languages) {
                codes.add(language(p, l));
            }
            for (String code : codes) {
                declared.computeIfAbsent(code, c -> new ArrayList<>()).add(p);
                if (!code.equals("it") && !code.equals("en")) {
                    Locale locale = more.computeIfAbsent(code, Locale::forLanguageTag);
                    all.put(code, locale);
                }
            }
        }
        Map<String, List<MessageProvider>> frozen = new HashMap<>();
        declared.forEach((code, list) -> frozen.put(code, List.copyOf(list)));
        this.byLanguage = Map.copyOf(frozen);
        this.further = Collections.unmodifiableMap(new LinkedHashMap<>(more));
        Map<String, Locale> adding = new LinkedHashMap<>(more);
        if (chosen != null) {
            adding.keySet().retainAll(chosen);
        }
        this.added = Collections.unmodifiableMap(adding);
        this.locales = Map.copyOf(all);
        Map<String, Map<String, Template>> cache = new HashMap<>();
        for (String code : all.keySet()) {
            cache.put(code, new ConcurrentHashMap<>());
        }
        this.templates = Map.copyOf(cache);
    }

    private static String language(MessageProvider p, Locale locale) {
        if (locale == null) {
            throw new ConfigurationException("message provider " + p.name() + " declares a null language");
        }
        String code = locale.getLanguage();
        if (!LANGUAGE.matcher(code).matches()) {
            throw new ConfigurationException("message provider " + p.name() + " declares language \"" + locale
                    + "\"; a language is a locale with a two-letter ISO 639-1 code, such as de");
        }
        return code;
    }

    /**
     * The catalog of ESIBE's messages with {@code providers}, consulted in order.
     *
     * @throws ConfigurationException for a provider declaring a language without a two-letter code
     */
    public static MessageCatalog of(List<MessageProvider> providers) {
        return of(providers, null);
    }

    /**
     * The catalog of ESIBE's messages with {@code providers}, whose {@link #text} adds only the
     * further languages of {@code chosen} (language codes; null for all the providers declare).
     * Rendering in one language ({@link #render}) serves every declared language whatever the choice.
     *
     * @throws ConfigurationException for a provider declaring a language without a two-letter code
     */
    public static MessageCatalog of(List<MessageProvider> providers, @Nullable Set<String> chosen) {
        return providers.isEmpty() ? BUILT_IN : new MessageCatalog(providers, chosen == null ? null : Set.copyOf(chosen));
    }

    /** {@return whether any provider is registered} */
    public boolean hasProviders() {
        return !providers.isEmpty();
    }

    /** {@return the languages the providers add beyond Italian and English, by code, such as de} */
    public List<Locale> languages() {
        return List.copyOf(further.values());
    }

    /** {@return the further languages {@link #text} adds, by code} */
    public List<Locale> addedLanguages() {
        return List.copyOf(added.values());
    }

    /**
     * The message {@code key} in {@code locale}'s language when a provider declares it or it is
     * Italian; in English otherwise.
     */
    public String render(Locale locale, String key, Messages.Arg... args) {
        if (providers.isEmpty()) {
            return Messages.render(locale, key, args);
        }
        String code = code(locale);
        return render(code, locales.get(code), key, args);
    }

    private String render(String code, Locale lang, String key, Messages.Arg[] args) {
        Map<String, Template> cache = templates.get(code);
        Template template = cache.get(key);
        if (template == null) {
            template = cache.computeIfAbsent(key, k -> compile(code, lang, k));
        }
        if (template == ENGLISH) {
            // A key the language lacks is the English message as a whole, figures included: an
            // English sentence with German separators would read as other amounts.
            return render("en", Messages.ENGLISH, key, args);
        }
        String[] formatted = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            formatted[i] = args[i].format(lang, this);
        }
        return template.format(formatted);
    }

    /** The message {@code key} in Italian, English and every further language added. */
    public LocalizedText text(String key, Messages.Arg... args) {
        String it = render("it", Messages.ITALIAN, key, args);
        String en = render("en", Messages.ENGLISH, key, args);
        if (added.isEmpty()) {
            return new LocalizedText(it, en);
        }
        Map<String, String> others = new HashMap<>();
        added.forEach((code, locale) -> others.put(code, render(code, locale, key, args)));
        return new LocalizedText(it, en, others);
    }

    /**
     * The label of {@code entry} in {@code language}: a provider's {@code taxonomy.<CODE>} pattern
     * when one declares the language, else the entry's own label in that language (English when it
     * has none).
     */
    public String label(TaxonomyEntry entry, Locale language) {
        if (providers.isEmpty()) {
            return entry.label().in(language);
        }
        String code = language.getLanguage();
        Map<String, Template> cache = templates.get(code);
        if (cache == null || !byLanguage.containsKey(code)) {
            return entry.label().in(language);
        }
        Locale lang = locales.get(code);
        String key = TAXONOMY + entry.code();
        Template template = cache.computeIfAbsent(key, k -> {
            String pattern = providerPattern(code, lang, k);
            return pattern == null ? NONE : compile(pattern, code, k);
        });
        return template == NONE ? entry.label().in(language) : template.format(new String[0]);
    }

    /** {@code it}, a language a provider declares, or {@code en}. */
    private String code(Locale locale) {
        String code = locale.getLanguage();
        return "it".equals(code) || further.containsKey(code) ? code : "en";
    }

    private Template compile(String code, Locale lang, String key) {
        String pattern = providerPattern(code, lang, key);
        if (pattern != null) {
            return compile(pattern, code, key);
        }
        if (!"it".equals(code) && !"en".equals(code)) {
            return ENGLISH;
        }
        return Template.compile(Messages.builtInPattern(code, key), lang);
    }

    private Template compile(String pattern, String code, String key) {
        try {
            return Template.compile(pattern, locales.get(code));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("the message pattern for " + key + " in language " + code + " of "
                    + providerOf(code, key) + " is not a valid java.text.MessageFormat pattern: " + e.getMessage()
                    + "; write a literal apostrophe as '' and arguments as {0}", e);
        }
    }

    /** The first non-blank pattern of a provider declaring {@code code}, or null. */
    private @Nullable String providerPattern(String code, Locale lang, String key) {
        List<MessageProvider> candidates = byLanguage.get(code);
        if (candidates == null) {
            return null;
        }
        MessageLookup lookup = new MessageLookup(key, lang);
        for (MessageProvider p : candidates) {
            Optional<String> pattern;
            try {
                pattern = p.pattern(lookup);
            } catch (RuntimeException e) {
                throw new ConfigurationException("message provider " + p.name() + " failed on " + key + " in "
                        + code + ": " + e, e);
            }
            if (pattern == null) {
                throw new ConfigurationException("message provider " + p.name() + " returned null for " + key
                        + " in " + code + "; return Optional.empty() to fall back");
            }
            if (pattern.isPresent() && !pattern.get().isBlank()) {
                return pattern.get();
            }
        }
        return null;
    }

    /** The name of the provider whose pattern was used, for an error message. */
    private String providerOf(String code, String key) {
        MessageLookup lookup = new MessageLookup(key, locales.get(code));
        for (MessageProvider p : byLanguage.getOrDefault(code, List.of())) {
            Optional<String> pattern = p.pattern(lookup);
            if (pattern.isPresent() && !pattern.get().isBlank()) {
                return "message provider " + p.name();
            }
        }
        return "a message provider";
    }
}
