package it.esibe.core.decision;

import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apiguardian.api.API;

/**
 * A human explanation in Italian and in English, the two languages every decision carries, and in
 * any further language an embedder adds (such as German, through a message provider).
 *
 * <p>Further languages are keyed by their lower-case two-letter ISO 639-1 code ({@code de}), never
 * {@code it} or {@code en}, which have their own components; their texts are never blank. The map
 * is an unmodifiable copy sorted by code, so that decisions carrying it are written the same way
 * every time.
 *
 * <p>Thread-safety: immutable, and safe to share between threads.
 *
 * @param it the Italian text
 * @param en the English text
 * @param others the texts in further languages, by language code; empty for most texts
 * @since 0.1.0
 */
@API(status = API.Status.STABLE, since = "0.1.0")
public record LocalizedText(String it, String en, Map<String, String> others) {

    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");

    /**
     * Rejects missing texts, and further languages that are not two-letter lower-case codes other
     * than {@code it} and {@code en}, or whose text is blank.
     *
     * @param it the Italian text
     * @param en the English text
     * @param others the texts in further languages, by language code such as {@code de}
     * @throws IllegalArgumentException for a malformed language code or a blank text
     */
    public LocalizedText {
        Objects.requireNonNull(it, "it");
        Objects.requireNonNull(en, "en");
        Objects.requireNonNull(others, "others");
        // Most texts have no further language: keep them free of a copy.
        others = others.isEmpty() ? Map.of() : copy(others);
    }

    /**
     * A text in Italian and English only.
     *
     * @param it the Italian text
     * @param en the English text
     */
    public LocalizedText(String it, String en) {
        this(it, en, Map.of());
    }

    private static Map<String, String> copy(Map<String, String> others) {
        TreeMap<String, String> sorted = new TreeMap<>();
        for (Map.Entry<String, String> e : others.entrySet()) {
            String language = Objects.requireNonNull(e.getKey(), "language");
            String text = Objects.requireNonNull(e.getValue(), () -> "text in " + language);
            checkLanguage(language);
            if (text.isBlank()) {
                throw new IllegalArgumentException("the text in language " + language + " is blank; leave the "
                        + "language out rather than give it no text");
            }
            sorted.put(language, text);
        }
        return Collections.unmodifiableSortedMap(sorted);
    }

    private static void checkLanguage(String language) {
        if (!LANGUAGE.matcher(language).matches() || "it".equals(language) || "en".equals(language)) {
            throw new IllegalArgumentException("a further language must be a two-letter lower-case ISO 639-1 code"
                    + " other than it and en, such as de; got " + language);
        }
    }

    /**
     * This text with {@code text} in {@code language}: it replaces the Italian or English text for
     * those languages, and adds or replaces a further language otherwise.
     *
     * @param language the language; only its language code counts ({@code de_CH} is {@code de})
     * @param text the text in that language, not blank for a further language
     * @return the new text
     * @throws IllegalArgumentException for a language without a two-letter code, or a blank text in a
     *     further language
     */
    public LocalizedText with(Locale language, String text) {
        Objects.requireNonNull(text, "text");
        String code = language.getLanguage();
        if ("it".equals(code)) {
            return new LocalizedText(text, en, others);
        }
        if ("en".equals(code)) {
            return new LocalizedText(it, text, others);
        }
        TreeMap<String, String> more = new TreeMap<>(others);
        more.put(code, text);
        return new LocalizedText(it, en, more);
    }

    /**
     * The text for {@code locale}: the text in its language when this text has one, Italian for
     * Italian locales, English otherwise.
     *
     * @param locale the reader's locale; only its language counts
     * @return the text in that language, or in English
     */
    public String in(Locale locale) {
        String language = locale.getLanguage();
        if (!others.isEmpty()) {
            String text = others.get(language);
            if (text != null) {
                return text;
            }
        }
        return "it".equals(language) ? it : en;
    }
}
