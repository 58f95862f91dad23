package it.esibe.examples.cli;

import java.util.Locale;

/** The languages of the summary and of violation messages: {@code --lang it|en}. */
enum Lang {
    /** Italian. */
    it(Locale.ITALIAN),
    /** English, the default. */
    en(Locale.ENGLISH);

    private final Locale locale;

    Lang(Locale locale) {
        this.locale = locale;
    }

    /** The locale handed to the evaluator for violation messages. */
    Locale locale() {
        return locale;
    }
}
