package it.esibe.rules.internal;

import it.esibe.core.decision.LocalizedText;
import it.esibe.core.spi.CriterionContext;
import it.esibe.core.taxonomy.TaxonomyEntry;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.StringJoiner;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders the criteria's explanations in Italian and English from the message files
 * {@code it/esibe/rules/messages.properties} and {@code messages_it.properties}, with amounts formatted as each language writes them
 * ({@code 2.000.000,00 EUR}, {@code EUR 2,000,000.00}); when the evaluator has message providers,
 * through its {@link MessageCatalog}, which adds their languages.
 *
 * <p>Numbers: Italian and German write {@code 2.000.000,00 EUR}; every other language is written
 * the English way ({@code EUR 2,000,000.00}). Only those two are special-cased, on purpose: a
 * decision must not depend on the JDK's locale data, and a provider's words can be translated
 * without touching the figures.
 */
public final class Messages {

    static final Locale ITALIAN = Locale.ITALIAN;
    static final Locale ENGLISH = Locale.ENGLISH;
    private static final String BUNDLE = "it/esibe/rules/messages.properties";
    private static final Properties EN = load("messages.properties");
    private static final Properties IT = load("messages_it.properties");
    private static final Map<String, Template> TEMPLATES_IT = new ConcurrentHashMap<>();
    private static final Map<String, Template> TEMPLATES_EN = new ConcurrentHashMap<>();

    private Messages() {
    }

    /** Languages whose numbers are written {@code 2.000.000,00}, with the currency after the amount. */
    private static final Set<String> COMMA_DECIMAL = Set.of("it", "de");

    /** A value that formats itself for a language. */
    @FunctionalInterface
    public interface Arg {
        /** The value as {@code locale} writes it, with ESIBE's own texts. */
        String format(Locale locale);

        /**
         * The value as {@code locale} writes it, with the texts of {@code catalog}: nested messages
         * and taxonomy labels override this to consult the catalog's providers.
         */
        default String format(Locale locale, MessageCatalog catalog) {
            return format(locale);
        }
    }

    /**
     * The explanation {@code key} in both languages (and in the languages of the evaluator's
     * message providers, if it has any), or, when {@code context} asks for no explanations, the key
     * itself in both (nothing is formatted).
     */
    public static LocalizedText text(CriterionContext context, String key, Arg... args) {
        if (!context.explanations()) {
            return new LocalizedText(key, key);
        }
        // Without providers, the path of ESIBE's own texts: no catalog lookup at all.
        if (context instanceof EvaluationContext e && e.catalog().hasProviders()) {
            return e.catalog().text(key, args);
        }
        return new LocalizedText(render(ITALIAN, key, args), render(ENGLISH, key, args));
    }

    /**
     * ESIBE's own pattern for {@code key} in {@code language} ({@code it}: Italian, else English),
     * falling back to English for a key missing in Italian.
     *
     * @throws IllegalStateException for a key that is in neither file: a defect of ESIBE's code
     */
    static String builtInPattern(String language, String key) {
        String pattern = "it".equals(language) ? IT.getProperty(key) : null;
        if (pattern == null) {
            pattern = EN.getProperty(key);
        }
        if (pattern == null) {
            throw new IllegalStateException("no message " + key + " in " + BUNDLE);
        }
        return pattern;
    }

    /** The message {@code key} in {@code locale} (Italian for Italian locales, English otherwise). */
    public static String render(Locale locale, String key, Arg... args) {
        Locale lang = "it".equals(locale.getLanguage()) ? ITALIAN : ENGLISH;
        String[] formatted = new String[args.length];
        for (int i = 0; i < args.length; i++) {
            formatted[i] = args[i].format(lang);
        }
        // Parsing a pattern costs more than formatting it: each is compiled once, and shared.
        Map<String, Template> templates = lang == ITALIAN ? TEMPLATES_IT : TEMPLATES_EN;
        Template template = templates.get(key);
        if (template == null) {
            template = templates.computeIfAbsent(key, k -> compile(lang, key));
        }
        return template.format(formatted);
    }

    private static Template compile(Locale lang, String key) {
        // A key missing in Italian falls back to English, never to a blank.
        return Template.compile(builtInPattern(lang.getLanguage(), key), lang);
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
            String n = decimal(locale, amount.setScale(2, RoundingMode.HALF_EVEN), 2, 2);
            return commaDecimal(locale) ? n + " EUR" : "EUR " + n;
        };
    }

    /** A number of annual work units, with up to three decimals. */
    public static Arg units(BigDecimal value) {
        return locale -> decimal(locale, value, 0, 3);
    }

    /** A percentage with two decimals: {@code 50,00%}. */
    public static Arg percent(BigDecimal value) {
        return locale -> decimal(locale, value.setScale(2, RoundingMode.HALF_EVEN), 2, 2) + "%";
    }

    /** A share as given, with up to four decimals: {@code 30%}. */
    public static Arg share(BigDecimal value) {
        return locale -> decimal(locale, value, 0, 4) + "%";
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

    /**
     * The label of a taxonomy entry: the catalog's {@code taxonomy.<CODE>} pattern when a provider
     * has one for the language, else the entry's own label.
     */
    public static Arg label(TaxonomyEntry entry) {
        return new Arg() {
            @Override
            public String format(Locale locale) {
                return entry.label().in(locale);
            }

            @Override
            public String format(Locale locale, MessageCatalog catalog) {
                return catalog.label(entry, locale);
            }
        };
    }

    /** Another message of the bundle, rendered in the same language (through the catalog, if any). */
    public static Arg nested(String key, Arg... args) {
        return new Arg() {
            @Override
            public String format(Locale locale) {
                return render(locale, key, args);
            }

            @Override
            public String format(Locale locale, MessageCatalog catalog) {
                return catalog.render(locale, key, args);
            }
        };
    }

    /** {@code parts}, each formatted in the same language, joined with {@code separator}. */
    public static Arg joined(String separator, List<Arg> parts) {
        List<Arg> copy = List.copyOf(parts);
        return new Arg() {
            @Override
            public String format(Locale locale) {
                StringJoiner out = new StringJoiner(separator);
                copy.forEach(p -> out.add(p.format(locale)));
                return out.toString();
            }

            @Override
            public String format(Locale locale, MessageCatalog catalog) {
                StringJoiner out = new StringJoiner(separator);
                copy.forEach(p -> out.add(p.format(locale, catalog)));
                return out.toString();
            }
        };
    }

    /**
     * Whether {@code locale} writes numbers {@code 2.000.000,00} with the currency after them:
     * Italian and German; the identity checks keep the two languages of every decision cheap.
     */
    static boolean commaDecimal(Locale locale) {
        return locale == ITALIAN || locale != ENGLISH && COMMA_DECIMAL.contains(locale.getLanguage());
    }

    /**
     * {@code value} as the pattern {@code #,##0.} followed by {@code minFraction} zeros and up to
     * {@code maxFraction} optional digits formats it, half-even; separators are fixed here rather
     * than taken from the JDK's locale data, which differ between versions: decisions must not.
     */
    private static String decimal(Locale locale, BigDecimal value, int minFraction, int maxFraction) {
        return commaDecimal(locale) ? Decimals.format(value, minFraction, maxFraction, '.', ',')
                : Decimals.format(value, minFraction, maxFraction, ',', '.');
    }
}
