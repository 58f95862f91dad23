package it.esibe.rules.internal;

import it.esibe.core.decision.LocalizedText;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Properties;

/**
 * Renders the criteria's explanations in Italian and English from the message files
 * {@code it/esibe/rules/messages.properties} and {@code messages_it.properties}, with amounts formatted as each language writes them
 * ({@code 2.000.000,00 EUR}, {@code EUR 2,000,000.00}).
 */
public final class Messages {

    static final Locale ITALIAN = Locale.ITALIAN;
    static final Locale ENGLISH = Locale.ENGLISH;
    private static final String BUNDLE = "it/esibe/rules/messages.properties";
    private static final Properties EN = load("messages.properties");
    private static final Properties IT = load("messages_it.properties");
    private static final Map<String, MessageFormat> FORMATS = new ConcurrentHashMap<>();
    private static final Map<String, DecimalFormat> NUMBER_FORMATS = new ConcurrentHashMap<>();

    private Messages() {
    }

    /** A value that formats itself for a language. */
    @FunctionalInterface
    public interface Arg {
        /** The value as {@code locale} writes it. */
        String format(Locale locale);
    }

    /** The explanation {@code key} in both languages. */
    public static LocalizedText text(String key, Arg... args) {
        return new LocalizedText(render(ITALIAN, key, args), render(ENGLISH, key, args));
    }

    /** The message {@code key} in {@code locale} (Italian for Italian locales, English otherwise). */
    public static String render(Locale locale, String key, Arg... args) {
        Locale lang = "it".equals(locale.getLanguage()) ? ITALIAN : ENGLISH;
        Object[] formatted = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            formatted[i] = args[i].format(lang);
        }
        // Parsing a pattern costs more than formatting it; formats are not thread-safe, clones are private.
        MessageFormat format = FORMATS.computeIfAbsent(lang.getLanguage() + ':' + key, k -> compile(lang, key));
        return ((MessageFormat) format.clone()).format(formatted);
    }

    private static MessageFormat compile(Locale lang, String key) {
        String pattern = (lang == ITALIAN ? IT : EN).getProperty(key);
        if (pattern == null) {
            // A key missing in Italian falls back to English, never to a blank.
            pattern = EN.getProperty(key);
        }
        if (pattern == null) {
            throw new IllegalStateException("no message " + key + " in " + BUNDLE);
        }
        return new MessageFormat(pattern, lang);
    }

    private static Properties load(String name) {
        // Read directly rather than through ResourceBundle: no fallback to the JVM's default locale
        // (English must stay English on an Italian desktop) and no Control, which named modules refuse.
        try (InputStream in = Messages.class.getResourceAsStream("/it/esibe/rules/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

    /** An amount in EUR: {@code 1.650.000,00 EUR} in Italian, {@code EUR 1,650,000.00} in English. */
    public static Arg eur(BigDecimal amount) {
        return locale -> {
            String n = decimal(locale, "#,##0.00").format(amount.setScale(2, RoundingMode.HALF_EVEN));
            return locale == ITALIAN ? n + " EUR" : "EUR " + n;
        };
    }

    /** A number of annual work units, with up to three decimals. */
    public static Arg units(BigDecimal value) {
        return locale -> decimal(locale, "#,##0.###").format(value);
    }

    /** A percentage with two decimals: {@code 50,00%}. */
    public static Arg percent(BigDecimal value) {
        return locale -> decimal(locale, "#,##0.00").format(value.setScale(2, RoundingMode.HALF_EVEN)) + "%";
    }

    /** A share as given, with up to four decimals: {@code 30%}. */
    public static Arg share(BigDecimal value) {
        return locale -> decimal(locale, "#,##0.####").format(value) + "%";
    }

    /** Text that is the same in both languages (codes, years, dates, names). */
    public static Arg plain(Object value) {
        String s = String.valueOf(value);
        return locale -> s;
    }

    /** Text that differs by language. */
    public static Arg label(LocalizedText text) {
        return text::in;
    }

    /** Another message of the bundle, rendered in the same language. */
    public static Arg nested(String key, Arg... args) {
        return locale -> render(locale, key, args);
    }

    private static DecimalFormat decimal(Locale locale, String pattern) {
        return (DecimalFormat) NUMBER_FORMATS.computeIfAbsent(locale.getLanguage() + ':' + pattern,
                k -> newDecimal(locale, pattern)).clone();
    }

    private static DecimalFormat newDecimal(Locale locale, String pattern) {
        // Explicit symbols: the JDK's locale data differ between versions, decisions must not.
        DecimalFormatSymbols symbols = new DecimalFormatSymbols(Locale.ROOT);
        symbols.setGroupingSeparator(locale == ITALIAN ? '.' : ',');
        symbols.setDecimalSeparator(locale == ITALIAN ? ',' : '.');
        DecimalFormat format = new DecimalFormat(pattern, symbols);
        format.setRoundingMode(RoundingMode.HALF_EVEN);
        format.setParseBigDecimal(true);
        return format;
    }
}
