package it.esibe.core.decision;

import java.util.Locale;
import java.util.Objects;

/**
 * A human explanation in Italian and in English, the two languages every decision carries.
 *
 * <p>Thread-safety: immutable, and safe to share between threads.
 *
 * @param it the Italian text
 * @param en the English text
 * @since 0.1.0
 */
public record LocalizedText(String it, String en) {

    /**
     * Rejects missing texts: an explanation is never blank.
     *
     * @param it the Italian text
     * @param en the English text
     */
    public LocalizedText {
        Objects.requireNonNull(it, "it");
        Objects.requireNonNull(en, "en");
    }

    /**
     * The text for {@code locale}: Italian for Italian locales, English otherwise.
     *
     * @param locale the reader's locale
     * @return the text in that language
     */
    public String in(Locale locale) {
        return "it".equals(locale.getLanguage()) ? it : en;
    }
}
