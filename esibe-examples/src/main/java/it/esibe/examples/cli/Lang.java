package it.esibe.examples.cli;

import java.util.Locale;

/**
 * The languages of the tool: {@code --lang it|en|de}. Italian and English are ESIBE's own; German
 * comes from the bundled message provider {@code GermanMessages}, which translates only some
 * messages (the rest fall back to English) and adds {@code message.de} to the decisions; the
 * summary and CSV headers stay in English for German, and {@code report} refuses it
 * ({@code ReportCommand.PageLanguage}).
 */
enum Lang {
    /** Italian. */
    it(Locale.ITALIAN),
    /** English, the default. */
    en(Locale.ENGLISH),
    /** German, partly (for ICE offices in Germany). */
    de(Locale.GERMAN);

    private final Locale locale;

    Lang(Locale locale) {
        this.locale = locale;
    }

    /** The locale handed to the evaluator for violation messages. */
    Locale locale() {
        return locale;
    }
}
