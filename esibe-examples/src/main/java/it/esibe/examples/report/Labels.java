package it.esibe.examples.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/** The report's labels in one language, read from {@code labels_it.properties} or {@code labels_en.properties}. */
final class Labels {

    private final Map<String, String> values;
    private final Locale locale;

    private Labels(Map<String, String> values, Locale locale) {
        this.values = values;
        this.locale = locale;
    }

    /** Italian for Italian locales, English otherwise. */
    static Labels of(Locale locale) {
        boolean italian = "it".equals(locale.getLanguage());
        Map<String, String> map = properties(italian ? "labels_it.properties" : "labels_en.properties");
        return new Labels(map, italian ? Locale.ITALIAN : Locale.ENGLISH);
    }

    /** The texts of {@code name}, a properties file in UTF-8 beside this class, by key in key order. */
    static Map<String, String> properties(String name) {
        Properties p = new Properties();
        try (InputStream in = Labels.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing report labels " + name);
            }
            // UTF-8, not the ISO-8859-1 that Properties assumes for streams.
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, String> map = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> map.put(k, p.getProperty(k)));
        return Collections.unmodifiableMap(map);
    }

    Locale locale() {
        return locale;
    }

    boolean italian() {
        return locale == Locale.ITALIAN;
    }

    /**
     * Every label for the template, with dots in keys turned into underscores because Mustache reads
     * a dot as a step into a nested value: {@code h.outcomes} is {@code {{t.h_outcomes}}}.
     */
    Map<String, String> forTemplate() {
        Map<String, String> m = new TreeMap<>();
        values.forEach((k, v) -> m.put(k.replace('.', '_'), v));
        return m;
    }

    String get(String key) {
        String v = values.get(key);
        if (v == null) {
            throw new IllegalStateException("no report label " + key);
        }
        return v;
    }

    /** The label {@code key}, or {@code fallback} when there is none (a criterion of another ruleset). */
    String getOrDefault(String key, String fallback) {
        return values.getOrDefault(key, fallback);
    }

    String format(String key, Object... args) {
        return new MessageFormat(get(key).replace("'", "''"), locale).format(args);
    }
}
