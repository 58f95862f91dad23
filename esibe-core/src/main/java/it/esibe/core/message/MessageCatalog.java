package it.esibe.core.message;

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
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Renders {@link Message}s in every language its message providers speak: for a key in a language,
 * the first provider that declares the language and has a pattern for the key; a language that
 * lacks the key gets the whole message in English, figures included (an English sentence with
 * German separators would read as other amounts). English must exist for every key: a key no
 * provider has in English is a {@link ConfigurationException}.
 *
 * <p>The providers are consulted in the order given, then ESIBE core's own messages (the format's
 * violation messages in Italian and English) last, so a provider can reword any of them. Further
 * languages (beyond Italian and English) are those the providers declare; {@link #text} renders
 * Italian, English and the further languages chosen with {@link #of(List, Set)}.
 *
 * <p>Each pattern is asked for and compiled once per language and key, then shared: providers are
 * expected to answer the same way every time. Thread-safety: immutable apart from that concurrent
 * cache; thread-safe if the providers are.
 *
 * @since 0.1.0
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1.0")
public final class MessageCatalog {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
    private static final String TAXONOMY = "taxonomy.";

    /** "Render this message in English": the answer for a language no provider has the key in. */
    private static final Template ENGLISH = Template.compile("", Locale.ROOT);
    /** A provider's answer "no pattern", cached like a pattern. */
    private static final Template NONE = Template.compile("", Locale.ROOT);

    /**
     * A builder each thread renders its messages into and keeps: an explanation of a few hundred
     * characters, nested messages included, grew a new builder several times for each language of
     * each criterion of each decision. One that grew past {@link #MAX_SPARE} is let go.
     */
    private static final ThreadLocal<@Nullable StringBuilder> SPARE = new ThreadLocal<>();
    private static final int MAX_SPARE = 16 * 1024;

    /** Declared after the constants its constructor uses. */
    private static final MessageCatalog BUILT_IN = new MessageCatalog(List.of(), null);

    private final List<MessageProvider> providers;
    private final Map<String, List<MessageProvider>> byLanguage;
    /** The languages beyond Italian and English, by code. */
    private final Map<String, Locale> further;
    /** The further languages {@link #text} adds, by code. */
    private final Map<String, Locale> added;
    /** Compiled patterns by language code, then key. */
    private final Map<String, Map<String, Template>> templates;

    private MessageCatalog(List<? extends MessageProvider> given, @Nullable Set<String> chosen) {
        List<MessageProvider> all = new ArrayList<>(given);
        all.add(CoreMessages.INSTANCE);
        this.providers = List.copyOf(all);
        Map<String, List<MessageProvider>> declared = new HashMap<>();
        Map<String, Locale> more = new TreeMap<>();
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
                    more.computeIfAbsent(code, Locale::forLanguageTag);
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
        Map<String, Map<String, Template>> cache = new HashMap<>();
        cache.put("it", new ConcurrentHashMap<>());
        cache.put("en", new ConcurrentHashMap<>());
        for (String code : more.keySet()) {
            cache.put(code, new ConcurrentHashMap<>());
        }
        this.templates = Map.copyOf(cache);
    }

    private static String language(MessageProvider p, @Nullable Locale locale) {
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

    /** {@return ESIBE core's own messages alone: the format's violation messages in Italian and English} */
    public static MessageCatalog builtIn() {
        return BUILT_IN;
    }

    /**
     * The catalog of {@code providers}, consulted in order, then of ESIBE core's own messages; its
     * {@link #text} adds every further language the providers declare.
     *
     * @param providers the message providers, first consulted first
     * @return the catalog
     * @throws ConfigurationException for a provider declaring a language without a two-letter code
     */
    public static MessageCatalog of(List<? extends MessageProvider> providers) {
        return of(providers, null);
    }

    /**
     * The catalog of {@code providers}, whose {@link #text} adds only the further languages of
     * {@code chosen} (language codes such as {@code de}; {@code null} for all the providers declare).
     * Rendering in one language ({@link #render}) serves every declared language whatever the choice.
     *
     * @param providers the message providers, first consulted first
     * @param chosen the further languages {@link #text} adds, or {@code null} for all
     * @return the catalog
     * @throws ConfigurationException for a provider declaring a language without a two-letter code
     */
    public static MessageCatalog of(List<? extends MessageProvider> providers, @Nullable Set<String> chosen) {
        Objects.requireNonNull(providers, "providers");
        return providers.isEmpty() && chosen == null ? BUILT_IN
                : new MessageCatalog(providers, chosen == null ? null : Set.copyOf(chosen));
    }

    /** {@return the languages the providers add beyond Italian and English, such as German} */
    public List<Locale> languages() {
        return List.copyOf(further.values());
    }

    /** {@return the further languages {@link #text} adds} */
    public List<Locale> addedLanguages() {
        return List.copyOf(added.values());
    }

    /**
     * {@code message} in {@code locale}'s language when it is Italian or a provider declares it; in
     * English otherwise.
     *
     * @param locale the reader's locale; only its language counts
     * @param message the message
     * @return the text, never blank
     * @throws ConfigurationException if no provider has the message's key in English, or a provider fails
     */
    public String render(Locale locale, Message message) {
        String code = locale.getLanguage();
        if (!templates.containsKey(code)) {
            code = "en";
        }
        return render(code, message);
    }

    /**
     * {@code message} in Italian, English and every further language added.
     *
     * @param message the message
     * @return the texts
     * @throws ConfigurationException if no provider has the message's key in English, or a provider fails
     */
    public LocalizedText text(Message message) {
        String it = render("it", message);
        String en = render("en", message);
        if (added.isEmpty()) {
            return new LocalizedText(it, en);
        }
        Map<String, String> others = new HashMap<>();
        added.keySet().forEach(code -> others.put(code, render(code, message)));
        return new LocalizedText(it, en, others);
    }

    /**
     * The label of {@code entry} in {@code language}: a provider's {@code taxonomy.<CODE>} pattern
     * when one declares the language, else the entry's own label in that language (English when it
     * has none).
     *
     * @param entry the taxonomy entry
     * @param language the language
     * @return the label, never blank
     */
    public String label(TaxonomyEntry entry, Locale language) {
        String code = language.getLanguage();
        Map<String, Template> cache = templates.get(code);
        if (cache == null || !byLanguage.containsKey(code)) {
            return entry.label().in(language);
        }
        String key = TAXONOMY + entry.code();
        Template template = cache.computeIfAbsent(key, k -> {
            String pattern = providerPattern(code, k);
            return pattern == null ? NONE : compile(pattern, code, k);
        });
        return template == NONE ? entry.label().in(language) : template.format(new String[0], Map.of());
    }

    /**
     * Whether some provider has a pattern for {@code key} in English, so that the key renders in
     * every language.
     *
     * @param key a message key
     * @return whether the key is known
     */
    public boolean knows(String key) {
        return providerPattern("en", key) != null;
    }

    private String render(String code, Message message) {
        // The thread's spare builder, taken so that a provider rendering from within gets its own.
        StringBuilder out = SPARE.get();
        if (out == null) {
            out = new StringBuilder(512);
        } else {
            SPARE.set(null);
        }
        try {
            renderTo(out, code, message);
            return out.toString();
        } finally {
            if (out.capacity() <= MAX_SPARE) {
                out.setLength(0);
                SPARE.set(out);
            }
        }
    }

    /** Appends {@link #render(Locale, Message)} to {@code out}: a nested message goes straight into its parent's text. */
    void renderTo(StringBuilder out, Locale locale, Message message) {
        String code = locale.getLanguage();
        if (!templates.containsKey(code)) {
            code = "en";
        }
        renderTo(out, code, message);
    }

    private void renderTo(StringBuilder out, String code, Message message) {
        Map<String, Template> cache = templates.get(code);
        String key = message.key();
        Template template = cache.get(key);
        if (template == null) {
            template = cache.computeIfAbsent(key, k -> compile(code, k));
        }
        if (template == ENGLISH) {
            renderTo(out, "en", message);
            return;
        }
        template.appendTo(out, message.args(), message.named(), locale(code), this);
    }

    private static Locale locale(String code) {
        return switch (code) {
            case "it" -> Locale.ITALIAN;
            case "en" -> Locale.ENGLISH;
            case "de" -> Locale.GERMAN;
            default -> Locale.forLanguageTag(code);
        };
    }

    private Template compile(String code, String key) {
        String pattern = providerPattern(code, key);
        if (pattern != null) {
            return compile(pattern, code, key);
        }
        if (!"en".equals(code)) {
            return ENGLISH;
        }
        throw new ConfigurationException("no message provider has a pattern for the message key " + key
                + " in English; every key needs an English pattern. A criterion's own keys come with its message"
                + " provider, registered with the evaluator's registry; a context made with CriterionContext.builder"
                + " renders only with the catalog given to its messages(...), such as EsibeRegistry.messages()");
    }

    private Template compile(String pattern, String code, String key) {
        try {
            return Template.compile(pattern, locale(code));
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("the message pattern for " + key + " in language " + code
                    + " is not a valid java.text.MessageFormat pattern: " + e.getMessage()
                    + "; write a literal apostrophe as '' and arguments as {0}", e);
        }
    }

    /** The first non-blank pattern of a provider declaring {@code code}, or null. */
    private @Nullable String providerPattern(String code, String key) {
        List<MessageProvider> candidates = byLanguage.get(code);
        if (candidates == null) {
            return null;
        }
        MessageLookup lookup = new MessageLookup(key, locale(code));
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
}
